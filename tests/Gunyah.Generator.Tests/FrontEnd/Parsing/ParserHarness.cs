using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Parsing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Parsing;

/// <summary>Parses directive-free C (lexed, not preprocessed) with the built-in typedefs declared.</summary>
internal sealed class ParserHarness
{
    public const string FilePath = "/inc/test.h";

    private ParserHarness(DeclarationScope scope, List<DiagnosticInfo> diagnostics)
    {
        Scope = scope;
        Diagnostics = diagnostics;
    }

    public DeclarationScope Scope { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Diagnostics other than the informational skipped-function notes.</summary>
    public List<DiagnosticInfo> Problems => Diagnostics.Where(d => d.Id != DiagnosticIds.SkippedFunction).ToList();

    public static ParserHarness Parse(string source)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var tokens = Lexer.Tokenize(source, FilePath, diagnostics);
        var scope = new DeclarationScope();
        BuiltinTypedefs.DeclareAll(scope);
        new DeclarationParser(scope, diagnostics, FilePath).ParseTranslationUnit(tokens, CancellationToken.None);
        return new ParserHarness(scope, diagnostics);
    }

    public RecordDecl Record(string tag)
    {
        Assert.True(Scope.TryGetTag(tag, out var type), $"tag '{tag}' not declared");
        return Assert.IsType<RecordDecl>(type);
    }

    public EnumDecl Enum(string tag)
    {
        Assert.True(Scope.TryGetTag(tag, out var type), $"tag '{tag}' not declared");
        return Assert.IsType<EnumDecl>(type);
    }

    public TypedefType Typedef(string name)
    {
        Assert.True(Scope.TryGetTypedef(name, out var typedef), $"typedef '{name}' not declared");
        return typedef;
    }

    /// <summary>The bit offset of a dotted member path (anonymous members looked through), as gcc would place it.</summary>
    public static long BitOffset(RecordDecl record, string path)
    {
        long total = 0;
        CType current = record;
        foreach (var name in path.Split('.'))
        {
            var currentRecord = Assert.IsType<RecordDecl>(current.Resolve());
            Assert.True(MemberOffsetResolver.TryFindMember(currentRecord, name, out var bits, out var member), $"no member '{name}'");
            total += bits;
            current = member.Type;
        }

        return total;
    }

    /// <summary>"file(line,col): id" for compact assertions.</summary>
    public static string Describe(DiagnosticInfo diagnostic) =>
        $"{diagnostic.Location?.Line},{diagnostic.Location?.Column}:{diagnostic.Id}";
}
