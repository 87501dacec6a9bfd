using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Decides which declarations of a <see cref="HeaderModel"/> get bindings: everything declared in the root
/// header plus every record and enum those declarations reach (by value, through arrays and pointers, as ioctl
/// arguments and message payloads, and the enclosing record of a nested one), or everything when
/// <see cref="HeaderRequest.EmitAllDeclarations"/> is set. Model order is kept.
/// Zero-size records (GNU empty structs, e.g. the kernel's <c>__DECLARE_FLEX_ARRAY</c> helpers) get no
/// binding: a CLR struct is at least one byte, so it could not match C. Members of such a type are bound as
/// offset constants and pointers to it as <c>void*</c>.
/// </summary>
internal sealed class DeclarationScope
{
    private readonly Dictionary<string, StructModel> structsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumModel> enumsByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> includedStructs = new(StringComparer.Ordinal);
    private readonly HashSet<string> includedEnums = new(StringComparer.Ordinal);

    private DeclarationScope(HeaderModel model)
    {
        foreach (var record in model.Structs)
        {
            structsByKey[record.Key] = record;
        }

        foreach (var enumModel in model.Enums)
        {
            enumsByKey[enumModel.Key] = enumModel;
        }

        var all = model.Request.EmitAllDeclarations;
        Constants = model.Constants.Where(c => all || c.IsFromRootHeader).ToList();
        Ioctls = model.Ioctls.Where(i => all || i.IsFromRootHeader).ToList();
        Messages = model.Messages.Where(m => all || m.IsFromRootHeader).ToList();

        foreach (var record in model.Structs.Where(s => all || s.IsFromRootHeader))
        {
            IncludeStruct(record.Key);
        }

        foreach (var enumModel in model.Enums.Where(e => all || e.IsFromRootHeader))
        {
            includedEnums.Add(enumModel.Key);
        }

        foreach (var ioctl in Ioctls)
        {
            Visit(ioctl.ArgumentType);
        }

        foreach (var message in Messages)
        {
            Visit(message.Request);
            Visit(message.Reply);
        }

        Structs = model.Structs.Where(s => includedStructs.Contains(s.Key)).ToList();
        Enums = model.Enums.Where(e => includedEnums.Contains(e.Key)).ToList();
    }

    public IReadOnlyList<StructModel> Structs { get; }

    public IReadOnlyList<EnumModel> Enums { get; }

    public IReadOnlyList<ConstantModel> Constants { get; }

    public IReadOnlyList<IoctlModel> Ioctls { get; }

    /// <summary>Messages of the root header (all with EmitAll); their payload records are in scope.</summary>
    public IReadOnlyList<MessageModel> Messages { get; }

    public static DeclarationScope Select(HeaderModel model) => new(model);

    private void IncludeStruct(string key)
    {
        if (!structsByKey.TryGetValue(key, out var record) || record.Size == 0 || !includedStructs.Add(key))
        {
            return;
        }

        if (record.ParentKey is not null)
        {
            IncludeStruct(record.ParentKey);
        }

        foreach (var field in record.Fields)
        {
            Visit(field.Type);
        }
    }

    private void Visit(TypeRef? type)
    {
        for (var current = type; current is not null; current = current.Element)
        {
            if (current.Kind == TypeRefKind.Record && current.TargetKey is not null)
            {
                IncludeStruct(current.TargetKey);
            }
            else if (current.Kind == TypeRefKind.Enum && current.TargetKey is not null && enumsByKey.ContainsKey(current.TargetKey))
            {
                includedEnums.Add(current.TargetKey);
            }
        }
    }
}
