using System.Diagnostics;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Shrinks a failing input while it still fails the same way (delta debugging: drop ever smaller chunks of
/// lines, then of characters), so a report carries a repro a person can read.
/// </summary>
internal static class ReproMinimizer
{
    public static string Minimize(string text, Func<string, bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        bool InTime() => clock.Elapsed < budget;

        var lines = text.Split('\n').ToList();
        lines = Reduce(lines, candidate => stillFails(string.Join('\n', candidate)), InTime);
        var chars = string.Join('\n', lines).ToList();
        chars = Reduce(chars, candidate => stillFails(new string([.. candidate])), InTime);
        return new string([.. chars]);
    }

    private static List<T> Reduce<T>(List<T> items, Func<List<T>, bool> stillFails, Func<bool> inTime)
    {
        for (var chunk = Math.Max(1, items.Count / 2); chunk >= 1 && inTime(); chunk /= 2)
        {
            for (var start = 0; start < items.Count && inTime();)
            {
                var candidate = new List<T>(items);
                candidate.RemoveRange(start, Math.Min(chunk, items.Count - start));
                if (stillFails(candidate))
                {
                    items = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return items;
    }
}
