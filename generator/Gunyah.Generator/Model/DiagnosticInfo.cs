namespace Gunyah.Generator.Model;

/// <summary>
/// A diagnostic as plain data (no Roslyn objects) so it can travel through cached pipeline steps.
/// <see cref="Id"/> is one of <see cref="Diagnostics.DiagnosticIds"/>; the message is already formatted.
/// </summary>
public sealed record DiagnosticInfo(string Id, string Message, LocationInfo? Location);
