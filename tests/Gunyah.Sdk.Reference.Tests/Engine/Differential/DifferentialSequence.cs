namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>One random instruction sequence and the state it starts from.</summary>
internal sealed record DifferentialSequence(int Index, uint[] Words, MachineState Initial);
