using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// The message code generated for the test protocol, checked in under Snapshots/: every file that exists only
/// because the header has messages (codecs, readers, owned payloads, list readers, protocol classes).
/// Regenerate with GUNYAH_UPDATE_SNAPSHOTS=1 and review the diff like code.
/// </summary>
public class MessageSnapshotTests
{
    [Fact]
    public void Test_protocol_message_code()
    {
        var run = ProtocolHarness.Create().Run();
        run.AssertNoErrors();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();

        var withoutMessages = ProtocolHarness.Create(messages: false).Run().Sources.Select(s => s.HintName).ToHashSet(StringComparer.Ordinal);
        var messageFiles = run.Sources
            .Where(s => !withoutMessages.Contains(s.HintName))
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();

        Assert.Contains(messageFiles, f => f.HintName == "Test.Proto.TmMessages.g.cs");
        Snapshot.Verify("TestProtocol", messageFiles);
    }

    [Fact]
    public void Test_protocol_message_code_with_optional_tails()
    {
        // Only the files MessageOptionalTail changes: readers, encoders of payloads ending in a list, decoders.
        var run = ProtocolHarness.Create(optionalTail: "true").Run();
        run.AssertNoErrors();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();

        var withoutOption = ProtocolHarness.Create().Run().Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var changed = run.Sources
            .Select(s => (s.HintName, Text: s.SourceText.ToString()))
            .Where(s => withoutOption[s.HintName] != s.Text)
            .ToList();

        Assert.Contains(changed, f => f.HintName == "Test.Proto.TmMemShareReqReader.g.cs");
        Snapshot.Verify("TestProtocolOptionalTail", changed);
    }

    [Fact]
    public void The_protocol_prefix_comes_from_the_metadata_when_given()
    {
        var run = ProtocolHarness.Create(prefix: "Proto").Run();

        run.AssertCompilesCleanly();
        Assert.Contains(run.Sources, s => s.HintName == "Test.Proto.ProtoClient.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Test.Proto.IProtoHandler.g.cs");
    }
}
