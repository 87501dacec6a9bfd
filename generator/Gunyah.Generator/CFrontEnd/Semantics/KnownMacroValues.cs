using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Values of macros already evaluated, so a macro built on others (<c>#define B (A + 1)</c>) is evaluated with
/// A kept as an identifier instead of re-expanding A's whole chain. Only macros whose full expansion is
/// self-delimiting (one token, or wholly parenthesized) are remembered: for those, replacing the expansion by
/// its value cannot change how the surrounding expression parses.
/// </summary>
internal sealed class KnownMacroValues : IConstantContext
{
    private readonly IConstantContext inner;
    private readonly Dictionary<string, CValue> values = new(StringComparer.Ordinal);

    public KnownMacroValues(IConstantContext inner) => this.inner = inner;

    /// <summary>The remembered macro names, to keep unexpanded in later expansions.</summary>
    public IReadOnlyCollection<string> Names => values.Keys;

    public void Remember(string name, CValue value) => values[name] = value;

    public bool TryResolveIdentifier(string name, out CValue value) =>
        values.TryGetValue(name, out value) || inner.TryResolveIdentifier(name, out value);

    public bool TryGetTypeFacts(CTypeSyntax type, out CTypeFacts facts, out DiagnosticInfo? error) =>
        inner.TryGetTypeFacts(type, out facts, out error);

    public bool TryGetMemberOffset(CTypeSyntax type, string memberPath, out ulong offset, out DiagnosticInfo? error) =>
        inner.TryGetMemberOffset(type, memberPath, out offset, out error);

    /// <summary>One token, or a '(' whose matching ')' is the last token.</summary>
    public static bool IsSelfDelimiting(IReadOnlyList<Lexing.Token> expansion)
    {
        if (expansion.Count == 1)
        {
            return true;
        }

        if (expansion.Count < 2 || !expansion[0].Is("("))
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < expansion.Count; i++)
        {
            depth += expansion[i].Is("(") ? 1 : expansion[i].Is(")") ? -1 : 0;
            if (depth == 0)
            {
                return i == expansion.Count - 1;
            }
        }

        return false;
    }
}
