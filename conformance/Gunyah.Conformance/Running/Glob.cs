using System.Text.RegularExpressions;

namespace Gunyah.Conformance.Running;

/// <summary>A shell-style pattern: <c>*</c> is any run of characters, <c>?</c> one character; the rest is literal.</summary>
public sealed class Glob
{
    private readonly Regex regex;

    public Glob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var body = Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal);
        regex = new Regex("^" + body + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    public string Pattern { get; }

    public bool IsMatch(string text) => regex.IsMatch(text);
}
