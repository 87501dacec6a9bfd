namespace Gunyah.Generator.Pipeline;

/// <summary>
/// The additional-file metadata the build passes (see build/Gunyah.Generator.targets). MSBuild writes each
/// <c>CompilerVisibleItemMetadata</c> into the generated .editorconfig as <c>build_metadata.AdditionalFiles.Name</c>.
/// List values (include directories, defines) are '|'-separated there, since .editorconfig values end at ';'.
/// </summary>
internal static class MetadataNames
{
    public const string Prefix = "build_metadata.AdditionalFiles.";

    public const string Role = "GunyahRole";
    public const string Namespace = "GunyahNamespace";
    public const string IncludeDirectories = "GunyahIncludeDirectories";
    public const string FdMap = "GunyahFdMap";
    public const string Defines = "GunyahDefines";
    public const string IoctlMacro = "GunyahIoctlMacro";
    public const string EmitAll = "GunyahEmitAll";
    public const string MessageCallMacro = "GunyahMessageCallMacro";
    public const string MessageNotificationMacro = "GunyahMessageNotificationMacro";
    public const string MessageListAlignment = "GunyahMessageListAlignment";
    public const string MessagePrefix = "GunyahMessagePrefix";
    public const string MessageOptionalTail = "GunyahMessageOptionalTail";

    public const string DefaultIoctlMacro = "_IOC";

    /// <summary>Separates list items in metadata values.</summary>
    public const char ListSeparator = '|';
}
