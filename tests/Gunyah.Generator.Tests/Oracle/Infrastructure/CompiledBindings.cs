using System.Reflection;
using System.Runtime.Loader;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Generated bindings compiled in memory and loaded into their own collectible context, so each theory's
/// types are unloaded afterwards. Gunyah.Interop resolves to the test's own copy (the context falls back to
/// the default one), which keeps <c>CNameAttribute</c> one type for reflection.
/// </summary>
internal sealed class CompiledBindings : IDisposable
{
    private readonly AssemblyLoadContext context;

    public CompiledBindings(byte[] image, IReadOnlyList<string> warnings)
    {
        context = new AssemblyLoadContext("gunyah-oracle-bindings", isCollectible: true);
        using var stream = new MemoryStream(image);
        Assembly = context.LoadFromStream(stream);
        Warnings = warnings;
    }

    public Assembly Assembly { get; }

    /// <summary>Compiler warnings in the generated code: consumers build with warnings as errors.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public void Dispose() => context.Unload();
}
