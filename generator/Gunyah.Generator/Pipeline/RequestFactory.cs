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
            options.FdMap is null ? null : PathNormalizer.Combine(rootDirectory, options.FdMap));
        var diagnostics = root.Error is null ? EquatableArray<DiagnosticInfo>.Empty : new[] { root.Error }.ToEquatableArray();
        return new RequestResult(request, diagnostics);
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(';', '|').Select(s => s.Trim()).Where(s => s.Length > 0);
}
