namespace Gunyah.Generator.CFrontEnd;

/// <summary>
/// Where the front-end reads header text from. The generator backs it with the compilation's additional
/// files (a generator must not touch the disk); tests and tools back it with the file system or memory.
/// Paths are normalized: '/' separators, no '.' or '..' segments.
/// </summary>
public interface IHeaderFileProvider
{
    bool TryGetText(string normalizedPath, out string text);
}
