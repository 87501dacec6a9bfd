using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Runs the front-end for one root over the header file set. A root whose text is not in the set is
/// <see cref="DiagnosticIds.HeaderNotFound"/>; a front-end that throws is <see cref="DiagnosticIds.InternalError"/>.
/// </summary>
internal static class ModelStep
{
    public static ModelResult Run(RequestResult request, HeaderFileSet files, HeaderCompile compile, CancellationToken cancellationToken)
    {
        var root = request.Request.RootPath;
        if (request.Diagnostics.Any(d => d.Id == DiagnosticIds.InternalError))
        {
            return new ModelResult(request.Request, null, request.Diagnostics);
        }

        if (!files.Contains(root))
        {
            var missing = new DiagnosticInfo(
                DiagnosticIds.HeaderNotFound,
                $"The root header '{root}' is not among the compilation's additional files (does the file exist, and is it a GunyahUapiHeader item?)",
                null);
            return new ModelResult(request.Request, null, Append(request.Diagnostics, missing));
        }

        try
        {
            var model = compile(request.Request, files, cancellationToken);
            return new ModelResult(request.Request, model, request.Diagnostics);
        }
        catch (Exception exception) when (StepFailure.IsFailure(exception))
        {
            return new ModelResult(request.Request, null, Append(request.Diagnostics, StepFailure.InternalError(TrackingNames.Models, exception, root)));
        }
    }

    public static EquatableArray<DiagnosticInfo> Append(EquatableArray<DiagnosticInfo> diagnostics, params DiagnosticInfo[] more) =>
        diagnostics.Concat(more).ToEquatableArray();
}
