using System.Reflection;
using System.Text.RegularExpressions;

namespace Gunyah.Packaging.Tests.Infrastructure;

/// <summary>
/// One folder feed for every test of the <see cref="PackagedFeedCollection"/>: Gunyah.Interop and Gunyah.Sdk
/// packed (without a build of their own: they are what this test run built, and this project depends on them)
/// into a temporary folder, with a NuGet.config that adds it to the machine's configured sources and an empty
/// global packages folder of its own (NUGET_PACKAGES), so no cached copy of a package can stand in for the one just
/// packed. Consumer projects are created under <see cref="Root"/>, away from this repository's Directory.*.props.
/// </summary>
public sealed partial class PackagedFeed : IDisposable
{
    public PackagedFeed()
    {
        RepoRoot = FindRepoRoot();
        Configuration = typeof(PackagedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        Root = Directory.CreateTempSubdirectory("gunyah-pkg-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        var packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };

        foreach (var project in new[] { "src/Gunyah.Interop/Gunyah.Interop.csproj", "src/Gunyah.Sdk.Package/Gunyah.Sdk.Package.csproj" })
            DotNet.Run(RepoRoot, null, "pack", project, "-c", Configuration, "--no-build", "--no-restore", "-o", Feed, "-nodeReuse:false").EnsureSuccess();

        var sdk = Directory.GetFiles(Feed, "Gunyah.Sdk.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = PackageVersion().Match(Path.GetFileName(sdk)).Groups[1].Value;

        // Keeps the configured sources (no <clear/>): the consumers restore the SDK's dependencies from them.
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="gunyah-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild's search for Directory.Build.* here, whatever lies above the temporary folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    /// <summary>The repository (the folder with Gunyah.Sdk.sln).</summary>
    public string RepoRoot { get; }

    /// <summary>The configuration this test project (and so the packed libraries) was built in.</summary>
    public string Configuration { get; }

    /// <summary>The temporary folder holding the feed, the packages folder and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>The folder feed with the packed .nupkg and .snupkg files.</summary>
    public string Feed { get; }

    /// <summary>The packages' version (both have the repository's one).</summary>
    public string Version { get; }

    /// <summary>The variables a consumer's dotnet runs with (its own NUGET_PACKAGES).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The path of a package file in the feed, e.g. <c>Gunyah.Sdk</c>, <c>.snupkg</c>.</summary>
    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

    /// <summary>
    /// Creates a fresh project <paramref name="name"/> under <see cref="Root"/> referencing <paramref name="package"/>
    /// from the feed, with warnings as errors, and the files given (relative path → text); returns its folder.
    /// </summary>
    public string CreateProject(string name, string package, string extraProperties, string extraItems, IReadOnlyDictionary<string, string> files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return directory;
    }

    /// <summary>Runs dotnet in a consumer project's folder, with the feed's environment.</summary>
    public ProcessResult Dotnet(string directory, params string[] arguments) => DotNet.Run(directory, Environment, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>The folder above the test binaries that holds Gunyah.Sdk.sln.</summary>
    public static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gunyah.Sdk.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No Gunyah.Sdk.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^Gunyah\.Sdk\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageVersion();
}

/// <summary>The tests that share one packed feed (packing and the consumers' restores are the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class PackagedFeedCollection : ICollectionFixture<PackagedFeed>
{
    public const string Name = "Packaged feed";
}
