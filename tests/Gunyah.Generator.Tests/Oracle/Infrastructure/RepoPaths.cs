using System.Runtime.CompilerServices;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Finds the repository checkout. The build output may live anywhere (--artifacts-path), so the source
/// file's own compile-time path is tried first, then the working directory's ancestors.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Headers => Path.Combine(Root, "headers");

    public static string CommonHeaders => Path.Combine(Headers, "common");

    public static string Profile(string profile) => Path.Combine(Headers, profile);

    private static string FindRoot()
    {
        foreach (var start in Candidates())
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Gunyah.Sdk.sln")) && Directory.Exists(Path.Combine(dir, "headers")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (a directory holding Gunyah.Sdk.sln and headers/)");
    }

    private static IEnumerable<string> Candidates([CallerFilePath] string thisFile = "")
    {
        if (Environment.GetEnvironmentVariable("GUNYAH_REPO_ROOT") is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        if (Path.GetDirectoryName(thisFile) is { Length: > 0 } sourceDir)
        {
            yield return sourceDir;
        }

        yield return Environment.CurrentDirectory;
        yield return AppContext.BaseDirectory;
    }
}
