namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Something a case made the generator do that it must never do. <see cref="Signature"/> groups failures
/// with one cause (exception type and throwing method, diagnostic id…) so a report shows each bug once.
/// </summary>
internal sealed record FuzzFailure(string Signature, string Detail, FuzzCase Case);
