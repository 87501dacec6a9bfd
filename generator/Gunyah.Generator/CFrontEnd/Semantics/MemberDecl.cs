using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// One member of a struct or union as declared. An anonymous struct/union member has no name, no bitfield
/// width and an unnamed <see cref="RecordDecl"/> type; its members are reached as if declared in the parent.
/// </summary>
internal sealed class MemberDecl
{
    public MemberDecl(string? name, CType type, int? bitWidth, int? userAlignment, bool isPacked, LocationInfo location, string? doc)
    {
        Name = name;
        Type = type;
        BitWidth = bitWidth;
        UserAlignment = userAlignment;
        IsPacked = isPacked;
        Location = location;
        Doc = doc;
    }

    public string? Name { get; }

    public CType Type { get; }

    /// <summary>The bitfield width (0 for <c>int : 0</c>); null when not a bitfield.</summary>
    public int? BitWidth { get; }

    /// <summary>From <c>aligned(n)</c> or <c>_Alignas(n)</c> on the member.</summary>
    public int? UserAlignment { get; }

    /// <summary><c>packed</c> on the member itself (the record's own <c>packed</c> is on <see cref="RecordDecl"/>).</summary>
    public bool IsPacked { get; }

    public LocationInfo Location { get; }

    /// <summary>The leading comment of the declaration, else a comment trailing it on the same line.</summary>
    public string? Doc { get; set; }

    public bool IsBitField => BitWidth is not null;

    public bool IsAnonymousRecord => Name is null && BitWidth is null && Type is RecordDecl;
}
