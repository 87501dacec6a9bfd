namespace Gunyah.Conformance.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gunyah.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Gunyah.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
