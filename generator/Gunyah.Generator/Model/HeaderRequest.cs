namespace Gunyah.Generator.Model;

/// <summary>
/// What to generate: one root header, the namespace for its bindings and how to read it.
/// </summary>
/// <param name="RootPath">Normalized path of the root header.</param>
/// <param name="Namespace">C# namespace of the generated bindings.</param>
/// <param name="IncludeDirectories">Normalized directories searched for <c>#include</c>, in order.</param>
/// <param name="Defines">Extra predefined macros, each <c>NAME</c> or <c>NAME=VALUE</c>.</param>
/// <param name="IoctlMacroName">The function-like macro whose invocation marks an ioctl request number.</param>
/// <param name="EmitAllDeclarations">Emit declarations of included headers too, not only the root header's and what they use.</param>
/// <param name="FdMapPath">Normalized path of the fd map (ioctl name pattern → fd kind), if any.</param>
/// <param name="MessageCallMacro">The function-like macro <c>(id, request, reply)</c> whose invocations mark call
/// messages; null turns calls off.</param>
/// <param name="MessageNotificationMacro">The function-like macro <c>(id, payload)</c> whose invocations mark
/// notifications; null turns notifications off.</param>
/// <param name="MessageListAlignment">Counted lists are zero-padded on the wire to a multiple of this many bytes,
/// measured from the start of the payload (1 = no padding).</param>
/// <param name="MessagePrefix">The C# prefix of the protocol classes (<c>GhRm</c> → <c>GhRmMessages</c>); null
/// derives it from the annotation macro's name less its last segment.</param>
/// <param name="MessageOptionalTail">Short payloads and left-off empty last lists (the <c>MessageOptionalTail</c>
/// metadata); null: every payload is exactly as declared.</param>
public sealed record HeaderRequest(
    string RootPath,
    string Namespace,
    EquatableArray<string> IncludeDirectories,
    EquatableArray<string> Defines,
    string IoctlMacroName,
    bool EmitAllDeclarations,
    string? FdMapPath,
    string? MessageCallMacro = null,
    string? MessageNotificationMacro = null,
    int MessageListAlignment = 1,
    string? MessagePrefix = null,
    OptionalTailOption? MessageOptionalTail = null)
{
    /// <summary>True when at least one annotation macro is configured.</summary>
    public bool HasMessages => MessageCallMacro is not null || MessageNotificationMacro is not null;
}
