using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Pipeline;

/// <summary>Every ABI profile under headers/ generates bindings with no diagnostics that compile cleanly.</summary>
public class RepoProfileTests
{
    public static TheoryData<string> Profiles => new(
        Directory.EnumerateDirectories(RepoHeaders.Root)
            .Select(Path.GetFileName)
            .Where(p => p != "common" && File.Exists(Path.Combine(RepoHeaders.Root, p!, "linux", "gunyah.h")))
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Profile_generates_clean_bindings(string profile)
    {
        var run = RepoHeaders.Profile(profile, "Profiles.P" + profile.Replace('-', '_').Replace('.', '_')).Run();

        Assert.Null(run.Result.Exception);
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".IoctlTable.g.cs", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".VmIoctls.g.cs", StringComparison.Ordinal));
        run.AssertCompilesCleanly();
    }
}
