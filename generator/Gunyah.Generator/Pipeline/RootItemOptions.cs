namespace Gunyah.Generator.Pipeline;

/// <summary>The raw metadata of a root header item, exactly as MSBuild passed it (null when absent).</summary>
internal sealed record RootItemOptions(
    string? Namespace,
    string? IncludeDirectories,
    string? FdMap,
    string? Defines,
    string? IoctlMacro,
    string? EmitAll,
    string? MessageCallMacro = null,
    string? MessageNotificationMacro = null,
    string? MessageListAlignment = null,
    string? MessagePrefix = null,
    string? MessageOptionalTail = null);
