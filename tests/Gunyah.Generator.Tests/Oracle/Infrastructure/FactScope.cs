using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>How strictly the bindings are held to a model item's facts.</summary>
internal enum FactScope
{
    /// <summary>The bindings must state it (declared in the root header, or everything is emitted).</summary>
    Required,

    /// <summary>Checked when the bindings state it (an included declaration the emitter may or may not reach).</summary>
    Optional,

    /// <summary>Compared by nobody: compiler-identity macros (<c>&lt;built-in&gt;</c>) that legitimately differ
    /// between gcc's flags and the front-end's.</summary>
    Ignored,
}

/// <summary>The emitter's documented selection (root header, plus what it reaches; or everything), as the oracle applies it.</summary>
internal static class FactScopes
{
    public static FactScope Of(HeaderRequest request, bool isFromRootHeader, LocationInfo location)
    {
        if (location.File is { } file && file.StartsWith('<'))
        {
            return FactScope.Ignored;
        }

        return request.EmitAllDeclarations || isFromRootHeader ? FactScope.Required : FactScope.Optional;
    }
}
