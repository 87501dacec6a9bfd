using Gunyah.Generator.Emit.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Every C# name the bindings of one header use, decided up front (see <see cref="BindingPlanner"/>): the
/// emitters only render it.
/// </summary>
internal sealed class BindingPlan
{
    /// <summary>Fixed class names; reserved before any header name is placed so they never move.</summary>
    public const string ConstantsClass = "Constants";
    public const string IoctlsClass = "Ioctls";
    public const string IoctlTableClass = "IoctlTable";

    /// <summary>Internal formatting helpers. A '_' between letters never comes out of Pascal-casing, so no
    /// header name can collide with it.</summary>
    public const string FormatClass = "Gunyah_Format";

    public BindingPlan(
        HeaderModel model,
        string @namespace,
        IReadOnlyList<RecordPlan> records,
        IReadOnlyList<EnumPlan> enums,
        IReadOnlyList<ConstantPlan> constants,
        IReadOnlyList<IoctlPlan> ioctls,
        IReadOnlyList<ClientPlan> clients)
    {
        Model = model;
        Namespace = @namespace;
        Records = records;
        Enums = enums;
        Constants = constants;
        Ioctls = ioctls;
        Clients = clients;
        RecordsByKey = Flatten(records).ToDictionary(r => r.Model.Key, StringComparer.Ordinal);
        EnumsByKey = enums.ToDictionary(e => e.Model.Key, StringComparer.Ordinal);
    }

    public HeaderModel Model { get; }

    /// <summary>The sanitized C# namespace.</summary>
    public string Namespace { get; }

    /// <summary>Top-level records in model order; nested ones hang off <see cref="RecordPlan.Nested"/>.</summary>
    public IReadOnlyList<RecordPlan> Records { get; }

    public IReadOnlyDictionary<string, RecordPlan> RecordsByKey { get; }

    public IReadOnlyList<EnumPlan> Enums { get; }

    public IReadOnlyDictionary<string, EnumPlan> EnumsByKey { get; }

    public IReadOnlyList<ConstantPlan> Constants { get; }

    public IReadOnlyList<IoctlPlan> Ioctls { get; }

    /// <summary>Clients ordered by fd kind (ordinal).</summary>
    public IReadOnlyList<ClientPlan> Clients { get; }

    /// <summary>The message protocol's names; null when the header has no (valid) messages.</summary>
    public MessagePlan? Messages { get; set; }

    public string Qualify(string typeName) => "global::" + Namespace + "." + typeName;

    private static IEnumerable<RecordPlan> Flatten(IEnumerable<RecordPlan> records)
    {
        foreach (var record in records)
        {
            yield return record;
            foreach (var nested in Flatten(record.Nested))
            {
                yield return nested;
            }
        }
    }
}
