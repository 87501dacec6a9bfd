namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Chooses which records and enums become models: every keyed one of the root header, plus what they and the
/// root header's typedefs and ioctls need by value (members, array elements, ioctl arguments), transitively.
/// Pointer targets are not followed: bindings describe them as addresses. With EmitAllDeclarations, every keyed
/// record and enum.
/// </summary>
internal sealed class RecordSelection
{
    private readonly RecordKeys keys;
    private readonly HashSet<RecordDecl> selected = new();
    private readonly HashSet<EnumDecl> enums = new();
    private readonly Queue<RecordDecl> pending = new();

    public RecordSelection(RecordKeys keys) => this.keys = keys;

    public IReadOnlyCollection<RecordDecl> Selected => selected;

    /// <summary>Selects the record (or the record an array type holds) and everything it needs.</summary>
    public void Add(CType type)
    {
        Enqueue(type);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Dequeue().Members)
            {
                Enqueue(member.Type);
            }
        }
    }

    private void Enqueue(CType type)
    {
        var held = ByValueTag(type);
        if (held is EnumDecl enumDecl)
        {
            enums.Add(enumDecl);
            return;
        }

        // An anonymous member record has no model of its own; its members are walked instead.
        if (held is RecordDecl { Layout: not null } record
            && (record.IsAnonymousMember || keys.TryGetKey(record, out _))
            && selected.Add(record))
        {
            pending.Enqueue(record);
        }
    }

    public bool Contains(RecordDecl record) => selected.Contains(record) && !record.IsAnonymousMember;

    public bool Contains(EnumDecl enumDecl) => enums.Contains(enumDecl);

    /// <summary>The record or enum a value of this type is (through typedefs and arrays), if any.</summary>
    private static CType? ByValueTag(CType type)
    {
        while (true)
        {
            switch (type)
            {
                case TypedefType typedef:
                    type = typedef.Target;
                    break;
                case ArrayType array:
                    type = array.Element;
                    break;
                case RecordDecl or EnumDecl:
                    return type;
                default:
                    return null;
            }
        }
    }
}
