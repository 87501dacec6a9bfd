using System.Collections.Immutable;
using Gunyah.Interop;
using Microsoft.CodeAnalysis;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Metadata references for compiling test code and generated bindings: the running .NET shared framework
/// (the TRUSTED_PLATFORM_ASSEMBLIES that live next to System.Private.CoreLib) plus Gunyah.Interop.
/// </summary>
public static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

    /// <summary>The shared framework and Gunyah.Interop.</summary>
    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal);
        return trusted
            .Append(typeof(IIoctlTarget).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
