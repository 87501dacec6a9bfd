using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>An arithmetic type or void; one shared instance per kind.</summary>
internal sealed class PrimitiveType : CType
{
    private static readonly PrimitiveType[] Instances = CreateInstances();

    private PrimitiveType(PrimitiveKind kind) => Kind = kind;

    public PrimitiveKind Kind { get; }

    public bool IsInteger => Kind is not (PrimitiveKind.Void or PrimitiveKind.Float or PrimitiveKind.Double or PrimitiveKind.LongDouble);

    public static PrimitiveType Get(PrimitiveKind kind) => Instances[(int)kind];

    private static PrimitiveType[] CreateInstances()
    {
        var kinds = (PrimitiveKind[])Enum.GetValues(typeof(PrimitiveKind));
        var result = new PrimitiveType[kinds.Length];
        foreach (var kind in kinds)
        {
            result[(int)kind] = new PrimitiveType(kind);
        }

        return result;
    }
}
