namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>What /proc/self says about this process's fds and mappings.</summary>
internal static class ProcSelf
{
    /// <summary>How many fds are open (the entries of /proc/self/fd; the listing's own directory fd is counted
    /// every time, so counts compare).</summary>
    public static int OpenFdCount() => Directory.GetFileSystemEntries("/proc/self/fd").Length;

    /// <summary>The /proc/self/maps lines of mappings of the memfd called <paramref name="memfdName"/>.</summary>
    public static string[] MappingsOf(string memfdName) =>
        [.. File.ReadLines("/proc/self/maps").Where(line => line.Contains($"/memfd:{memfdName} ", StringComparison.Ordinal))];

    /// <summary>A memfd name no other test uses.</summary>
    public static string UniqueMemfdName(string purpose) => $"gunyah-test-{purpose}-{Guid.NewGuid():N}";
}
