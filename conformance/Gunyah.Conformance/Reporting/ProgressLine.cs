using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Reporting;

/// <summary>A one-line progress indicator for a terminal: rewritten in place after each clause, cleared at the end.</summary>
public sealed class ProgressLine(TextWriter output)
{
    private int lastLength;

    /// <summary>Shows <c>[run] index/total id</c>.</summary>
    public void Show(string run, ClauseResult result, int index, int total)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = $"[{run}] {index}/{total} {result.Clause.Id}";
        output.Write("\r" + text.PadRight(lastLength));
        lastLength = text.Length;
    }

    /// <summary>Clears the line.</summary>
    public void Clear()
    {
        if (lastLength > 0)
        {
            output.Write("\r" + new string(' ', lastLength) + "\r");
            lastLength = 0;
        }
    }
}
