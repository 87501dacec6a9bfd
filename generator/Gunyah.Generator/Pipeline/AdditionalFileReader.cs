using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// The first step: keeps the additional files that carry a <c>GunyahRole</c> and reads their text and
/// metadata into an <see cref="AdditionalFileEntry"/>. Files without the metadata (other generators' inputs)
/// are dropped before their text is read.
/// </summary>
internal static class AdditionalFileReader
{
    public static AdditionalFileEntry? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!TryParseRole(Get(options, MetadataNames.Role), out var role))
        {
            return null;
        }

        var path = PathNormalizer.Normalize(file.Path);
        try
        {
            var text = file.GetText(cancellationToken)?.ToString();
            var rootOptions = role == GunyahFileRole.Root
                ? new RootItemOptions(
                    Get(options, MetadataNames.Namespace),
                    Get(options, MetadataNames.IncludeDirectories),
                    Get(options, MetadataNames.FdMap),
                    Get(options, MetadataNames.Defines),
                    Get(options, MetadataNames.IoctlMacro),
                    Get(options, MetadataNames.EmitAll),
                    Get(options, MetadataNames.MessageCallMacro),
                    Get(options, MetadataNames.MessageNotificationMacro),
                    Get(options, MetadataNames.MessageListAlignment),
                    Get(options, MetadataNames.MessagePrefix),
                    Get(options, MetadataNames.MessageOptionalTail))
                : null;
            return new AdditionalFileEntry(role, path, text, rootOptions, null);
        }
        catch (Exception exception) when (StepFailure.IsFailure(exception))
        {
            return new AdditionalFileEntry(role, path, null, null, StepFailure.InternalError(TrackingNames.AdditionalFiles, exception, path));
        }
    }

    private static bool TryParseRole(string? value, out GunyahFileRole role)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "root":
                role = GunyahFileRole.Root;
                return true;
            case "include":
                role = GunyahFileRole.Include;
                return true;
            case "fdmap":
                role = GunyahFileRole.FdMap;
                return true;
            default:
                role = default;
                return false;
        }
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataNames.Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
