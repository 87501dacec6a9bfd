using System.Collections.Immutable;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Preprocessing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

/// <summary>Runs the preprocessor over in-memory headers and renders its output for comparison.</summary>
internal sealed class PreprocessorHarness
{
    public const string RootPath = "/src/root.h";

    /// <summary>Diagnostics that mean the headers were not understood.</summary>
    public static readonly string[] ErrorIds = { "GHGEN004", "GHGEN005", "GHGEN006", "GHGEN007", "GHGEN008", "GHGEN009" };

    private PreprocessorHarness(PreprocessorResult result, List<DiagnosticInfo> diagnostics)
    {
        Result = result;
        Diagnostics = diagnostics;
    }

    public PreprocessorResult Result { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    public IReadOnlyList<Token> Tokens => Result.Tokens;

    public MacroTable Macros => Result.Macros;

    /// <summary>The output tokens separated by single spaces.</summary>
    public string Text => Render(Result.Tokens);

    public IEnumerable<DiagnosticInfo> Errors => Diagnostics.Where(d => ErrorIds.Contains(d.Id));

    public static PreprocessorHarness Run(
        string rootText,
        InMemoryHeaderFiles? files = null,
        IEnumerable<string>? defines = null,
        IEnumerable<string>? includeDirectories = null,
        string rootPath = RootPath)
    {
        files ??= new InMemoryHeaderFiles();
        files.Add(rootPath, rootText);
        return Run(files, rootPath, defines, includeDirectories);
    }

    public static PreprocessorHarness Run(IHeaderFileProvider files, string rootPath, IEnumerable<string>? defines, IEnumerable<string>? includeDirectories)
    {
        var request = new HeaderRequest(
            rootPath,
            "Test.Bindings",
            (includeDirectories ?? new[] { "/inc" }).ToImmutableArray().ToEquatableArray(),
            (defines ?? Array.Empty<string>()).ToEquatableArray(),
            "_IOC",
            false,
            null);
        var diagnostics = new List<DiagnosticInfo>();
        var result = new Preprocessor(files, request, diagnostics, CancellationToken.None).Run();
        return new PreprocessorHarness(result, diagnostics);
    }

    public static string Render(IEnumerable<Token> tokens) => string.Join(" ", tokens.Select(t => t.Text));

    /// <summary>Re-tokenizes C text (e.g. what gcc -E printed) so spacing differences do not matter.</summary>
    public static string Normalize(string text) => Render(Lexer.Tokenize(text, "expected", new List<DiagnosticInfo>()));

    public void AssertOutput(string expected)
    {
        Assert.Equal(Normalize(expected), Text);
    }

    public void AssertNoErrors()
    {
        Assert.True(!Errors.Any(), string.Join("\n", Errors));
    }
}
