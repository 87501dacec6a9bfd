using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>The macros defined when preprocessing ended, and expansion of them in that final state.</summary>
public sealed class MacroTable
{
    private readonly Dictionary<string, MacroDefinition> live = new(StringComparer.Ordinal);

    // Names in order of first definition; a name keeps its place across #undef and redefinition.
    private readonly List<string> order = new();
    private readonly HashSet<string> ordered = new(StringComparer.Ordinal);
    private IReadOnlyList<MacroDefinition>? definitions;

    /// <summary>Live definitions (not #undef'd), in order of definition.</summary>
    public IReadOnlyList<MacroDefinition> Definitions
        => definitions ??= order.Where(live.ContainsKey).Select(name => live[name]).ToList();

    public bool TryGet(string name, out MacroDefinition definition)
    {
        if (live.TryGetValue(name, out var found))
        {
            definition = found;
            return true;
        }

        definition = null!;
        return false;
    }

    /// <summary>True for a macro or a name the preprocessor implements itself (<c>__FILE__</c>...).</summary>
    public bool IsDefined(string name) => live.ContainsKey(name) || MacroExpander.BuiltinNames.Contains(name);

    /// <summary>
    /// Fully expands an object-like macro as C would at the end of the header, recording every invocation of
    /// the function-like macro named <paramref name="watchedMacro"/> (e.g. <c>_IOC</c>) with expanded arguments.
    /// </summary>
    public MacroExpansion Expand(MacroDefinition definition, string? watchedMacro, ICollection<DiagnosticInfo> diagnostics)
        => Expand(definition, watchedMacro, diagnostics, CancellationToken.None);

    /// <summary>
    /// As <see cref="Expand(MacroDefinition, string?, ICollection{DiagnosticInfo})"/>, with cancellation; the macros
    /// named in <paramref name="opaqueNames"/> stay unexpanded identifiers, and invocations of the macros in
    /// <paramref name="alsoWatched"/> (message annotations) are recorded too. Each recorded invocation names its macro.
    /// </summary>
    internal MacroExpansion Expand(
        MacroDefinition definition,
        string? watchedMacro,
        ICollection<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken,
        IReadOnlyCollection<string>? opaqueNames = null,
        IReadOnlyList<string>? alsoWatched = null)
    {
        var context = new ExpansionContext(this, diagnostics, new ExpansionBudget(), cancellationToken)
        {
            WatchedMacro = watchedMacro,
            AlsoWatchedMacros = alsoWatched,
            OpaqueNames = opaqueNames,
        };
        var name = new PPToken(new Token(TokenKind.Identifier, definition.Name, definition.Location, false, true, null), HideSet.Empty);
        if (definition.IsFunctionLike)
        {
            // Without arguments a function-like macro name stands for itself.
            return new MacroExpansion(new[] { name.Token }, context.Invocations);
        }

        // The given definition is used even if the name was redefined or #undef'd since.
        var expander = new MacroExpander(context, new ListTokenSource(Array.Empty<PPToken>()));
        var body = MacroSubstitution.Substitute(expander, definition, null, HideSet.Empty.Add(definition.Name), name);
        var tokens = MacroExpander.ExpandAll(context, body).Select(t => t.Token).ToList();
        return new MacroExpansion(tokens, context.Invocations);
    }

    internal void Define(MacroDefinition definition)
    {
        definitions = null;
        live[definition.Name] = definition;
        if (ordered.Add(definition.Name))
        {
            order.Add(definition.Name);
        }
    }

    internal bool Undefine(string name)
    {
        definitions = null;
        return live.Remove(name);
    }
}
