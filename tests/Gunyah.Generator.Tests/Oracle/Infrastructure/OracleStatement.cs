namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// One line of the oracle's main(): the C code printing <paramref name="Keys"/>. Kept as a unit so a line gcc
/// rejects can be dropped and reported without losing every other fact.
/// </summary>
internal sealed record OracleStatement(IReadOnlyList<string> Keys, string Code);
