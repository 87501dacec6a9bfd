using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Oracle.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Runs one fuzz case through <see cref="HeaderCompiler.Compile"/> and the emitter and lists what went
/// wrong: an escaping exception, an internal-error diagnostic, a diagnostic that points nowhere real, or
/// emitted C# that does not even parse.
/// </summary>
internal static class FrontEndCaseChecker
{
    private static readonly string[] DiskRoots = [RepoPaths.CommonHeaders, "/usr/include"];

    public static List<FuzzFailure> Check(FuzzCase fuzzCase, BindingsEmission.Emit? emit, CancellationToken cancellationToken)
    {
        var failures = new List<FuzzFailure>();
        var files = new MemoryHeaderFileProvider(new Dictionary<string, string> { [FuzzCase.RootPath] = fuzzCase.RootText }, DiskRoots);
        HeaderModel model;
        try
        {
            model = HeaderCompiler.Compile(Request(fuzzCase.Index), files, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            failures.Add(new(ExceptionSignature("Compile", e), e.ToString(), fuzzCase));
            return failures;
        }

        foreach (var diagnostic in model.Diagnostics)
        {
            if (LocationProblem(diagnostic, files) is { } problem)
            {
                failures.Add(new(problem + " (" + diagnostic.Id + ")", Describe(diagnostic), fuzzCase));
            }

            if (diagnostic.Id == DiagnosticIds.InternalError)
            {
                failures.Add(new("internal error: " + FirstLine(diagnostic.Message), Describe(diagnostic), fuzzCase));
            }
        }

        if (emit is not null)
        {
            CheckEmission(fuzzCase, model, emit, failures);
        }

        return failures;
    }

    /// <summary>The request for case <paramref name="index"/>. Every eighth case also searches the system
    /// include directories (real &lt;linux/types.h&gt;, &lt;asm/kvm.h&gt;…); the rest rely on the front-end's
    /// built-in types, which keeps cases fast (re-reading system headers dominated the run).</summary>
    public static HeaderRequest Request(int index) => new(
        FuzzCase.RootPath,
        "Fuzz.Bindings",
        (index % 8 == 0
            ? new[] { FuzzCase.VirtualDirectory, RepoPaths.CommonHeaders, HostPlatform.MultiarchIncludeDirectory, "/usr/include" }
            : new[] { FuzzCase.VirtualDirectory, RepoPaths.CommonHeaders }).ToEquatableArray(),
        new[] { HostPlatform.ArchitectureDefine }.ToEquatableArray(),
        "_IOC",
        EmitAllDeclarations: index % 2 == 1,
        FdMapPath: null);

    private static void CheckEmission(FuzzCase fuzzCase, HeaderModel model, BindingsEmission.Emit emit, List<FuzzFailure> failures)
    {
        IReadOnlyList<(string HintName, string Text)> sources;
        try
        {
            sources = emit(model);
        }
        catch (Exception e)
        {
            failures.Add(new(ExceptionSignature("Emit", e), e.ToString(), fuzzCase));
            return;
        }

        // Parsing is cheap enough for every case; unescaped names or doc text would show up here.
        foreach (var (hintName, text) in sources)
        {
            var errors = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest))
                .GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToList();
            if (errors.Count > 0)
            {
                failures.Add(new("emitted C# does not parse: " + errors[0].Id, hintName + ": " + string.Join('\n', errors.Take(5)), fuzzCase));
            }
        }
    }

    private static string? LocationProblem(DiagnosticInfo diagnostic, MemoryHeaderFileProvider files)
    {
        if (diagnostic.Location is not { } location)
        {
            return "diagnostic without a location";
        }

        if (!files.Served.TryGetValue(location.File, out var text))
        {
            return "diagnostic located in a file never read";
        }

        var lineCount = LineCount(text);
        if (location.Line < 1 || location.Line > lineCount || location.Column < 1)
        {
            return "diagnostic line/column outside its file";
        }

        return null;
    }

    /// <summary>Lines as C compilers and Roslyn count them: "\r\n", a lone '\r' and '\n' each end one.</summary>
    private static int LineCount(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    private static string Describe(DiagnosticInfo diagnostic) => $"{diagnostic.Location} {diagnostic.Id}: {diagnostic.Message}";

    /// <summary>The exception type and the first method of ours it passed through: one bug, one signature.</summary>
    private static string ExceptionSignature(string stage, Exception e)
    {
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Gunyah.Generator.", StringComparison.Ordinal)) ?? "?";
        var at = frame.IndexOf(" in ", StringComparison.Ordinal);
        return $"{stage} threw {e.GetType().Name} {(at > 0 ? frame[..at] : frame)}";
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\n', '\r']);
        var line = end < 0 ? message : message[..end];
        return line.Length > 120 ? line[..120] : line;
    }
}
