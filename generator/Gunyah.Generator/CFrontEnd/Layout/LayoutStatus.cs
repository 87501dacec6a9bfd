namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>Why a type has (or lacks) a size.</summary>
internal enum LayoutStatus
{
    Ok,
    /// <summary>void, a function, <c>[]</c>, or a struct/union/enum never completed.</summary>
    Incomplete,
    /// <summary>A record or enum whose definition had errors, already reported: users stay silent.</summary>
    Invalid,
    /// <summary>Larger than the 256 MiB the model's int bit offsets can describe.</summary>
    TooLarge,
}
