using System.Runtime.CompilerServices;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// The repository's shared headers (headers/common: linux/ioctl.h, asm/ioctl.h, asm-generic/ioctl.h), found
/// relative to this source file so tests work wherever the build output goes.
/// </summary>
public static class RepoHeaders
{
    /// <summary>The repository's headers/ directory (one folder per ABI profile, plus common/).</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", "..", "headers"));

    public static string CommonDirectory { get; } = Path.Combine(Root, "common");

    /// <summary>
    /// A harness set up like src/Gunyah.Sdk's item for one profile: root <c>headers/PROFILE/linux/gunyah.h</c>,
    /// include directories <c>headers/PROFILE</c> and <c>headers/common</c>, the profile's fd map. Real paths.
    /// </summary>
    public static GeneratorHarness Profile(string profile, string @namespace)
    {
        var directory = Path.Combine(Root, profile).Replace('\\', '/');
        var common = CommonDirectory.Replace('\\', '/');
        var harness = new GeneratorHarness()
            .AddRootHeader(directory + "/linux/gunyah.h", File.ReadAllText(directory + "/linux/gunyah.h"), @namespace, directory + ";" + common, fdMap: directory + "/gunyah.fdmap")
            .AddFdMap(directory + "/gunyah.fdmap", File.ReadAllText(directory + "/gunyah.fdmap"));
        foreach (var file in Directory.EnumerateFiles(directory, "*.h", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(common, "*.h", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var path = file.Replace('\\', '/');
            if (path != directory + "/linux/gunyah.h")
            {
                harness.AddIncludeHeader(path, File.ReadAllText(file));
            }
        }

        return harness;
    }

    /// <summary>Adds every header under headers/common as an include header below <paramref name="includeDirectory"/>
    /// (a virtual absolute path such as <c>/src/include</c>).</summary>
    public static GeneratorHarness AddCommonHeaders(this GeneratorHarness harness, string includeDirectory)
    {
        foreach (var file in Directory.EnumerateFiles(CommonDirectory, "*.h", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(CommonDirectory, file).Replace('\\', '/');
            harness.AddIncludeHeader(includeDirectory.TrimEnd('/') + "/" + relative, File.ReadAllText(file));
        }

        return harness;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
