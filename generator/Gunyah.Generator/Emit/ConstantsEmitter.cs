using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits <c>public static partial class Constants</c>: one <c>const</c> per integer or string macro (and
/// anonymous-enum enumerator) with its C name kept verbatim, like a raw bindings layer. Integer constants get
/// the C# type matching their C type; enum-valued ones stay plain integers.
/// </summary>
internal static class ConstantsEmitter
{
    public static GeneratedSource Emit(EmitContext context)
    {
        var writer = context.BeginFile();
        writer.Line("/// <summary>Integer and string constants of " + DocComments.Escape(context.RootFileName) + ", under their C names.</summary>");
        writer.Open("public static partial class " + BindingPlan.ConstantsClass);
        var first = true;
        foreach (var constant in context.Plan.Constants)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var model = constant.Model;
            context.Docs.Write(writer, model.Doc, "C: " + model.Name + " = " + model.CExpression + ", " + context.Docs.Where(model.Location));
            writer.Line(EmitContext.CNameAttribute(model.Name));
            if (model.Kind == ConstantKind.String)
            {
                writer.Line("public const string " + Naming.Escape(constant.Name) + " = " + Literals.String(model.StringValue ?? string.Empty) + ";");
            }
            else
            {
                var type = PrimitiveTypes.IntegerKeyword(model.IntegerType);
                writer.Line("public const " + type + " " + Naming.Escape(constant.Name) + " = " + Literals.Integer(model.Bits, type) + ";");
            }
        }

        writer.Close();
        return context.Finish(BindingPlan.ConstantsClass, writer);
    }
}
