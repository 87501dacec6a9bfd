using System.Globalization;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Parses the fd map text format: one rule per line, <c>&lt;pattern&gt; &lt;fd-kind&gt;</c> separated by
/// whitespace; <c>#</c> starts a comment; blank lines are ignored. Patterns are macro names with <c>*</c> and
/// <c>?</c> wildcards; fd kinds are lower-case <c>[a-z_]+</c>. A malformed line is skipped with a
/// <see cref="DiagnosticIds.FdMapError"/> pointing at it.
/// </summary>
internal static class FdMapParser
{
    public static FdMap Parse(string path, string text)
    {
        try
        {
            return ParseCore(path, text);
        }
        catch (Exception exception) when (StepFailure.IsFailure(exception))
        {
            return new FdMap(path, EquatableArray<FdMapRule>.Empty, new[] { StepFailure.InternalError(TrackingNames.FdMaps, exception, path) }.ToEquatableArray());
        }
    }

    private static FdMap ParseCore(string path, string text)
    {
        var rules = new List<FdMapRule>();
        var diagnostics = new List<DiagnosticInfo>();
        var lines = text.Replace("\r\n", "\n").Split('\n', '\r');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf('#');
            var content = comment >= 0 ? line.Substring(0, comment) : line;
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var column = content.Length - content.TrimStart().Length + 1;
            var fields = content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var error = fields.Length != 2
                ? $"expected '<ioctl-name-pattern> <fd-kind>' but found {fields.Length.ToString(CultureInfo.InvariantCulture)} fields"
                : !fields[0].All(IsPatternChar)
                    ? $"the pattern '{fields[0]}' may only contain letters, digits, '_', '*' and '?'"
                    : !fields[1].All(c => c is (>= 'a' and <= 'z') or '_')
                        ? $"the fd kind '{fields[1]}' must be lower-case letters and '_'"
                        : null;
            if (error is null)
            {
                rules.Add(new FdMapRule(fields[0], fields[1], i + 1));
            }
            else
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.FdMapError,
                    $"Malformed fd map line: {error}; the line is ignored",
                    new LocationInfo(path, i + 1, column)));
            }
        }

        return new FdMap(path, rules.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static bool IsPatternChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '*' or '?';
}
