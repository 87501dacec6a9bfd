using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd;

/// <summary>The front-end's entry point: header text in, equatable model out.</summary>
public static class HeaderCompiler
{
    /// <summary>
    /// Preprocesses, parses and lays out <see cref="HeaderRequest.RootPath"/>. Never throws (except
    /// <see cref="OperationCanceledException"/>): every problem becomes a diagnostic in the model.
    /// </summary>
    public static HeaderModel Compile(HeaderRequest request, IHeaderFileProvider files, CancellationToken cancellationToken)
        => throw new NotImplementedException("contract placeholder: implemented by the parser work item");
}
