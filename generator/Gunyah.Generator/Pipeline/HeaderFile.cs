namespace Gunyah.Generator.Pipeline;

/// <summary>One header's normalized path and text.</summary>
internal sealed record HeaderFile(string Path, string Text);
