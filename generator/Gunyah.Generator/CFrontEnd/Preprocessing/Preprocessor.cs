using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>C preprocessor for kernel-UAPI-style headers.</summary>
public sealed class Preprocessor
{
    public Preprocessor(IHeaderFileProvider files, HeaderRequest request, ICollection<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
    }

    /// <summary>Preprocesses <see cref="HeaderRequest.RootPath"/>.</summary>
    public PreprocessorResult Run()
        => throw new NotImplementedException("contract placeholder: implemented by the preprocessor work item");
}
