using Gunyah.Generator.Pipeline;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// Runs the generator over a message header the way the MSBuild item would pass it: a root header with the
/// <c>MessageCallMacro</c>, <c>MessageNotificationMacro</c>, <c>MessageListAlignment</c> and, when given,
/// <c>MessagePrefix</c> and <c>MessageOptionalTail</c> metadata.
/// </summary>
internal static class ProtocolHarness
{
    public const string CallMacro = "TM_CALL";
    public const string NotificationMacro = "TM_NOTIFICATION";

    /// <param name="header">The root header's text; the test protocol by default.</param>
    /// <param name="listAlignment">The MessageListAlignment metadata (null: none).</param>
    /// <param name="prefix">The MessagePrefix metadata (null: none).</param>
    /// <param name="messages">False leaves out the annotation macros: the header has no messages.</param>
    /// <param name="optionalTail">The MessageOptionalTail metadata (null: none).</param>
    /// <param name="sources">C# compiled along.</param>
    public static GeneratorHarness Create(
        string? header = null, string? listAlignment = "4", string? prefix = null, bool messages = true, string? optionalTail = null, params string[] sources)
    {
        var metadata = new Dictionary<string, string>
        {
            [MetadataNames.Role] = "Root",
            [MetadataNames.Namespace] = TestProtocolHeader.Namespace,
            [MetadataNames.IncludeDirectories] = TestProtocolHeader.IncludeDirectory,
        };
        if (messages)
        {
            metadata[MetadataNames.MessageCallMacro] = CallMacro;
            metadata[MetadataNames.MessageNotificationMacro] = NotificationMacro;
        }

        if (listAlignment is not null)
        {
            metadata[MetadataNames.MessageListAlignment] = listAlignment;
        }

        if (prefix is not null)
        {
            metadata[MetadataNames.MessagePrefix] = prefix;
        }

        if (optionalTail is not null)
        {
            metadata[MetadataNames.MessageOptionalTail] = optionalTail;
        }

        var harness = new GeneratorHarness().AddAdditionalFile(TestProtocolHeader.Path, header ?? TestProtocolHeader.Text, metadata);
        foreach (var source in sources)
        {
            harness.AddSource(source);
        }

        return harness;
    }

    /// <summary>Generates the test protocol with <paramref name="probes"/> compiled along, and loads the assembly.</summary>
    public static System.Reflection.Assembly Load(params string[] probes)
    {
        var run = Create(sources: probes).Run();
        run.AssertNoErrors();
        return run.LoadAssembly();
    }
}
