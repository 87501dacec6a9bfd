using Gunyah.Generator.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Every C# name the message protocol of one header uses (see <see cref="MessagePlanner"/>): the protocol
/// classes, one entry per message, the payloads (with reader and owned-copy types for the variable ones) and
/// the list readers. Emitters only render it.
/// </summary>
internal sealed class MessagePlan
{
    /// <summary>Internal wire helpers; like <see cref="BindingPlan.FormatClass"/>, no header name can collide with it.</summary>
    public const string WireClass = "Gunyah_Wire";

    public MessagePlan(
        ProtocolNames names,
        int listAlignment,
        OptionalTailOption? optionalTail,
        IReadOnlyList<MessageEntryPlan> messages,
        IReadOnlyList<PayloadPlan> payloads,
        IReadOnlyList<RecordPlan> codecRecords,
        IReadOnlyList<ListReaderPlan> listReaders)
    {
        Names = names;
        ListAlignment = listAlignment;
        OptionalTail = optionalTail;
        Messages = messages;
        Payloads = payloads;
        CodecRecords = codecRecords;
        ListReaders = listReaders;
    }

    public ProtocolNames Names { get; }

    /// <summary>Lists are zero-padded to a multiple of this many bytes from the start of the payload.</summary>
    public int ListAlignment { get; }

    /// <summary>The <c>MessageOptionalTail</c> option; null when payloads are exactly as declared.</summary>
    public OptionalTailOption? OptionalTail { get; }

    /// <summary>True when a top-level payload may end early (at its start or at a list's header) and decode as zero/empty.</summary>
    public bool ShortPayloads => OptionalTail is not null;

    /// <summary>Messages in declaration order.</summary>
    public IReadOnlyList<MessageEntryPlan> Messages { get; }

    /// <summary>Distinct payload records, in order of first use.</summary>
    public IReadOnlyList<PayloadPlan> Payloads { get; }

    /// <summary>Records that get fixed <c>Encode</c>/<c>TryDecode</c>, in model order.</summary>
    public IReadOnlyList<RecordPlan> CodecRecords { get; }

    public IReadOnlyList<ListReaderPlan> ListReaders { get; }

    public IEnumerable<MessageEntryPlan> Calls => Messages.Where(m => m.Model.Kind == MessageKind.Call);

    public IEnumerable<MessageEntryPlan> Notifications => Messages.Where(m => m.Model.Kind == MessageKind.Notification);
}

/// <summary>The protocol classes' names (<c>GhRmMessages</c>, <c>GhRmClient</c>, ...).</summary>
internal sealed record ProtocolNames(string Messages, string Client, string Handler, string Dispatcher, string Notifications);

/// <summary>
/// One message: its id constant in the messages class and the stem of its methods (<c>VmAllocVmid</c> →
/// <c>VmAllocVmidAsync</c>, <c>VmAllocVmidReceived</c>, <c>SendVmAllocVmidAsync</c>).
/// </summary>
internal sealed record MessageEntryPlan(MessageModel Model, string IdConstant, string Stem, PayloadPlan? Request, PayloadPlan? Reply);

/// <summary>A payload record, its shape and, when variable, its reader and owned-copy class.</summary>
internal sealed class PayloadPlan
{
    private readonly Dictionary<FieldModel, MemberPlan> members;

    public PayloadPlan(PayloadShape shape, RecordPlan record, string? readerName, string? payloadClassName, string formatterName)
    {
        Shape = shape;
        Record = record;
        ReaderName = readerName;
        PayloadClassName = payloadClassName;
        FormatterName = formatterName;
        members = record.Members.ToDictionary(m => m.Field);
    }

    public PayloadShape Shape { get; }

    public RecordPlan Record { get; }

    public bool IsFixed => Shape.IsFixed;

    /// <summary>For variable payloads: the <c>ref struct</c> reading the payload bytes.</summary>
    public string? ReaderName { get; }

    /// <summary>For variable payloads: the owned copy (fixed part, arrays, tail bytes) of the async APIs.</summary>
    public string? PayloadClassName { get; }

    /// <summary>The private trace formatter in the messages class.</summary>
    public string FormatterName { get; }

    public List<ListPlan> Lists { get; } = [];

    /// <summary>The last list when the encoder leaves it off the wire while it is empty with an all-zero header
    /// (<c>MessageOptionalTail</c>): it ends the payload and has the option's shape; else null.</summary>
    public ListPlan? OmittableList { get; set; }

    /// <summary>The tail's property name and its parameter names (<c>data</c>, <c>dataLength</c>).</summary>
    public (string Property, string Parameter, string LengthParameter)? Tail { get; set; }

    public MemberPlan Member(FieldModel field) => members[field];

    /// <summary>The C# type values of the payload have in async APIs: the record, or the owned copy.</summary>
    public string ValueType(BindingPlan plan) => IsFixed ? Record.FullName : plan.Qualify(PayloadClassName!);
}

/// <summary>One counted list of a payload: its reader property, its parameter names and its list reader.</summary>
internal sealed record ListPlan(CountedList List, int Index, string Property, string Parameter, string CountParameter, ListReaderPlan Reader);

/// <summary>A list reader type, shared by every list with the same entry type.</summary>
internal sealed record ListReaderPlan(TypeRef Entry, string EntryType, string Name);
