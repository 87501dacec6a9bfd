using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits <c>public static partial class Ioctls</c>: one <c>public const uint NAME = 0x...;</c> per ioctl
/// request macro (C name verbatim), documented with how it was encoded.
/// </summary>
internal static class IoctlsEmitter
{
    public static GeneratedSource Emit(EmitContext context)
    {
        var writer = context.BeginFile();
        writer.Line("/// <summary>The ioctl request numbers of " + DocComments.Escape(context.RootFileName) + ", under their C names.</summary>");
        writer.Open("public static partial class " + BindingPlan.IoctlsClass);
        var first = true;
        foreach (var ioctl in context.Plan.Ioctls)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            context.Docs.Write(writer, ioctl.Model.Doc, Describe(context, ioctl.Model));
            writer.Line(EmitContext.CNameAttribute(ioctl.Model.Name));
            writer.Line("public const uint " + Naming.Escape(ioctl.ConstantName) + " = " + Literals.Hex(ioctl.Model.Request) + ";");
        }

        writer.Close();
        return context.Finish(BindingPlan.IoctlsClass, writer);
    }

    /// <summary><c>_IOW (Write): type 'G' (0x47), nr 8, size 32, argument struct gh_fn_desc, fd kind vm. C: GH_VM_ADD_FUNCTION, linux/gunyah.h:42</c></summary>
    public static string Describe(EmitContext context, IoctlModel ioctl)
    {
        var typeCode = ioctl.TypeCode is >= 0x20 and < 0x7F
            ? "'" + ((char)ioctl.TypeCode).ToString() + "' (" + Literals.Hex(ioctl.TypeCode) + ")"
            : Literals.Hex(ioctl.TypeCode);
        return CDescriptions.EncodingMacro(ioctl.Direction) + " (" + ioctl.Direction.ToString() + "): type " + typeCode +
            ", nr " + Literals.Decimal(ioctl.Number) +
            ", size " + Literals.Decimal(ioctl.Size) +
            (ioctl.ArgumentType is null ? string.Empty : ", argument " + ioctl.ArgumentType.CSpelling) +
            (ioctl.FdKind is null ? string.Empty : ", fd kind " + ioctl.FdKind) +
            ". C: " + ioctl.Name + ", " + context.Docs.Where(ioctl.Location);
    }
}
