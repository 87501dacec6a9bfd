using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Turns a root item's metadata into a <see cref="HeaderRequest"/>. Relative include directories and fd map
/// paths (the MSBuild targets pass absolute ones) are taken relative to the root header's directory. Lists
/// are split on '|' (what the targets write: the compiler's .editorconfig ends values at ';') and on ';'.
/// </summary>
internal static class RequestFactory
{
    public static RequestResult Create(AdditionalFileEntry root)
    {
        try
        {
            return CreateCore(root);
        }
        catch (Exception exception) when (StepFailure.IsFailure(exception))
        {
            // The model step sees the InternalError and does not compile this root.
            var fallback = new HeaderRequest(root.Path, string.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, MetadataNames.DefaultIoctlMacro, false, null);
            return new RequestResult(fallback, new[] { StepFailure.InternalError(TrackingNames.Requests, exception, root.Path) }.ToEquatableArray());
        }
    }

    private static RequestResult CreateCore(AdditionalFileEntry root)
    {
        var options = root.Options ?? new RootItemOptions(null, null, null, null, null, null);
        var diagnostics = new List<DiagnosticInfo>();
        if (root.Error is not null)
        {
            diagnostics.Add(root.Error);
        }

        var listAlignment = ParseListAlignment(options.MessageListAlignment, root.Path, diagnostics);
        var optionalTail = ParseOptionalTail(options.MessageOptionalTail, root.Path, diagnostics);
        var rootDirectory = PathNormalizer.DirectoryOf(root.Path);
        var includeDirectories = Split(options.IncludeDirectories)
            .Select(d => PathNormalizer.Combine(rootDirectory, d))
            .Distinct(StringComparer.Ordinal)
            .ToEquatableArray();
        var request = new HeaderRequest(
            root.Path,
            options.Namespace ?? string.Empty,
            includeDirectories,
            Split(options.Defines).ToEquatableArray(),
            options.IoctlMacro ?? MetadataNames.DefaultIoctlMacro,
            string.Equals(options.EmitAll, "true", StringComparison.OrdinalIgnoreCase),
            options.FdMap is null ? null : PathNormalizer.Combine(rootDirectory, options.FdMap),
            options.MessageCallMacro,
            options.MessageNotificationMacro,
            listAlignment,
            options.MessagePrefix,
            optionalTail);
        return new RequestResult(request, diagnostics.ToEquatableArray());
    }

    /// <summary>A positive integer up to 4096 (a page); anything else is reported and replaced by 1 (no padding).</summary>
    private static int ParseListAlignment(string? value, string rootPath, List<DiagnosticInfo> diagnostics)
    {
        if (value is null)
        {
            return 1;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var alignment) && alignment is >= 1 and <= 4096)
        {
            return alignment;
        }

        diagnostics.Add(new DiagnosticInfo(
            DiagnosticIds.InvalidMessageOption,
            $"MessageListAlignment '{value}' of the root '{rootPath}' is not an integer from 1 to 4096; lists are not padded",
            null));
        return 1;
    }

    /// <summary>
    /// <c>false</c> (off), <c>true</c> (on, any list may be left off) or <c>COUNT:HEADER</c> (on; only lists with a
    /// COUNT-byte count in a HEADER-byte header are left off, e.g. <c>2:4</c>); anything else is reported and off.
    /// </summary>
    private static OptionalTailOption? ParseOptionalTail(string? value, string rootPath, List<DiagnosticInfo> diagnostics)
    {
        if (value is null || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return new OptionalTailOption();
        }

        var parts = value.Split(':');
        if (parts.Length == 2 && TryParseSize(parts[0], 8, out var countSize) && TryParseSize(parts[1], 4096, out var headerSize) && countSize <= headerSize)
        {
            return new OptionalTailOption(countSize, headerSize);
        }

        diagnostics.Add(new DiagnosticInfo(
            DiagnosticIds.InvalidMessageOption,
            $"MessageOptionalTail '{value}' of the root '{rootPath}' is not 'true', 'false' or COUNT:HEADER (byte sizes, count 1 to 8, header from count to 4096); payloads are encoded and decoded as declared",
            null));
        return null;
    }

    private static bool TryParseSize(string text, int max, out int size) =>
        int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) && size >= 1 && size <= max;

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(';', '|').Select(s => s.Trim()).Where(s => s.Length > 0);
}
