namespace Gunyah.Benchmarks;

/// <summary>Finds the repository's headers/ folder from wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class RepositoryPaths
{
    public static string HeadersRoot { get; } = FindHeadersRoot();

    private static string FindHeadersRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gunyah.Sdk.sln")))
            {
                return HeaderSet.Normalize(Path.Combine(directory.FullName, "headers"));
            }
        }

        throw new DirectoryNotFoundException("run the benchmarks from inside the Gunyah.Sdk repository");
    }
}
