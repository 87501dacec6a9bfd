using Gunyah.Generator.Pipeline;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// The repository's resource-manager definitions (headers/rm/gunyah/rm_rpc.h), generated the way the SDK's
/// item does: every message must be valid (no diagnostics) and the output must compile cleanly.
/// </summary>
public class RmHeaderTests
{
    private static readonly string RmDirectory = Path.Combine(RepoHeaders.Root, "rm").Replace('\\', '/');
    private static readonly string RootPath = RmDirectory + "/gunyah/rm_rpc.h";

    [Fact]
    public void The_RM_definitions_generate_without_diagnostics_and_compile_cleanly()
    {
        var run = Harness().Run();

        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        run.AssertCompilesCleanly();
        var messages = run.Source(".GhRmMessages.g.cs");
        Assert.Contains("GH_RM_RPC_VM_ALLOC_VMID", messages, StringComparison.Ordinal);
        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".GhRmClient.g.cs", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".GhRmDispatcher.g.cs", StringComparison.Ordinal));
    }

    /// <summary>The SDK's item for rm_rpc.h (src/Gunyah.Sdk/Gunyah.Sdk.csproj), as metadata.</summary>
    internal static GeneratorHarness Harness()
    {
        var common = RepoHeaders.CommonDirectory.Replace('\\', '/');
        var metadata = new Dictionary<string, string>
        {
            [MetadataNames.Role] = "Root",
            [MetadataNames.Namespace] = "Test.Rm",
            [MetadataNames.IncludeDirectories] = RmDirectory + "|" + common,
            [MetadataNames.MessageCallMacro] = "GH_RM_CALL",
            [MetadataNames.MessageNotificationMacro] = "GH_RM_NOTIFICATION",
            [MetadataNames.MessageListAlignment] = "4",
            [MetadataNames.MessageOptionalTail] = "2:4",
            [MetadataNames.EmitAll] = "true",
        };
        return new GeneratorHarness()
            .AddAdditionalFile(RootPath, File.ReadAllText(RootPath), metadata)
            .AddRepoIncludeHeaders(RmDirectory, RootPath);
    }
}
