using System.Text.RegularExpressions;

namespace Gunyah.Conformance.Tests.Reporting;

/// <summary>One test point of a TAP stream.</summary>
internal sealed record TapPoint(bool Ok, int Number, string Description, string? Directive, string? Reason, IReadOnlyList<string> Yaml);

/// <summary>
/// A small TAP 14 reader for the tests: the version line, one plan, test points numbered from 1 in order, the SKIP
/// and TODO directives (with TAP's <c>\#</c> escape), and indented YAML blocks (<c>---</c> … <c>...</c>) after a
/// point. Anything else is an error.
/// </summary>
internal static partial class TapParser
{
    public static IReadOnlyList<TapPoint> Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        if (lines.Length < 2 || lines[0] != "TAP version 14")
        {
            throw new FormatException("a TAP 14 stream starts with 'TAP version 14'");
        }

        var plan = PlanLine().Match(lines[1]);
        if (!plan.Success)
        {
            throw new FormatException($"expected the plan after the version, got '{lines[1]}'");
        }

        var points = new List<TapPoint>();
        for (var i = 2; i < lines.Length; i++)
        {
            var match = PointLine().Match(lines[i]);
            if (!match.Success)
            {
                throw new FormatException($"line {i + 1} is not a test point: '{lines[i]}'");
            }

            var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (number != points.Count + 1)
            {
                throw new FormatException($"test point {number} out of order (expected {points.Count + 1})");
            }

            var (description, directive, reason) = SplitDirective(match.Groups["rest"].Value);
            var yaml = new List<string>();
            if (i + 1 < lines.Length && lines[i + 1] == "  ---")
            {
                i += 2;
                while (i < lines.Length && lines[i] != "  ...")
                {
                    if (!lines[i].StartsWith("  ", StringComparison.Ordinal))
                    {
                        throw new FormatException($"YAML line {i + 1} is not indented");
                    }

                    yaml.Add(lines[i][2..]);
                    i++;
                }

                if (i == lines.Length)
                {
                    throw new FormatException("a YAML block is not closed with '  ...'");
                }
            }

            points.Add(new TapPoint(match.Groups["ok"].Value == "ok", number, description, directive, reason, yaml));
        }

        var planned = int.Parse(plan.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (planned != points.Count)
        {
            throw new FormatException($"the plan says {planned} tests, the stream has {points.Count}");
        }

        return points;
    }

    // "- description # SKIP reason": the first '#' not escaped with a backslash starts the directive.
    private static (string Description, string? Directive, string? Reason) SplitDirective(string rest)
    {
        var hash = -1;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '\\')
            {
                i++;
            }
            else if (rest[i] == '#')
            {
                hash = i;
                break;
            }
        }

        var description = Unescape((hash < 0 ? rest : rest[..hash]).Trim()).TrimStart('-').Trim();
        if (hash < 0)
        {
            return (description, null, null);
        }

        var directive = DirectiveText().Match(rest[(hash + 1)..]);
        if (!directive.Success)
        {
            throw new FormatException($"unknown directive in '{rest}'");
        }

        return (description, directive.Groups["name"].Value.ToUpperInvariant(), Unescape(directive.Groups["reason"].Value));
    }

    private static string Unescape(string text) => text.Replace("\\#", "#", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex(@"^1\.\.(?<count>\d+)$")]
    private static partial Regex PlanLine();

    [GeneratedRegex(@"^(?<ok>ok|not ok) (?<number>\d+)(?<rest>.*)$")]
    private static partial Regex PointLine();

    [GeneratedRegex(@"^\s*(?<name>SKIP|TODO)\S*\s*(?<reason>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectiveText();
}
