namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>
/// Unwinds the parser to the nearest declaration boundary after a diagnostic has been recorded; the caller skips
/// the rest of that declaration. Never escapes the parser.
/// </summary>
internal sealed class ParseAbortException : Exception
{
    public ParseAbortException()
        : base("declaration skipped after a diagnostic")
    {
    }
}
