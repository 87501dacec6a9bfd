using Gunyah.Packaging.Tests.Infrastructure;

namespace Gunyah.Packaging.Tests;

/// <summary>
/// The `gunyah-conformance` dotnet tool (docs/packaging.md, "The conformance runner"): packed from
/// conformance/Gunyah.Conformance.Cli into a folder feed, installed from there as a user would, and run.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class ConformanceToolTests(PackagedFeed feed)
{
    public const string Project = "conformance/Gunyah.Conformance.Cli/Gunyah.Conformance.Cli.csproj";

    [Fact]
    public void The_conformance_runner_installs_from_the_feed_as_the_gunyah_conformance_tool_and_runs()
    {
        var output = Directory.CreateDirectory(Path.Combine(feed.Root, "tool-feed")).FullName;
        DotNet.Run(feed.RepoRoot, null, "pack", Project, "-c", feed.Configuration, "-o", output, "-nodeReuse:false").EnsureSuccess();
        var package = Path.GetFileName(Assert.Single(Directory.GetFiles(output, "*.nupkg")));
        var id = package[..package.IndexOf("." + feed.Version, StringComparison.Ordinal)];

        var tools = Path.Combine(feed.Root, "tools");
        feed.Dotnet(feed.Root, "tool", "install", id, "--tool-path", tools, "--version", feed.Version, "--add-source", output).EnsureSuccess();
        var help = DotNet.Exec(Path.Combine(tools, "gunyah-conformance"), feed.Root, null, "--help").EnsureSuccess();

        Assert.Contains("gunyah-conformance", help.Output, StringComparison.Ordinal);
    }
}
