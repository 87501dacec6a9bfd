using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// A struct or union: one object per C type, so a forward declaration completed later is the same type
/// everywhere it was referenced. Naming facts (typedef, naming member) are gathered while parsing and turned
/// into model keys afterwards.
/// </summary>
internal sealed class RecordDecl : CType
{
    public RecordDecl(bool isUnion, string? tag, LocationInfo location, bool isFromRootHeader)
    {
        IsUnion = isUnion;
        Tag = tag;
        Location = location;
        IsFromRootHeader = isFromRootHeader;
    }

    public bool IsUnion { get; }

    public string? Tag { get; }

    public string Keyword => IsUnion ? "union" : "struct";

    /// <summary>Where the definition is (or the first mention while incomplete).</summary>
    public LocationInfo Location { get; set; }

    public bool IsFromRootHeader { get; set; }

    public string? Doc { get; set; }

    public List<MemberDecl> Members { get; } = new();

    /// <summary>The closing brace was seen.</summary>
    public bool IsComplete { get; set; }

    /// <summary>A member could not be parsed or laid out; a diagnostic was already reported, so users stay silent.</summary>
    public bool IsInvalid { get; set; }

    public bool IsPacked { get; set; }

    /// <summary>The <c>#pragma pack(n)</c> in force where the record was completed: caps member alignment at n.</summary>
    public int? MaxFieldAlignment { get; set; }

    /// <summary>From <c>aligned(n)</c> on the record.</summary>
    public int? UserAlignment { get; set; }

    /// <summary>Set once complete and valid.</summary>
    public RecordLayout? Layout { get; set; }

    /// <summary>The first typedef whose type is exactly this record.</summary>
    public string? TypedefName { get; set; }

    /// <summary>The record whose braces enclose this definition, if any.</summary>
    public RecordDecl? EnclosingRecord { get; set; }

    /// <summary>An unnamed record used as an anonymous member: its members belong to the enclosing record.</summary>
    public bool IsAnonymousMember { get; set; }

    /// <summary>For an unnamed record: the first member declared with it (possibly through arrays or pointers).</summary>
    public MemberDecl? NamingMember { get; set; }

    /// <summary>Order in which definitions started, to keep declaration order in the model.</summary>
    public int DefinitionOrder { get; set; } = -1;
}
