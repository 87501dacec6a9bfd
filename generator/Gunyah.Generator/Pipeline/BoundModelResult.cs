using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>The model with fd kinds assigned to its ioctls, and the pipeline diagnostics so far.</summary>
internal sealed record BoundModelResult(HeaderModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
