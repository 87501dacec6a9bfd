using System.Text.RegularExpressions;
using Gunyah.Packaging.Tests.Infrastructure;

namespace Gunyah.Packaging.Tests;

/// <summary>
/// The quick start published with native AOT from the package: no trim or AOT warning (the build treats every
/// warning as an error, and the test also looks for any in the output), and the native binary runs the VM.
/// Needs clang and zlib1g-dev (.ci/run installs them).
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed partial class NativeAotTests(PackagedFeed feed)
{
    [Fact]
    public void The_quick_start_publishes_with_PublishAot_without_a_warning_and_the_native_binary_runs_the_VM()
    {
        // Only the runtime packs AOT needs are downloaded (not ASP.NET Core's).
        var project = feed.CreateProject("QuickStartAot", "Gunyah.Sdk",
            "<PublishAot>true</PublishAot><DisableTransitiveFrameworkReferenceDownloads>true</DisableTransitiveFrameworkReferenceDownloads>", "",
            new Dictionary<string, string> { ["Program.cs"] = Readme.QuickStart(feed.RepoRoot) });

        var publish = feed.Dotnet(project, "publish", "-c", "Release", "-r", "linux-x64", "-o", "out", "-nodeReuse:false").EnsureSuccess();
        Assert.DoesNotMatch(Warning(), publish.Output);

        var binary = Path.Combine(project, "out", "QuickStartAot");
        Assert.False(File.Exists(Path.Combine(project, "out", "QuickStartAot.dll")), "published IL, not a native binary");
        var run = DotNet.Exec(binary, project, null).EnsureSuccess();
        Assert.Equal(Readme.QuickStartOutput, run.Output.Trim());
    }

    [GeneratedRegex(@"warning [A-Z]+[0-9]+")]
    private static partial Regex Warning();
}
