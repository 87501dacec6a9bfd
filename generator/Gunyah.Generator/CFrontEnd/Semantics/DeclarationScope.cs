namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// The file scope of a translation unit: tags (struct, union and enum share one namespace), typedef names and
/// enumerators, plus every record and enum definition in the order it started. UAPI headers declare nothing
/// in inner scopes that matters for bindings (C puts struct tags declared inside a struct at file scope too),
/// so one scope suffices.
/// </summary>
internal sealed class DeclarationScope
{
    private readonly Dictionary<string, CType> tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypedefType> typedefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumeratorDecl> enumerators = new(StringComparer.Ordinal);
    private int definitionCounter;

    /// <summary>Records whose definition started, in that order (nested ones included).</summary>
    public List<RecordDecl> Records { get; } = new();

    /// <summary>Enums whose definition started, in that order.</summary>
    public List<EnumDecl> Enums { get; } = new();

    /// <summary>Every typedef read from headers, in declaration order (built-ins excluded).</summary>
    public List<TypedefType> Typedefs { get; } = new();

    public bool TryGetTag(string name, out CType type) => tags.TryGetValue(name, out type!);

    public void DeclareTag(string name, CType type) => tags[name] = type;

    public bool TryGetTypedef(string name, out TypedefType typedef) => typedefs.TryGetValue(name, out typedef!);

    public bool IsTypedefName(string name) => typedefs.ContainsKey(name);

    /// <summary>Binds the name to the typedef; a header typedef is also recorded in <see cref="Typedefs"/>.</summary>
    public void DeclareTypedef(TypedefType typedef)
    {
        typedefs[typedef.Name] = typedef;
        if (!typedef.IsBuiltin)
        {
            Typedefs.Add(typedef);
        }
    }

    public bool TryGetEnumerator(string name, out EnumeratorDecl enumerator) => enumerators.TryGetValue(name, out enumerator!);

    public void DeclareEnumerator(EnumeratorDecl enumerator) => enumerators[enumerator.Name] = enumerator;

    public void AddRecordDefinition(RecordDecl record)
    {
        record.DefinitionOrder = definitionCounter++;
        Records.Add(record);
    }

    public void AddEnumDefinition(EnumDecl enumDecl)
    {
        enumDecl.DefinitionOrder = definitionCounter++;
        Enums.Add(enumDecl);
    }
}
