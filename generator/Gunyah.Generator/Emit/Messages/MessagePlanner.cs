using Gunyah.Generator.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Names the message protocol of one header, after records and clients (so header names keep theirs):
/// <list type="bullet">
/// <item>protocol classes: the prefix (<c>MessagePrefix</c>, else the annotation macro less its last segment,
/// Pascal-cased: <c>GH_RM_CALL</c> → <c>GhRm</c>) plus <c>Messages</c>, <c>Client</c>, <c>Dispatcher</c>,
/// <c>Notifications</c>, and <c>I</c> + prefix + <c>Handler</c>;</item>
/// <item>per message: the id constant (the id macro's name, else the message macro's) and a method stem, the
/// message name less the annotation macro's name (else less its family prefix), Pascal-cased
/// (<c>GH_RM_CALL_VM_ALLOC_VMID</c> → <c>VmAllocVmid</c>);</item>
/// <item>per variable payload: <c>&lt;Record&gt;Reader</c> and <c>&lt;Record&gt;Payload</c>; per list entry type:
/// <c>&lt;Entry&gt;ListReader</c> (<c>UInt16ListReader</c> for integers).</item>
/// </list>
/// </summary>
internal static class MessagePlanner
{
    /// <summary>Parameter names the generated methods use themselves; list and tail parameters avoid them.</summary>
    private static readonly string[] FixedParameters =
        ["destination", "value", "request", "payload", "sink", "caller", "reply", "cancellationToken", "source", "consumed", "reader"];

    public static MessagePlan? Plan(BindingPlan plan, MessageAnalysis analysis, NameScope namespaceScope, List<DiagnosticInfo> diagnostics)
    {
        if (analysis.Messages.Count == 0)
        {
            return null;
        }

        var request = plan.Model.Request;
        namespaceScope.Reserve(MessagePlan.WireClass);
        var names = ClaimProtocolNames(analysis, request, namespaceScope);

        // Keyed for lookup, listed for a deterministic order (first use).
        var payloads = new Dictionary<string, PayloadPlan>(StringComparer.Ordinal);
        var listReaders = new Dictionary<string, ListReaderPlan>(StringComparer.Ordinal);
        var payloadOrder = new List<PayloadPlan>();
        var listReaderOrder = new List<ListReaderPlan>();
        PayloadPlan? PlanPayload(PayloadShape? shape) =>
            shape is null ? null : GetPayload(plan, shape, request.MessageOptionalTail, payloads, listReaders, namespaceScope, diagnostics, payloadOrder, listReaderOrder);

        // The messages class's own members, private ones included: id constants keep C names verbatim.
        var idScope = new NameScope("class " + names.Messages, diagnostics)
            .Reserve(names.Messages, "All", "TryFind", "FindByName", "FormatPayload", "Invalid", "s_descriptors", "s_all", "Format_void")
            .Reserve(NameScope.ObjectMembers)
            .Reserve(analysis.Messages.SelectMany(m => new[] { m.Request, m.Reply }).Where(p => p is not null).Select(p => FormatterName(p!.Record.Key)).ToArray());
        var stemScope = new NameScope("the methods of " + names.Client, diagnostics);
        var entries = new List<MessageEntryPlan>();
        foreach (var message in analysis.Messages)
        {
            var model = message.Model;
            var idConstant = idScope.Claim(Naming.ToVerbatimIdentifier(model.IdName ?? model.Name), model.IdName ?? model.Name, model.Location);
            var stem = stemScope.Claim(Naming.ToPascalCase(StemOf(model, request)), model.Name, model.Location);
            entries.Add(new MessageEntryPlan(model, idConstant, stem, PlanPayload(message.Request), PlanPayload(message.Reply)));
        }

        var codecRecords = analysis.CodecKeys.Where(plan.RecordsByKey.ContainsKey).Select(k => plan.RecordsByKey[k]).ToList();
        return new MessagePlan(names, request.MessageListAlignment, request.MessageOptionalTail, entries, payloadOrder, codecRecords, listReaderOrder);
    }

    /// <summary>The name less the annotation macro (<c>GH_RM_CALL_</c>), else less its family (<c>GH_RM_</c>).</summary>
    internal static string StemOf(MessageModel message, HeaderRequest request)
    {
        var macro = message.Kind == MessageKind.Call ? request.MessageCallMacro : request.MessageNotificationMacro;
        foreach (var prefix in new[] { macro + "_", Family(macro) })
        {
            if (prefix.Length > 1 && message.Name.Length > prefix.Length && message.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return message.Name.Substring(prefix.Length);
            }
        }

        return message.Name;
    }

    /// <summary><c>GH_RM_CALL</c> → <c>GH_RM_</c>: everything up to and including the last '_'.</summary>
    private static string Family(string? macro)
    {
        var index = macro?.LastIndexOf('_') ?? -1;
        return index > 0 ? macro!.Substring(0, index + 1) : string.Empty;
    }

    private static ProtocolNames ClaimProtocolNames(MessageAnalysis analysis, HeaderRequest request, NameScope scope)
    {
        var prefix = request.MessagePrefix is { Length: > 0 } option
            ? Naming.ToVerbatimIdentifier(option)
            : Naming.ToPascalCase(Family(request.MessageCallMacro ?? request.MessageNotificationMacro).TrimEnd('_'));
        if (prefix == "_")
        {
            prefix = "Rpc";
        }

        var hasCalls = analysis.Messages.Any(m => m.Model.Kind == MessageKind.Call);
        var hasNotifications = analysis.Messages.Any(m => m.Model.Kind == MessageKind.Notification);
        string Claim(string name, bool needed) => needed ? scope.Claim(name, name, null) : name;
        return new ProtocolNames(
            Claim(prefix + "Messages", true),
            Claim(prefix + "Client", true),
            Claim("I" + prefix + "Handler", hasCalls),
            Claim(prefix + "Dispatcher", hasCalls),
            Claim(prefix + "Notifications", hasNotifications));
    }

    private static PayloadPlan GetPayload(
        BindingPlan plan,
        PayloadShape shape,
        OptionalTailOption? optionalTail,
        Dictionary<string, PayloadPlan> payloads,
        Dictionary<string, ListReaderPlan> listReaders,
        NameScope namespaceScope,
        List<DiagnosticInfo> diagnostics,
        List<PayloadPlan> payloadOrder,
        List<ListReaderPlan> listReaderOrder)
    {
        var key = shape.Record.Key;
        if (payloads.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var record = plan.RecordsByKey[key];
        var formatter = FormatterName(key);
        if (shape.IsFixed)
        {
            var fixedPayload = payloads[key] = new PayloadPlan(shape, record, null, null, formatter);
            payloadOrder.Add(fixedPayload);
            return fixedPayload;
        }

        var location = shape.Record.Location;
        var reader = namespaceScope.Claim(record.Name + "Reader", key, location);
        var owned = namespaceScope.Claim(record.Name + "Payload", key, location);
        var payload = new PayloadPlan(shape, record, reader, owned, formatter);
        var parameters = new NameScope("the parameters of " + record.Name + ".Encode", diagnostics).Reserve(FixedParameters);
        for (var i = 0; i < shape.Lists.Count; i++)
        {
            var list = shape.Lists[i];
            var property = payload.Member(list.Member ?? list.Entries).Name;
            var parameter = parameters.Claim(Camel(property), list.CLabel, list.Entries.Location);
            var count = parameters.Claim(Camel(property) + "Count", list.CLabel, list.Entries.Location);
            var listReader = GetListReader(plan, list.Entry, listReaders, listReaderOrder, namespaceScope, location);
            payload.Lists.Add(new ListPlan(list, i, property, parameter, count, listReader));
        }

        var last = payload.Lists.Count - 1;
        if (optionalTail is not null && last >= 0 && shape.EndsWithList(last) && optionalTail.Omits(shape.Lists[last].Count.Type.Size, shape.Lists[last].HeaderSize))
        {
            payload.OmittableList = payload.Lists[last];
        }

        if (shape.Tail is { } tail)
        {
            var property = payload.Member(tail).Name;
            payload.Tail = (property,
                parameters.Claim(Camel(property), tail.Name, tail.Location),
                parameters.Claim(Camel(property) + "Length", tail.Name, tail.Location));
        }

        payloadOrder.Add(payload);
        return payloads[key] = payload;
    }

    private static ListReaderPlan GetListReader(
        BindingPlan plan, TypeRef entry, Dictionary<string, ListReaderPlan> readers, List<ListReaderPlan> order, NameScope namespaceScope, LocationInfo location)
    {
        var types = new TypeMapper(plan);
        var entryType = types.Map(entry);
        if (readers.TryGetValue(entryType, out var existing))
        {
            return existing;
        }

        var stem = entry.Kind switch
        {
            TypeRefKind.Record => types.TryGetRecord(entry)!.Name,
            TypeRefKind.Enum when types.TryGetEnum(entry) is { } enumPlan => enumPlan.Name,
            _ => ClrName(entryType),
        };
        var name = namespaceScope.Claim(stem + "ListReader", entry.CSpelling, location);
        var reader = readers[entryType] = new ListReaderPlan(entry, entryType, name);
        order.Add(reader);
        return reader;
    }

    private static string ClrName(string keyword) => PrimitiveTypes.ClrName(keyword) ?? Naming.ToPascalCase(keyword);

    private static string FormatterName(string recordKey) => "Format_" + Naming.ToVerbatimIdentifier(recordKey);

    /// <summary><c>AclEntries</c> → <c>aclEntries</c>; keywords escaped (<c>@fixed</c>).</summary>
    private static string Camel(string pascal) =>
        Naming.Escape(pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1));
}
