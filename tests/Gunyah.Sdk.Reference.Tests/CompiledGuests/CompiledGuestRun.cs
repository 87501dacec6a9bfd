using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Tests.Engine;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// A C guest run to completion on the reference machine of one generation, through the typed SDK: compiled for the
/// address <see cref="GuestVm"/> boots it at, its device served until the vCPU exits otherwise.
/// </summary>
internal sealed record CompiledGuestRun(
    string Console,
    IReadOnlyDictionary<int, ulong> Reports,
    VcpuExitReason ExitReason,
    VmStatus Status,
    ushort ExitType,
    ushort ExitCode,
    long Instructions,
    long UndefinedInstructions,
    string EngineState)
{
    public static async Task<CompiledGuestRun> RunAsync(string generation, ulong[] inputs, params string[] sources)
    {
        A64VcpuEngine? engine = null;
        await using var host = ReferenceHost.Start(
            AbiProfiles.Find(generation) ?? throw new ArgumentException($"No generation {generation}.", nameof(generation)),
            (_, index) => engine = new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, address => CompiledGuestBuilder.Build(address, sources).ForGuestVm());
        var device = new CompiledGuestDevice(inputs);
        var exit = device.Serve(machine.Vcpu);
        var cpu = (engine ?? throw new InvalidOperationException("The VM made no vCPU engine.")).Cpu;
        var state = $"PC {cpu.Pc:X}, last undefined {cpu.LastUndefined:X8}, ESR {cpu.EsrEl1:X}, ELR {cpu.ElrEl1:X}, FAR {cpu.Far:X}";
        return exit.Reason == VcpuExitReason.Status
            ? new(device.Console, device.Reports, exit.Reason, exit.Status.Status, exit.Status.ExitType,
                BinaryPrimitives.ReadUInt16LittleEndian(exit.Status.Reason[2..]), cpu.Instructions, cpu.UndefinedInstructions, state)
            : new(device.Console, device.Reports, exit.Reason, default, 0, 0, cpu.Instructions, cpu.UndefinedInstructions, state);
    }
}
