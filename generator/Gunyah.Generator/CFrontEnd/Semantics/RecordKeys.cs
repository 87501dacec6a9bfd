namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Names records and enums for the model. A record's key is its tag, else its typedef name, else — for the
/// unnamed type of a named member — the nearest keyed enclosing record's key plus "." plus the member name
/// (anonymous members are looked through, as C11 lets code name their members directly). Records with none of
/// these (anonymous members themselves, unnamed types only behind pointers) have no key. Keys are unique: a
/// tag and an unrelated typedef of the same name get a numeric suffix on the later one.
/// </summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<CType, Naming?> names = new();
    private readonly HashSet<string> usedKeys = new(StringComparer.Ordinal);

    public bool TryGetKey(RecordDecl record, out string key)
    {
        var naming = GetNaming(record);
        key = naming?.Key ?? string.Empty;
        return naming is not null;
    }

    /// <summary>A C type gcc accepts in sizeof/offsetof for the record; valid when <see cref="TryGetKey(RecordDecl, out string)"/> is.</summary>
    public string CTypeExpression(RecordDecl record) => GetNaming(record)?.CTypeExpression ?? TypeSpelling.Of(record);

    /// <summary>The keyed record an unnamed member type belongs to.</summary>
    public string? ParentKey(RecordDecl record) => GetNaming(record)?.ParentKey;

    public bool TryGetKey(EnumDecl enumDecl, out string key)
    {
        if (!names.TryGetValue(enumDecl, out var naming))
        {
            var name = enumDecl.Tag ?? enumDecl.TypedefName;
            naming = name is null ? null : new Naming(Unique(name), name, null);
            names[enumDecl] = naming;
        }

        key = naming?.Key ?? string.Empty;
        return naming is not null;
    }

    private Naming? GetNaming(RecordDecl record)
    {
        if (names.TryGetValue(record, out var naming))
        {
            return naming;
        }

        names[record] = null; // guards against cycles while computing
        if (record.Tag is { } tag)
        {
            naming = new Naming(Unique(tag), record.Keyword + " " + tag, null);
        }
        else if (record.TypedefName is { } typedefName)
        {
            naming = new Naming(Unique(typedefName), typedefName, null);
        }
        else if (record.NamingMember is { Name: { } memberName } member && KeyedParent(record) is { } parent
            && GetNaming(parent) is { } parentNaming && AccessExpression(member.Type, record, $"(({parentNaming.CTypeExpression} *)0)->{memberName}") is { } access)
        {
            naming = new Naming(Unique(parentNaming.Key + "." + memberName), $"__typeof__({access})", parentNaming.Key);
        }

        names[record] = naming;
        return naming;
    }

    /// <summary>The record the naming member belongs to, looking through anonymous struct/union members.</summary>
    private static RecordDecl? KeyedParent(RecordDecl record)
    {
        var parent = record.EnclosingRecord;
        while (parent is { IsAnonymousMember: true })
        {
            parent = parent.EnclosingRecord;
        }

        return parent;
    }

    /// <summary>Extends a member access through arrays ([0]) and pointers (*) down to the record itself.</summary>
    private static string? AccessExpression(CType memberType, RecordDecl record, string access)
    {
        var type = memberType;
        while (!ReferenceEquals(type, record))
        {
            switch (type)
            {
                case ArrayType array:
                    access += "[0]";
                    type = array.Element;
                    break;
                case PointerType pointer:
                    access = "(*" + access + ")";
                    type = pointer.Target;
                    break;
                default:
                    return null;
            }
        }

        return access;
    }

    private string Unique(string key)
    {
        var candidate = key;
        for (var n = 2; !usedKeys.Add(candidate); n++)
        {
            candidate = key + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private sealed record Naming(string Key, string CTypeExpression, string? ParentKey);
}
