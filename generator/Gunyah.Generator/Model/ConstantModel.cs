namespace Gunyah.Generator.Model;

/// <summary>
/// An object-like macro whose body is an integer constant expression or a string literal, or an enumerator
/// of an anonymous enum. Macros that are ioctl request numbers are <see cref="IoctlModel"/>s instead.
/// </summary>
/// <param name="Name">The macro or enumerator name.</param>
/// <param name="Kind">Integer or string.</param>
/// <param name="IntegerType">For integers: the C type of the expression (Int, UInt, Long, ULong, LongLong, ULongLong).</param>
/// <param name="Bits">For integers: the value's 64-bit two's-complement bit pattern.</param>
/// <param name="StringValue">For strings: the decoded literal.</param>
/// <param name="CExpression">The macro body as written (for docs); the enumerator's value for anonymous enums.</param>
/// <param name="IsFromRootHeader">Defined in the root header.</param>
/// <param name="Doc">The header comment attached to the definition.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record ConstantModel(
    string Name,
    ConstantKind Kind,
    PrimitiveKind IntegerType,
    ulong Bits,
    string? StringValue,
    string CExpression,
    bool IsFromRootHeader,
    string? Doc,
    LocationInfo Location);
