using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>
/// Type-names for the expression parser (casts, sizeof, _Alignof, offsetof). The expression parser hands over its
/// own reader, which may not be the one being parsed (macro bodies are evaluated after the header), so the parser
/// works on it for the duration of the call.
/// </summary>
internal sealed partial class DeclarationParser
{
    public bool StartsTypeName(TokenReader reader)
    {
        var token = reader.Current;
        return token.Kind == TokenKind.Identifier
            && !StorageClasses.Contains(token.Text)
            && !token.Is("inline") && !token.Is("__inline") && !token.Is("__inline__") && !token.Is("_Noreturn")
            && StartsSpecifier(token);
    }

    public CTypeSyntax? ParseTypeName(TokenReader reader)
    {
        var saved = this.reader;
        this.reader = reader;
        var start = reader.Position;
        var location = reader.Current.Location;
        try
        {
            var type = ParseTypeNameCore();
            var written = new List<Token>();
            for (var i = start; i < reader.Position; i++)
            {
                written.Add(reader.Peek(i - reader.Position));
            }

            return new TypeNameSyntax(type, location, TokenText.Join(written));
        }
        catch (ParseAbortException)
        {
            return null;
        }
        finally
        {
            this.reader = saved;
        }
    }

    private CType ParseTypeNameCore()
    {
        var specifiers = ParseSpecifiers(SpecifierContext.TypeName);
        return ParseDeclarator(specifiers.Type, DeclaratorMode.Abstract).Type;
    }
}
