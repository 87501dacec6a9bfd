using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Gunyah.Generator.Diagnostics;

/// <summary>
/// The <see cref="DiagnosticDescriptor"/> for every <see cref="DiagnosticIds"/> id. Messages are formatted
/// upstream (a <see cref="Model.DiagnosticInfo"/> carries the final text), so every descriptor's message
/// format is just "{0}". Each links to its section of docs/generator.md.
/// </summary>
internal static class DiagnosticCatalog
{
    public const string Category = "GunyahUapi";

    /// <summary>Where the catalogue is documented; ids are anchors (<c>#ghgen001</c>).</summary>
    public const string HelpLinkBase = "docs/generator.md";

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(DiagnosticIds.UnsupportedConstruct, "Unsupported C construct", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnknownIdentifier = Create(DiagnosticIds.UnknownIdentifier, "Unknown identifier in constant expression", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor BadExpression = Create(DiagnosticIds.BadExpression, "Constant expression cannot be evaluated", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnresolvedInclude = Create(DiagnosticIds.UnresolvedInclude, "Unresolved #include", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ErrorDirective = Create(DiagnosticIds.ErrorDirective, "#error directive", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SyntaxError = Create(DiagnosticIds.SyntaxError, "C syntax error", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MacroError = Create(DiagnosticIds.MacroError, "Malformed macro definition or invocation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor HeaderNotFound = Create(DiagnosticIds.HeaderNotFound, "Header not found", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InternalError = Create(DiagnosticIds.InternalError, "Internal generator error", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FdMapError = Create(DiagnosticIds.FdMapError, "Malformed fd map", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnknownType = Create(DiagnosticIds.UnknownType, "Unknown or incomplete type", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Redefinition = Create(DiagnosticIds.Redefinition, "Incompatible redefinition", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor SkippedFunction = Create(DiagnosticIds.SkippedFunction, "Function declaration skipped", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor IoctlWithoutFdKind = Create(DiagnosticIds.IoctlWithoutFdKind, "Ioctl without fd kind", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NameCollision = Create(DiagnosticIds.NameCollision, "C# name collision", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor WarningDirective = Create(DiagnosticIds.WarningDirective, "#warning directive", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MessageIdNotConstant = Create(DiagnosticIds.MessageIdNotConstant, "Message id is not a constant", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnsupportedPayload = Create(DiagnosticIds.UnsupportedPayload, "Unsupported message payload type", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidCountedList = Create(DiagnosticIds.InvalidCountedList, "Invalid counted list", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MisplacedFlexibleArray = Create(DiagnosticIds.MisplacedFlexibleArray, "Misplaced flexible array in a payload", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateMessageId = Create(DiagnosticIds.DuplicateMessageId, "Duplicate message id", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidMessageOption = Create(DiagnosticIds.InvalidMessageOption, "Invalid message option", DiagnosticSeverity.Warning);

    public static readonly ImmutableArray<DiagnosticDescriptor> All =
    [
        UnsupportedConstruct, UnknownIdentifier, BadExpression, UnresolvedInclude, ErrorDirective, SyntaxError,
        MacroError, HeaderNotFound, InternalError, FdMapError, UnknownType, Redefinition, SkippedFunction,
        IoctlWithoutFdKind, NameCollision, WarningDirective, MessageIdNotConstant, UnsupportedPayload,
        InvalidCountedList, MisplacedFlexibleArray, DuplicateMessageId, InvalidMessageOption,
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor for <paramref name="id"/>; an id outside the catalogue (a front-end bug) is
    /// still reported, as an error, rather than lost.</summary>
    public static DiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : Create(id, "Gunyah generator diagnostic", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(
            id,
            title,
            messageFormat: "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "#" + id.ToLowerInvariant());
}
