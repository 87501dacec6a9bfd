using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Parsing;
using Gunyah.Generator.CFrontEnd.Preprocessing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Object-like macros that are constants: a string literal sequence, or an integer constant expression. Anything
/// else (type names, attributes, keywords, expressions needing unknown names) is silently not a constant.
/// </summary>
internal sealed class ConstantModelBuilder
{
    private readonly DeclarationParser silentTypeNames;
    private readonly KnownMacroValues context;

    public ConstantModelBuilder(DeclarationScope scope, string rootPath)
    {
        // Type-names in an expansion see the known values too: sizeof(char[N]) with N left unexpanded.
        context = new KnownMacroValues(new ScopeConstantContext(scope));
        silentTypeNames = new DeclarationParser(scope, new List<DiagnosticInfo>(), rootPath, context);
    }

    /// <summary>Macros whose values are known: callers expand later macros with these left unexpanded.</summary>
    public IReadOnlyCollection<string> KnownMacros => context.Names;

    public ConstantModel? TryBuild(MacroDefinition definition, IReadOnlyList<Token> expansion)
    {
        var ignored = new List<DiagnosticInfo>();
        var body = TokenText.Join(definition.Body);
        if (!MacroExpressions.TryParse(expansion, silentTypeNames, ignored, out var expression))
        {
            return null;
        }

        if (expression is StringLiteralExpr literal)
        {
            return expansion.All(t => t.Kind == TokenKind.StringLiteral)
                ? new ConstantModel(definition.Name, ConstantKind.String, PrimitiveKind.Int, 0, literal.Value, body, definition.IsFromRootHeader, definition.Doc, definition.Location)
                : null;
        }

        if (!ConstantEvaluator.TryEvaluate(expression, context, ignored, out var value))
        {
            return null;
        }

        if (KnownMacroValues.IsSelfDelimiting(expansion))
        {
            context.Remember(definition.Name, value);
        }

        return new ConstantModel(definition.Name, ConstantKind.Integer, value.Type, value.Bits, null, body, definition.IsFromRootHeader, definition.Doc, definition.Location);
    }
}
