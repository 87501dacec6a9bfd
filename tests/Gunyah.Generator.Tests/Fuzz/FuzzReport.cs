using System.Globalization;
using System.Text;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>Groups failures by signature and shows each group once, with a minimized repro.</summary>
internal static class FuzzReport
{
    public static string Describe(IReadOnlyList<FuzzFailure> failures, Func<FuzzFailure, string?> minimize, int maxGroups = 8)
    {
        var text = new StringBuilder();
        var groups = failures.GroupBy(f => f.Signature).OrderByDescending(g => g.Count()).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{failures.Count} failure(s) in {groups.Count} group(s)\n");
        foreach (var group in groups.Take(maxGroups))
        {
            var first = group.OrderBy(f => f.Case.Index).First();
            text.Append(CultureInfo.InvariantCulture, $"\n### {group.Key}  ×{group.Count()}  first: {first.Case}\n");
            text.Append(Indent(Truncate(first.Detail, 1500)));
            if (minimize(first) is { } repro)
            {
                text.Append("minimized repro (root.h):\n").Append(Indent(Truncate(repro, 2000)));
            }
        }

        if (groups.Count > maxGroups)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n… {groups.Count - maxGroups} more group(s)\n");
        }

        return text.ToString();
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + " …";

    private static string Indent(string s) => string.Concat(s.Split('\n').Select(l => "    " + l + "\n"));
}
