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
public sealed record HeaderRequest(
    string RootPath,
    string Namespace,
    EquatableArray<string> IncludeDirectories,
    EquatableArray<string> Defines,
    string IoctlMacroName,
    bool EmitAllDeclarations,
    string? FdMapPath);
