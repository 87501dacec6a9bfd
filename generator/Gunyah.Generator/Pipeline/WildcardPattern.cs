namespace Gunyah.Generator.Pipeline;

/// <summary>Glob matching for fd map patterns: <c>*</c> matches any run (including none), <c>?</c> one
/// character, everything else itself (ordinal, case-sensitive, like C macro names).</summary>
internal static class WildcardPattern
{
    public static bool IsMatch(string pattern, string text)
    {
        // Greedy scan with a single backtrack point: the last '*' seen and where its run ended.
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
