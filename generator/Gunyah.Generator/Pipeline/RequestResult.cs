using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>A root item turned into a <see cref="HeaderRequest"/>, plus problems found in its metadata.</summary>
internal sealed record RequestResult(HeaderRequest Request, EquatableArray<DiagnosticInfo> Diagnostics);
