using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>C preprocessor for kernel-UAPI-style headers.</summary>
public sealed class Preprocessor
{
    private readonly IHeaderFileProvider files;
    private readonly HeaderRequest request;
    private readonly ICollection<DiagnosticInfo> diagnostics;
    private readonly CancellationToken cancellationToken;

    public Preprocessor(IHeaderFileProvider files, HeaderRequest request, ICollection<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        this.files = files;
        this.request = request;
        this.diagnostics = diagnostics;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Preprocesses <see cref="HeaderRequest.RootPath"/>.</summary>
    public PreprocessorResult Run()
    {
        var macros = new MacroTable();
        var output = new List<Token>();
        try
        {
            var rootPath = HeaderPath.Normalize(request.RootPath);
            var resolver = new IncludeResolver(files, request.IncludeDirectories);
            var reader = new TranslationUnitReader(resolver, rootPath, macros, diagnostics, cancellationToken);
            reader.RunDirectives(PredefinedMacros.BuiltinFile, PredefinedMacros.BuiltinText());
            reader.RunDirectives(PredefinedMacros.CommandLineFile, PredefinedMacros.CommandLineText(request.Defines));
            if (!resolver.TryRead(rootPath, out var text))
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.HeaderNotFound, $"header '{rootPath}' could not be read", null));
                return new PreprocessorResult(output, macros);
            }

            reader.PushFile(rootPath, text, -1);
            var expander = new MacroExpander(reader.MainContext, reader);
            while (expander.TryNext(out var token))
            {
                output.Add(token.Token);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never throw into the compiler: a bug here becomes a diagnostic and a partial result.
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InternalError, $"preprocessor failed: {exception.GetType().Name}: {exception.Message}", null));
        }

        return new PreprocessorResult(output, macros);
    }
}
