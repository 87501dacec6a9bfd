namespace Gunyah.Generator.Model;

/// <summary>A place in a header: normalized path ('/' separators), 1-based line and column.</summary>
public readonly record struct LocationInfo(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
