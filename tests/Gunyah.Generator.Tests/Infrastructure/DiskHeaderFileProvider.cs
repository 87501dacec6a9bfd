using Gunyah.Generator.CFrontEnd;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>Serves header text straight from the file system, as the tools (not the generator) do.</summary>
internal sealed class DiskHeaderFileProvider : IHeaderFileProvider
{
    public bool TryGetText(string normalizedPath, out string text)
    {
        if (File.Exists(normalizedPath))
        {
            text = File.ReadAllText(normalizedPath);
            return true;
        }

        text = string.Empty;
        return false;
    }
}
