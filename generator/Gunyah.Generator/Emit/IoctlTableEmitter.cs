using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits <c>public static partial class IoctlTable</c>: an <c>IoctlDescriptor</c> per ioctl (declaration
/// order) with an argument formatter that reads the argument bytes as the argument type and prints them, and
/// the <see cref="DescriptorLookups"/> by request number and name. When two macros share a request number,
/// <c>TryFind</c> returns the first.
/// </summary>
internal static class IoctlTableEmitter
{
    private const string Descriptor = "global::Gunyah.Interop.IoctlDescriptor";

    public static GeneratedSource Emit(EmitContext context)
    {
        var ioctls = context.Plan.Ioctls;
        var writer = context.BeginFile();
        writer.Line("/// <summary>Descriptors of the ioctls of " + DocComments.Escape(context.RootFileName) + ", for tracing and lookup by request number or name.</summary>");
        writer.Open("public static unsafe partial class " + BindingPlan.IoctlTableClass);
        writer.Open("private static readonly " + Descriptor + "[] s_descriptors =");
        foreach (var ioctl in ioctls)
        {
            WriteDescriptor(context, writer, ioctl);
        }

        writer.Close(";");
        writer.Line();
        DescriptorLookups.Write(writer, Descriptor, "ioctl", "request", "request number", ioctls.Select(i => (Literals.Hex(i.Model.Request), i.Model.Name)).ToList());

        foreach (var ioctl in ioctls.Where(i => HasFormatter(i.Model)))
        {
            writer.Line();
            WriteFormatter(context, writer, ioctl);
        }

        writer.Close();
        return context.Finish(BindingPlan.IoctlTableClass, writer);
    }

    private static void WriteDescriptor(EmitContext context, SourceWriter writer, IoctlPlan ioctl)
    {
        var model = ioctl.Model;
        var argumentType = model.ArgumentType is null ? "null" : "typeof(" + context.Types.Map(model.ArgumentType) + ")";
        writer.Line("new " + Descriptor + "(");
        writer.Indent();
        writer.Line(Literals.String(model.Name) + ",");
        writer.Line(context.Plan.Qualify(BindingPlan.IoctlsClass) + "." + Naming.Escape(ioctl.ConstantName) + ",");
        writer.Line("global::Gunyah.Interop.IoctlDirection." + model.Direction.ToString() + ",");
        writer.Line(Literals.Hex(model.TypeCode) + ",");
        writer.Line(Literals.Decimal(model.Number) + ",");
        writer.Line(Literals.Decimal(model.Size) + ",");
        writer.Line(argumentType + ",");
        writer.Line((model.ArgumentType is null ? "null" : Literals.String(model.ArgumentType.CSpelling)) + ",");
        writer.Line((model.FdKind is null ? "null" : Literals.String(model.FdKind)) + ",");
        writer.Line((HasFormatter(model) ? FormatterName(ioctl) : "null") + "),");
        writer.Unindent();
    }

    /// <summary>A formatter exists when the argument type is known and its size is the encoded size (the
    /// descriptor only calls it with at least that many bytes).</summary>
    private static bool HasFormatter(IoctlModel ioctl) =>
        ioctl.ArgumentType is { Size: > 0 } type && type.Size == ioctl.Size &&
        !(type.Kind == TypeRefKind.Array && type.ArrayLength == 0);

    private static string FormatterName(IoctlPlan ioctl) => "Format_" + ioctl.ConstantName;

    private static void WriteFormatter(EmitContext context, SourceWriter writer, IoctlPlan ioctl)
    {
        var type = ioctl.Model.ArgumentType!;
        var valueType = context.Types.MapElement(type);
        writer.Open("private static string " + FormatterName(ioctl) + "(global::System.ReadOnlySpan<byte> argument)");
        writer.Line("var value = " + EmitContext.InteropServices + ".MemoryMarshal.Read<" + valueType + ">(argument);");
        if (type.Kind == TypeRefKind.Array)
        {
            writer.Line("var builder = new global::System.Text.StringBuilder();");
            new ValueFormatter(context).Append(writer, "value", type);
            writer.Line("return builder.ToString();");
        }
        else
        {
            writer.Line("return " + new ValueFormatter(context).Scalar("value", type) + ";");
        }

        writer.Close();
    }
}
