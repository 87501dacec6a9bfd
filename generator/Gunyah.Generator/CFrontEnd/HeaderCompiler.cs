using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
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
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            return new HeaderCompilation(request, files, diagnostics, cancellationToken).Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A bug in the front-end must not take the compiler down: report it with what was found so far.
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.InternalError,
                $"the header front-end failed unexpectedly: {exception.GetType().Name}: {exception.Message}",
                new LocationInfo(request.RootPath, 1, 1)));
            return new HeaderModel(
                request,
                EquatableArray<StructModel>.Empty,
                EquatableArray<EnumModel>.Empty,
                EquatableArray<ConstantModel>.Empty,
                EquatableArray<IoctlModel>.Empty,
                DiagnosticOrdering.SortAndDeduplicate(diagnostics));
        }
    }
}
