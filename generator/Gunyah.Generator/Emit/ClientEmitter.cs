using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits one typed client per fd kind: <c>public readonly unsafe partial struct VmIoctls</c> over an
/// <c>IIoctlTarget</c>, one method per ioctl. The argument is passed by reference according to the direction
/// (<c>_IOW</c> → <c>in</c>, <c>_IOR</c> → <c>out</c>, <c>_IOWR</c> → <c>ref</c>), pinned with <c>fixed</c>
/// and its address handed to the target; ioctls without an argument type take a plain <c>nint</c>. Methods
/// return the target's raw result (&gt;= 0, or -errno) and never allocate.
/// </summary>
internal static class ClientEmitter
{
    private const string Target = "global::Gunyah.Interop.IIoctlTarget";

    public static GeneratedSource Emit(EmitContext context, ClientPlan client)
    {
        var writer = context.BeginFile();
        writer.Line("/// <summary>The ioctls of " + DocComments.Escape(context.RootFileName) + " issued on a <c>" +
            DocComments.Escape(client.FdKind) + "</c> fd, as typed methods.</summary>");
        writer.Open("public readonly unsafe partial struct " + client.Name);
        writer.Line("private readonly " + Target + " _target;");
        writer.Line();
        writer.Line("/// <summary>Issues the ioctls on <paramref name=\"target\"/>, an open <c>" + DocComments.Escape(client.FdKind) + "</c> fd.</summary>");
        writer.Line("public " + client.Name + "(" + Target + " target) => _target = target ?? throw new global::System.ArgumentNullException(nameof(target));");
        foreach (var method in client.Methods)
        {
            writer.Line();
            WriteMethod(context, writer, method);
        }

        writer.Close();
        return context.Finish(client.Name, writer);
    }

    private static void WriteMethod(EmitContext context, SourceWriter writer, ClientMethodPlan method)
    {
        var model = method.Ioctl.Model;
        var request = context.Plan.Qualify(BindingPlan.IoctlsClass) + "." + Naming.Escape(method.Ioctl.ConstantName);
        context.Docs.Write(writer, model.Doc, IoctlsEmitter.Describe(context, model));
        var modifier = model.Direction switch
        {
            IoctlDirectionKind.Write => "in",
            IoctlDirectionKind.Read => "out",
            IoctlDirectionKind.ReadWrite => "ref",
            _ => null,
        };

        if (modifier is null || model.ArgumentType is not { Size: > 0 } argumentType)
        {
            writer.Line("/// <param name=\"argument\">The ioctl's integer or address argument.</param>");
            writer.Line("/// <returns>The ioctl's result (&gt;= 0), or -errno.</returns>");
            writer.Line(EmitContext.CNameAttribute(model.Name));
            writer.Line("public int " + method.Name + "(nint argument = 0) => _target.Ioctl(" + request + ", argument);");
            return;
        }

        var type = context.Types.Map(argumentType);
        writer.Line("/// <param name=\"argument\">" + ArgumentDoc(model.Direction) + "</param>");
        writer.Line("/// <returns>The ioctl's result (&gt;= 0), or -errno.</returns>");
        writer.Line(EmitContext.CNameAttribute(model.Name));
        writer.Open("public int " + method.Name + "(" + modifier + " " + type + " argument)");
        if (model.Direction == IoctlDirectionKind.Read)
        {
            // The kernel fills it, but C# needs it definitely assigned.
            writer.Line("argument = default;");
        }

        writer.Open("fixed (" + type + "* pointer = &argument)");
        writer.Line("return _target.Ioctl(" + request + ", (nint)pointer);");
        writer.Close();
        writer.Close();
    }

    private static string ArgumentDoc(IoctlDirectionKind direction) => direction switch
    {
        IoctlDirectionKind.Write => "Read by the kernel.",
        IoctlDirectionKind.Read => "Filled in by the kernel.",
        _ => "Read by the kernel, then updated by it.",
    };
}
