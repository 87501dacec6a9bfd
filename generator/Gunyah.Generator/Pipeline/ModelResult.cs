using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// The model step's output for one root: the front-end's model (null when the header is missing or the step
/// failed) and the pipeline's own diagnostics so far. The model's <see cref="HeaderModel.Diagnostics"/> are
/// separate and reported by the final step.
/// </summary>
internal sealed record ModelResult(HeaderRequest Request, HeaderModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
