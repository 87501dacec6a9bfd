using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>An enumerator with its value typed as C sees it when it is used in an expression.</summary>
internal sealed class EnumeratorDecl
{
    public EnumeratorDecl(string name, CValue value, EnumDecl owner, LocationInfo location, string? doc)
    {
        Name = name;
        Value = value;
        Owner = owner;
        Location = location;
        Doc = doc;
    }

    public string Name { get; }

    public CValue Value { get; set; }

    public EnumDecl Owner { get; }

    public LocationInfo Location { get; }

    public string? Doc { get; set; }
}
