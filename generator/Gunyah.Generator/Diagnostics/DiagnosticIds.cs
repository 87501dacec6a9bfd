namespace Gunyah.Generator.Diagnostics;

/// <summary>Stable diagnostic ids. Never renumber: users suppress them by id.</summary>
public static class DiagnosticIds
{
    /// <summary>A C construct outside the supported subset; the declaration using it is skipped.</summary>
    public const string UnsupportedConstruct = "GHGEN001";

    /// <summary>An identifier in a constant expression that names no macro, enumerator or type.</summary>
    public const string UnknownIdentifier = "GHGEN002";

    /// <summary>A constant expression that cannot be evaluated (division by zero, bad operand, not constant).</summary>
    public const string BadExpression = "GHGEN003";

    /// <summary>An <c>#include</c> that no include directory (and no built-in header) satisfies.</summary>
    public const string UnresolvedInclude = "GHGEN004";

    /// <summary>An <c>#error</c> directive in an active region.</summary>
    public const string ErrorDirective = "GHGEN005";

    /// <summary>Malformed C syntax in a declaration or directive.</summary>
    public const string SyntaxError = "GHGEN006";

    /// <summary>A malformed macro definition or invocation (argument count, unterminated call, bad ## or #).</summary>
    public const string MacroError = "GHGEN007";

    /// <summary>The header named by a GunyahUapiHeader item is not among the compilation's additional files.</summary>
    public const string HeaderNotFound = "GHGEN008";

    /// <summary>The generator failed unexpectedly; reported instead of throwing into the compiler.</summary>
    public const string InternalError = "GHGEN009";

    /// <summary>A malformed line in an fd map file.</summary>
    public const string FdMapError = "GHGEN010";

    /// <summary>A type name (typedef, struct, union or enum tag) that is not declared or is incomplete where a size is needed.</summary>
    public const string UnknownType = "GHGEN011";

    /// <summary>A macro or type redefined incompatibly; the later definition wins.</summary>
    public const string Redefinition = "GHGEN012";

    /// <summary>A function declaration or definition; skipped, as bindings only cover data.</summary>
    public const string SkippedFunction = "GHGEN013";

    /// <summary>An ioctl no fd map line assigns to an fd kind; it gets no typed client method.</summary>
    public const string IoctlWithoutFdKind = "GHGEN014";

    /// <summary>Two C names map to the same C# name; the later one is renamed.</summary>
    public const string NameCollision = "GHGEN015";

    /// <summary>A <c>#warning</c> directive in an active region.</summary>
    public const string WarningDirective = "GHGEN016";

    /// <summary>A message annotation whose id argument is not an integer constant that fits 32 bits.</summary>
    public const string MessageIdNotConstant = "GHGEN017";

    /// <summary>A message payload type that is not <c>void</c> or a packed struct of supported members.</summary>
    public const string UnsupportedPayload = "GHGEN018";

    /// <summary>A counted list whose first member is not an integer count, or whose entries are not fixed-size records or integers.</summary>
    public const string InvalidCountedList = "GHGEN019";

    /// <summary>A flexible array in a payload that is not last, or not where a list or raw tail may be.</summary>
    public const string MisplacedFlexibleArray = "GHGEN020";

    /// <summary>Two messages with the same id; the later one is dropped.</summary>
    public const string DuplicateMessageId = "GHGEN021";

    /// <summary>A message metadata value of the GunyahUapiHeader item that is not valid; its default is used.</summary>
    public const string InvalidMessageOption = "GHGEN022";
}
