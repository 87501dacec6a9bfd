using System.Globalization;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits the <c>[InlineArray(N)] public struct InlineArray{N}&lt;T&gt;</c> helpers that C arrays are bound as,
/// one per distinct length, in a single file. Index them (<c>desc.Label[3]</c>) or convert them to a span
/// (<c>Span&lt;byte&gt; label = desc.Label;</c>). Header types cannot collide with them: header names are never
/// generic.
/// </summary>
internal static class InlineArrayEmitter
{
    public const string TypeName = "InlineArrays";

    public static GeneratedSource Emit(EmitContext context, IEnumerable<int> lengths)
    {
        var writer = context.BeginFile();
        var first = true;
        foreach (var length in lengths)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var text = length.ToString(CultureInfo.InvariantCulture);
            writer.Line("/// <summary>" + text + " consecutive values of <typeparamref name=\"T\"/>: the binding of a C array <c>T name[" + text + "]</c>.</summary>");
            writer.Line("/// <typeparam name=\"T\">The element type.</typeparam>");
            writer.Line("[" + EmitContext.CompilerServices + ".InlineArray(" + text + ")]");
            writer.Line("public struct InlineArray" + text + "<T>");
            writer.Indent();
            writer.Line("where T : unmanaged");
            writer.Unindent();
            writer.Open();
            writer.Line("private T _element0;");
            writer.Close();
        }

        return context.Finish(TypeName, writer);
    }
}
