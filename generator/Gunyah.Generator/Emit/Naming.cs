using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Turns C names into C# identifiers. Pure functions: the same C name always gives the same C# name, which
/// keeps output deterministic and lets users predict bindings from the header.
/// </summary>
internal static class Naming
{
    /// <summary>
    /// <c>gh_fn_desc</c> → <c>GhFnDesc</c>, <c>gunyah_vcpu_run.mmio</c> → <c>GunyahVcpuRunMmio</c>,
    /// <c>GH_VM_START</c> → <c>GhVmStart</c>, <c>x86_64</c> → <c>X86_64</c>. Segments are split on '_' and
    /// '.'; an all-caps segment is lower-cased after its first letter (letters right after a digit keep their
    /// case, so <c>4K</c> stays <c>4K</c>); mixed-case segments keep their inner capitals. A '_' is kept
    /// between two digits so numbers don't run together, and a leading digit gets a '_' prefix.
    /// </summary>
    public static string ToPascalCase(string cName)
    {
        var result = new StringBuilder(cName.Length);
        foreach (var rawSegment in cName.Split('_', '.'))
        {
            var segment = KeepIdentifierCharacters(rawSegment);
            if (segment.Length == 0)
            {
                continue;
            }

            if (result.Length > 0 && char.IsDigit(result[result.Length - 1]) && char.IsDigit(segment[0]))
            {
                result.Append('_');
            }

            var allCaps = IsAllCaps(segment);
            for (var i = 0; i < segment.Length; i++)
            {
                var c = segment[i];
                if (i == 0)
                {
                    result.Append(char.ToUpperInvariant(c));
                }
                else if (allCaps && char.IsLetter(c) && !char.IsDigit(segment[i - 1]))
                {
                    result.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    result.Append(c);
                }
            }
        }

        if (result.Length == 0)
        {
            return "_";
        }

        return char.IsDigit(result[0]) ? "_" + result : result.ToString();
    }

    /// <summary>
    /// For each name, what remains after removing the longest '_'-delimited prefix shared by all names, keeping
    /// at least one segment of every name (so <c>GH_MEM_READ, GH_MEM_WRITE</c> → <c>READ, WRITE</c>, and a
    /// single <c>GH_MEM_READ</c> → <c>READ</c>).
    /// </summary>
    public static string[] StripCommonPrefix(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var split = names.Select(n => n.Split('_')).ToArray();
        var limit = split.Min(s => s.Length) - 1;
        var common = 0;
        while (common < limit && split.All(s => string.Equals(s[common], split[0][common], StringComparison.Ordinal)))
        {
            common++;
        }

        return split.Select(s => string.Join("_", s, common, s.Length - common)).ToArray();
    }

    /// <summary>
    /// Keeps a C name verbatim as a C# identifier (the raw constant layer). Characters C compilers accept in
    /// identifiers but C# does not ('$', or Unicode punctuation reached through UCNs) become '_'; a name that
    /// cannot start an identifier gets a '_' prefix. Keywords are not escaped here; see <see cref="Escape"/>.
    /// </summary>
    public static string ToVerbatimIdentifier(string cName)
    {
        var builder = new StringBuilder(cName.Length + 1);
        foreach (var c in cName)
        {
            // Format characters are legal but ignored when C# compares names, so they would hide collisions.
            var keep = SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsControl(c) &&
                CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
            builder.Append(keep ? c : '_');
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>Prefixes '@' when <paramref name="identifier"/> is a C# keyword (<c>base</c> → <c>@base</c>).</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>Splits a dotted namespace and makes every part a valid, escaped identifier.</summary>
    public static string ToNamespace(string? requested)
    {
        var parts = (requested ?? string.Empty)
            .Split('.')
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(p => Escape(ToVerbatimIdentifier(KeepIdentifierCharacters(p))))
            .ToArray();
        return parts.Length == 0 ? "Gunyah.Uapi" : string.Join(".", parts);
    }

    private static bool IsAllCaps(string segment)
    {
        var hasLetter = false;
        foreach (var c in segment)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }

    private static string KeepIdentifierCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
