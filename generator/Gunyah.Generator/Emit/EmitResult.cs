using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>What the emitters produce for one header: the files and the diagnostics raised while naming and
/// laying out members (collisions, bitfields that cannot be expressed).</summary>
internal sealed record EmitResult(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
