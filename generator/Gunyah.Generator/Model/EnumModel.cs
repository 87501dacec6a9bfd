namespace Gunyah.Generator.Model;

/// <summary>
/// A tagged or typedef'd C enum. Anonymous enums (no tag, no typedef) are not listed here: their
/// enumerators become <see cref="ConstantModel"/>s of type int.
/// </summary>
/// <param name="Key">The tag, else the typedef name.</param>
/// <param name="Tag">The enum tag, if any.</param>
/// <param name="TypedefName">A typedef naming this enum, if any.</param>
/// <param name="UnderlyingType">What gcc picks: UInt when all values fit and none is negative, Int when some
/// are negative and all fit, else Long/ULong (the GNU extension).</param>
/// <param name="Members">Enumerators in declaration order.</param>
/// <param name="IsFromRootHeader">Declared in the root header.</param>
/// <param name="Doc">The header comment attached to the declaration.</param>
/// <param name="Location">Where the enum is declared.</param>
public sealed record EnumModel(
    string Key,
    string? Tag,
    string? TypedefName,
    PrimitiveKind UnderlyingType,
    EquatableArray<EnumMemberModel> Members,
    bool IsFromRootHeader,
    string? Doc,
    LocationInfo Location);
