namespace Gunyah.Generator.Pipeline;

/// <summary>What an additional file is to the generator (its <c>GunyahRole</c> metadata).</summary>
internal enum GunyahFileRole
{
    /// <summary>A root header: bindings are generated for it.</summary>
    Root,

    /// <summary>A header that roots may <c>#include</c>.</summary>
    Include,

    /// <summary>An fd map: ioctl name patterns → fd kinds.</summary>
    FdMap,
}
