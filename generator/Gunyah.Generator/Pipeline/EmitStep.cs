using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// The last step before output: emits sources for a bound model and gathers every diagnostic of the root
/// (pipeline, front-end, emitter) so one output callback reports them.
/// </summary>
internal static class EmitStep
{
    public static EmitResult Run(BoundModelResult bound)
    {
        if (bound.Model is null)
        {
            return new EmitResult(EquatableArray<GeneratedSource>.Empty, bound.Diagnostics);
        }

        try
        {
            var emitted = BindingsEmitter.EmitWithDiagnostics(bound.Model);
            var diagnostics = bound.Diagnostics.Concat(bound.Model.Diagnostics).Concat(emitted.Diagnostics).ToEquatableArray();
            return new EmitResult(emitted.Sources, diagnostics);
        }
        catch (Exception exception) when (StepFailure.IsFailure(exception))
        {
            var failure = StepFailure.InternalError(TrackingNames.Emitted, exception, bound.Model.Request.RootPath);
            return new EmitResult(
                EquatableArray<GeneratedSource>.Empty,
                bound.Diagnostics.Concat(bound.Model.Diagnostics).Append(failure).ToEquatableArray());
        }
    }
}
