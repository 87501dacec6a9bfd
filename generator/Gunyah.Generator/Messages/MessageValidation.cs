using System.Globalization;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Messages;

/// <summary>
/// The front-end's last check of the messages it captured, once the payload records have models: each payload
/// must have a wire shape (<see cref="PayloadAnalyzer"/>) and ids must be unique. A message that fails is
/// reported and left out of the model, so the emitter only ever sees messages it can encode.
/// </summary>
internal static class MessageValidation
{
    public static List<MessageModel> Validate(IEnumerable<MessageModel> messages, IEnumerable<StructModel> structs, ICollection<DiagnosticInfo> diagnostics)
    {
        var analyzer = new PayloadAnalyzer(structs);
        var valid = new List<MessageModel>();
        var byId = new Dictionary<uint, MessageModel>();
        foreach (var message in messages)
        {
            var ok = Check(analyzer, message.Request, PayloadRole(message, isReply: false), message.Location, diagnostics)
                & Check(analyzer, message.Reply, PayloadRole(message, isReply: true), message.Location, diagnostics);
            if (!ok)
            {
                continue;
            }

            if (byId.TryGetValue(message.Id, out var first))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.DuplicateMessageId,
                    $"message '{message.Name}' has id 0x{message.Id.ToString("x8", CultureInfo.InvariantCulture)}, already the id of '{first.Name}' ({first.Location}); it is dropped",
                    message.Location));
                continue;
            }

            byId.Add(message.Id, message);
            valid.Add(message);
        }

        return valid;
    }

    private static bool Check(PayloadAnalyzer analyzer, TypeRef? payload, string role, LocationInfo location, ICollection<DiagnosticInfo> diagnostics) =>
        payload is null || analyzer.Analyze(payload, role, location, diagnostics) is not null;

    private static string PayloadRole(MessageModel message, bool isReply) => message.Kind == MessageKind.Notification
        ? $"the payload of notification '{message.Name}'"
        : $"the {(isReply ? "reply" : "request")} of call '{message.Name}'";
}
