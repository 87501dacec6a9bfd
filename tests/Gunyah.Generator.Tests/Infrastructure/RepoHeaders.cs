using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// The repository's shared headers (headers/common: linux/ioctl.h, asm/ioctl.h, asm-generic/ioctl.h), found
/// through <see cref="RepoPaths"/> so tests work wherever the build output goes.
/// </summary>
public static class RepoHeaders
{
    /// <summary>The repository's headers/ directory (one folder per ABI profile, plus common/).</summary>
    public static string Root => RepoPaths.Headers;

    public static string CommonDirectory => RepoPaths.CommonHeaders;

    /// <summary>
    /// A harness set up like src/Gunyah.Sdk's item for one profile: root <c>headers/PROFILE/linux/gunyah.h</c>,
    /// include directories <c>headers/PROFILE</c> and <c>headers/common</c>, the profile's fd map. Real paths.
    /// </summary>
    public static GeneratorHarness Profile(string profile, string @namespace)
    {
        var directory = Path.Combine(Root, profile).Replace('\\', '/');
        var common = CommonDirectory.Replace('\\', '/');
        return new GeneratorHarness()
            .AddRootHeader(directory + "/linux/gunyah.h", File.ReadAllText(directory + "/linux/gunyah.h"), @namespace, directory + ";" + common, fdMap: directory + "/gunyah.fdmap")
            .AddFdMap(directory + "/gunyah.fdmap", File.ReadAllText(directory + "/gunyah.fdmap"))
            .AddRepoIncludeHeaders(directory, directory + "/linux/gunyah.h");
    }

    /// <summary>Adds every header under <paramref name="directory"/> and headers/common but the root
    /// <paramref name="rootPath"/> as include headers, at their real ('/'-separated) paths.</summary>
    public static GeneratorHarness AddRepoIncludeHeaders(this GeneratorHarness harness, string directory, string rootPath)
    {
        var headers = Directory.EnumerateFiles(directory, "*.h", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(CommonDirectory, "*.h", SearchOption.AllDirectories))
            .Select(p => p.Replace('\\', '/'))
            .Where(p => p != rootPath)
            .Order(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            harness.AddIncludeHeader(header, File.ReadAllText(header));
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
}
