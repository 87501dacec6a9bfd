using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>The macros defined when preprocessing ended, and expansion of them in that final state.</summary>
public sealed class MacroTable
{
    /// <summary>Live definitions (not #undef'd), in order of definition.</summary>
    public IReadOnlyList<MacroDefinition> Definitions
        => throw new NotImplementedException("contract placeholder: implemented by the preprocessor work item");

    public bool TryGet(string name, out MacroDefinition definition)
        => throw new NotImplementedException("contract placeholder: implemented by the preprocessor work item");

    /// <summary>
    /// Fully expands an object-like macro as C would at the end of the header, recording every invocation of
    /// the function-like macro named <paramref name="watchedMacro"/> (e.g. <c>_IOC</c>) with expanded arguments.
    /// </summary>
    public MacroExpansion Expand(MacroDefinition definition, string? watchedMacro, ICollection<DiagnosticInfo> diagnostics)
        => throw new NotImplementedException("contract placeholder: implemented by the preprocessor work item");
}
