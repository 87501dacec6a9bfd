using Gunyah.Generator.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// The first half of message planning, done before record members are named: the wire shape of every payload
/// and the records that get codec members, whose scopes must reserve those names
/// (<see cref="ReservedRecordMembers"/>) before the header's member names are placed.
/// </summary>
internal sealed class MessageAnalysis
{
    /// <summary>Members the message code adds to payload and codec records (and their readers and owned copies).</summary>
    public static readonly string[] ReservedRecordMembers = ["Encode", "TryDecode", "GetEncodedLength", "TryRead", "ReadFixed", "ToPayload", "Fixed"];

    private readonly HashSet<string> recordKeys;

    private MessageAnalysis(IReadOnlyList<AnalyzedMessage> messages, IReadOnlyList<string> codecKeys)
    {
        Messages = messages;
        CodecKeys = codecKeys;
        recordKeys = new HashSet<string>(codecKeys.Concat(messages.SelectMany(m => new[] { m.Request, m.Reply }).Where(s => s is not null).Select(s => s!.Record.Key)), StringComparer.Ordinal);
    }

    /// <summary>Messages whose payloads have shapes, in model order.</summary>
    public IReadOnlyList<AnalyzedMessage> Messages { get; }

    /// <summary>Keys of the records that get fixed codecs, in model order: those the payloads reach and, when the
    /// header has messages, every packed fixed-size record (helper structs of raw tails and error details).</summary>
    public IReadOnlyList<string> CodecKeys { get; }

    /// <summary>True for a record that gets message members (codecs, variable encoders).</summary>
    public bool HasMessageMembers(string key) => recordKeys.Contains(key);

    /// <summary>Shapes the messages of <paramref name="messages"/>. The front-end only keeps valid messages, so
    /// problems are reported here only for hand-built models; such a message is left out.</summary>
    public static MessageAnalysis Run(HeaderModel model, IReadOnlyList<MessageModel> messages, List<DiagnosticInfo> diagnostics)
    {
        if (messages.Count == 0)
        {
            return new MessageAnalysis([], []);
        }

        var analyzer = new PayloadAnalyzer(model.Structs);
        var analyzed = new List<AnalyzedMessage>();
        var codecKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            var request = Shape(analyzer, message.Request, message, diagnostics, out var requestOk);
            var reply = Shape(analyzer, message.Reply, message, diagnostics, out var replyOk);
            if (!requestOk || !replyOk)
            {
                continue;
            }

            analyzed.Add(new AnalyzedMessage(message, request, reply));
            foreach (var shape in new[] { request, reply })
            {
                if (shape is not null)
                {
                    codecKeys.UnionWith(analyzer.FixedRecordKeys(shape));
                }
            }
        }

        if (analyzed.Count > 0)
        {
            // A separate analyzer: its silent checks must not cache answers the payload checks above report.
            codecKeys.UnionWith(new PayloadAnalyzer(model.Structs).StandaloneRecordKeys());
        }

        var ordered = model.Structs.Select(s => s.Key).Where(codecKeys.Contains).ToList();
        return new MessageAnalysis(analyzed, ordered);
    }

    private static PayloadShape? Shape(PayloadAnalyzer analyzer, TypeRef? payload, MessageModel message, List<DiagnosticInfo> diagnostics, out bool ok)
    {
        ok = true;
        if (payload is null)
        {
            return null;
        }

        var shape = analyzer.Analyze(payload, "a payload of message '" + message.Name + "'", message.Location, diagnostics);
        ok = shape is not null;
        return shape;
    }
}

/// <summary>A message and the shapes of its payloads (null for void).</summary>
internal sealed record AnalyzedMessage(MessageModel Model, PayloadShape? Request, PayloadShape? Reply);
