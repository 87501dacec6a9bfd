using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// The C# shape chosen for one record: its name (nested inside its parent's struct for unnamed member types),
/// and one <see cref="MemberPlan"/> per field. Built completely before any text is written so every emitter
/// can resolve any record's name.
/// </summary>
internal sealed class RecordPlan
{
    public RecordPlan(StructModel model, string name, RecordPlan? parent, string @namespace)
    {
        Model = model;
        Name = name;
        Parent = parent;
        FullName = parent is null ? "global::" + @namespace + "." + name : parent.FullName + "." + name;
    }

    public StructModel Model { get; }

    /// <summary>The simple C# type name.</summary>
    public string Name { get; }

    /// <summary>The enclosing record's plan when this type is emitted nested.</summary>
    public RecordPlan? Parent { get; }

    /// <summary>The fully qualified name, <c>global::</c> prefixed, for use anywhere.</summary>
    public string FullName { get; }

    public List<RecordPlan> Nested { get; } = [];

    public IReadOnlyList<MemberPlan> Members { get; set; } = [];

    /// <summary>The private storage fields backing bitfields, ordered by offset.</summary>
    public IReadOnlyList<BitfieldStorage> Storages { get; set; } = [];
}

/// <summary>How a C member is rendered.</summary>
internal enum MemberKind
{
    /// <summary>A public field at the member's offset.</summary>
    Field,

    /// <summary>A property over a private storage field.</summary>
    Bitfield,

    /// <summary>No field; an offset constant and a span accessor over the trailing elements.</summary>
    FlexibleArray,

    /// <summary>A member of a zero-size type (an empty struct, a union of flexible arrays): no field, a
    /// <c>NameOffset</c> constant carrying the C name.</summary>
    ZeroSize,

    /// <summary>Nothing is emitted (a diagnostic said why); the bytes stay covered by the record's size.</summary>
    Skipped,
}

/// <summary>The plan for one C member.</summary>
/// <param name="Field">The C member.</param>
/// <param name="Kind">How it is rendered.</param>
/// <param name="Name">The C# field, property or accessor name.</param>
/// <param name="OffsetConstantName">For flexible arrays and zero-size members: the name of the offset constant.</param>
/// <param name="Bitfield">For bitfields: where the bits live.</param>
internal sealed record MemberPlan(FieldModel Field, MemberKind Kind, string Name, string? OffsetConstantName, BitfieldPlan? Bitfield);

/// <summary>Where a bitfield's bits live: <see cref="Shift"/> bits up from the low end of its storage field.</summary>
internal sealed record BitfieldPlan(BitfieldStorage Storage, int Shift);

/// <summary>A private unsigned integer field of <see cref="Size"/> bytes at <see cref="Offset"/>, shared by the
/// bitfields of one storage unit.</summary>
internal sealed record BitfieldStorage(string Name, int Offset, int Size);
