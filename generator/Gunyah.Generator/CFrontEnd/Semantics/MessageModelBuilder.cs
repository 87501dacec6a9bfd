using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Parsing;
using Gunyah.Generator.CFrontEnd.Preprocessing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Object-like macros whose expansion invokes a message annotation macro: <c>CALL(id, request, reply)</c> or
/// <c>NOTIFICATION(id, payload)</c>. The id is the first argument, evaluated; the payload types are the other
/// arguments read as C type-names (<c>void</c> for none). Such a macro is a message, never a constant. Payload
/// shapes are checked later (<see cref="Messages.MessageValidation"/>), once the records have models.
/// </summary>
internal sealed class MessageModelBuilder
{
    private readonly DeclarationParser silentParser;
    private readonly TypeRefBuilder types;
    private readonly string? callMacro;
    private readonly string? notificationMacro;

    public MessageModelBuilder(DeclarationScope scope, TypeRefBuilder types, HeaderRequest request)
    {
        silentParser = new DeclarationParser(scope, new List<DiagnosticInfo>(), request.RootPath);
        this.types = types;
        callMacro = request.MessageCallMacro;
        notificationMacro = request.MessageNotificationMacro;
        WatchedMacros = new[] { callMacro, notificationMacro }.Where(n => n is not null).Select(n => n!).ToList();
    }

    /// <summary>The configured annotation macros, for the expansion to record.</summary>
    public IReadOnlyList<string> WatchedMacros { get; }

    /// <summary>The payload types named by the last message built, so the caller can select their records.</summary>
    public List<CType> LastPayloadTypes { get; } = new();

    /// <summary>The first invocation of an annotation macro in <paramref name="expansion"/>, if any.</summary>
    public MacroInvocation? FindAnnotation(MacroExpansion expansion)
    {
        foreach (var invocation in expansion.Invocations)
        {
            if (invocation.MacroName == callMacro || invocation.MacroName == notificationMacro)
            {
                return invocation;
            }
        }

        return null;
    }

    /// <summary>Builds the message, or reports why it cannot and returns null.</summary>
    public MessageModel? TryBuild(MacroDefinition definition, MacroInvocation annotation, ICollection<DiagnosticInfo> diagnostics)
    {
        LastPayloadTypes.Clear();
        var kind = annotation.MacroName == callMacro ? MessageKind.Call : MessageKind.Notification;
        var expected = kind == MessageKind.Call ? 3 : 2;
        if (annotation.Arguments.Count != expected)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.MacroError,
                $"message '{definition.Name}': '{annotation.MacroName}' is invoked with {annotation.Arguments.Count} arguments, expected {expected} " +
                (kind == MessageKind.Call ? "(id, request, reply)" : "(id, payload)"),
                definition.Location));
            return null;
        }

        if (!TryEvaluateId(definition, annotation.Arguments[0], diagnostics, out var id))
        {
            return null;
        }

        if (!TryReadPayloadType(definition, annotation.Arguments[1], diagnostics, out var request))
        {
            return null;
        }

        TypeRef? reply = null;
        if (kind == MessageKind.Call && !TryReadPayloadType(definition, annotation.Arguments[2], diagnostics, out reply))
        {
            return null;
        }

        return new MessageModel(
            definition.Name,
            kind,
            id,
            IdMacroName(definition),
            request,
            reply,
            definition.IsFromRootHeader,
            definition.Doc,
            definition.Location);
    }

    private bool TryEvaluateId(MacroDefinition definition, IReadOnlyList<Token> argument, ICollection<DiagnosticInfo> diagnostics, out uint id)
    {
        id = 0;
        var errors = new List<DiagnosticInfo>();
        if (!MacroExpressions.TryEvaluate(argument, silentParser, silentParser.Constants, errors, out _, out var value))
        {
            var reason = errors.Count > 0 ? ": " + errors[0].Message : string.Empty;
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.MessageIdNotConstant,
                $"message '{definition.Name}': the id '{TokenText.Join(argument)}' is not an integer constant{reason}",
                definition.Location));
            return false;
        }

        if (value.Bits > uint.MaxValue || (value.IsSigned && value.AsInt64 < 0))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.MessageIdNotConstant,
                $"message '{definition.Name}': the id {value.AsInt64} does not fit an unsigned 32-bit message id",
                definition.Location));
            return false;
        }

        id = unchecked((uint)value.Bits);
        return true;
    }

    /// <summary>A payload argument is a type-name; <c>void</c> means no payload (null).</summary>
    private bool TryReadPayloadType(MacroDefinition definition, IReadOnlyList<Token> argument, ICollection<DiagnosticInfo> diagnostics, out TypeRef? payload)
    {
        payload = null;
        var reader = new TokenReader(argument);
        var syntax = argument.Count > 0 && silentParser.StartsTypeName(reader) ? silentParser.ParseTypeName(reader) : null;
        if (syntax is not TypeNameSyntax typeName || !reader.AtEnd)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UnsupportedPayload,
                $"message '{definition.Name}': the payload argument '{TokenText.Join(argument)}' is not a type name",
                definition.Location));
            return false;
        }

        if (typeName.Type.Resolve() is PrimitiveType { Kind: PrimitiveKind.Void })
        {
            return true;
        }

        LastPayloadTypes.Add(typeName.Type);
        payload = types.Build(typeName.Type);
        return true;
    }

    /// <summary>The id argument's macro name as written in the definition (<c>CALL(GH_ID, ...)</c> → <c>GH_ID</c>).</summary>
    private static string? IdMacroName(MacroDefinition definition)
    {
        var body = definition.Body;
        return body.Count >= 4 && body[0].Kind == TokenKind.Identifier && body[1].Is("(")
            && body[2].Kind == TokenKind.Identifier && body[3].Is(",")
            ? body[2].Text
            : null;
    }
}
