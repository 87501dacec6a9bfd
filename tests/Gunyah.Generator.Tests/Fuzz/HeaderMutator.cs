using System.Text;
using System.Text.RegularExpressions;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Damages header text in ways a C front-end must survive: token and line edits, inserted punctuation,
/// keywords and directives, truncation, character flips, huge numbers, recursive macros and deep nesting.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static partial class HeaderMutator
{
    private static readonly Func<string, Random, string>[] Operators =
    [
        DeleteToken, DuplicateToken, SwapTokens, DeleteLine, DuplicateLine, SwapLines,
        (t, r) => InsertToken(t, r, Pick(r, MutationSnippets.Punctuation)),
        (t, r) => InsertToken(t, r, Pick(r, MutationSnippets.Keywords)),
        (t, r) => InsertLine(t, r, Pick(r, MutationSnippets.Directives)),
        (t, r) => InsertToken(t, r, Pick(r, MutationSnippets.HugeNumbers)),
        (t, r) => InsertToken(t, r, Pick(r, MutationSnippets.Fragments)),
        (t, r) => InsertLine(t, r, Pick(r, MutationSnippets.RecursiveMacros)),
        Truncate, FlipCharacter, DeepNesting,
    ];

    public static string Mutate(string text, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            text = Operators[random.Next(Operators.Length)](text, random);
        }

        return text;
    }

    /// <summary>A window of whole lines, so big headers yield small, fast cases.</summary>
    public static string Slice(string text, Random random, int maxLines)
    {
        var lines = text.Split('\n');
        if (lines.Length <= maxLines)
        {
            return text;
        }

        var length = random.Next(1, maxLines + 1);
        var start = random.Next(0, lines.Length - length + 1);
        return string.Join('\n', lines, start, length);
    }

    private static string DeleteToken(string text, Random random) => EditToken(text, random, (_, _) => string.Empty);

    private static string DuplicateToken(string text, Random random) => EditToken(text, random, (token, _) => token + " " + token);

    private static string SwapTokens(string text, Random random)
    {
        var tokens = Tokens().Matches(text);
        if (tokens.Count < 2)
        {
            return text;
        }

        var (a, b) = (tokens[random.Next(tokens.Count)], tokens[random.Next(tokens.Count)]);
        if (a.Index > b.Index)
        {
            (a, b) = (b, a);
        }

        if (a.Index + a.Length > b.Index)
        {
            return text;
        }

        return text[..a.Index] + b.Value + text[(a.Index + a.Length)..b.Index] + a.Value + text[(b.Index + b.Length)..];
    }

    private static string InsertToken(string text, Random random, string token)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + " " + token + " " + text[at..];
    }

    private static string EditToken(string text, Random random, Func<string, Random, string> edit)
    {
        var tokens = Tokens().Matches(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[random.Next(tokens.Count)];
        return string.Concat(text.AsSpan(0, token.Index), edit(token.Value, random), text.AsSpan(token.Index + token.Length));
    }

    private static string DeleteLine(string text, Random random) => EditLines(text, random, (lines, i) => lines.RemoveAt(i));

    private static string DuplicateLine(string text, Random random) => EditLines(text, random, (lines, i) => lines.Insert(i, lines[i]));

    private static string SwapLines(string text, Random random) =>
        EditLines(text, random, (lines, i) =>
        {
            var j = random.Next(lines.Count);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        });

    private static string InsertLine(string text, Random random, string line) =>
        EditLines(text, random, (lines, i) => lines.Insert(i, line));

    private static string EditLines(string text, Random random, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    private static string Truncate(string text, Random random) => text[..random.Next(text.Length + 1)];

    private static string FlipCharacter(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var at = random.Next(chars.Length);
        chars[at] = random.Next(4) switch
        {
            0 => (char)(chars[at] ^ (1 << random.Next(7))),
            1 => (char)random.Next(0, 32),
            2 => "\"'\\#/*(){}[];"[random.Next(13)],
            _ => (char)random.Next(0x80, 0x3000),
        };
        return new string(chars);
    }

    /// <summary>Deep parentheses, #if stacks, nested records or macro chains: recursion-depth hazards.</summary>
    private static string DeepNesting(string text, Random random)
    {
        var depth = random.Next(50, 3000);
        var nest = new StringBuilder();
        switch (random.Next(4))
        {
            case 0:
                nest.Append("#define DEEP ").Append('(', depth).Append('1').Append(')', depth).Append("\nint deep[DEEP];\n");
                break;
            case 1:
                nest.Insert(0, "#if 1\n", depth).Append("int x;\n").Insert(nest.Length, "#endif\n", depth);
                break;
            case 2:
                depth = Math.Min(depth, 400);
                nest.Append("struct deep { ").Insert(nest.Length, "struct { ", depth - 1).Append("int x; ")
                    .Insert(nest.Length, "} n; ", depth - 1).Append("};\n");
                break;
            default:
                // A linear chain: each macro uses the previous once (a doubling chain would be exponential
                // for any preprocessor, gcc included, and prove nothing). Capped so the run stays fast; longer
                // chains are pinned by FuzzRegressionTests.
                depth = Math.Min(depth, 300);
                nest.Append("#define M0 1\n");
                for (var i = 1; i <= depth; i++)
                {
                    nest.Append("#define M").Append(i).Append(" (M").Append(i - 1).Append(" + 1)\n");
                }

                nest.Append("enum { BIG = M").Append(depth).Append(" };\n");
                break;
        }

        return InsertLine(text, random, nest.ToString());
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    [GeneratedRegex(@"[A-Za-z0-9_]+|[^\sA-Za-z0-9_]")]
    private static partial Regex Tokens();
}
