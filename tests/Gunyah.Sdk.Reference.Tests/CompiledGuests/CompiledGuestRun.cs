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
    public static Task<CompiledGuestRun> RunAsync(string generation, ulong[] inputs, params string[] sources) =>
        RunAsync(generation, inputs, 1, sources);

    /// <summary>A run with <paramref name="vcpus"/> vCPUs, each on its own host thread: vCPU 0 is served the device;
    /// the others (started by the guest with CPU_ON) must make no MMIO access and run until the VM's STATUS exit.
    /// Instructions and undefined ones are summed over the vCPUs.</summary>
    public static async Task<CompiledGuestRun> RunAsync(string generation, ulong[] inputs, int vcpus, params string[] sources)
    {
        var engines = new A64VcpuEngine?[vcpus];
        await using var host = ReferenceHost.Start(
            AbiProfiles.Find(generation) ?? throw new ArgumentException($"No generation {generation}.", nameof(generation)),
            (_, index) => engines[index] = new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, address => CompiledGuestBuilder.Build(address, sources).ForGuestVm(), vcpus);
        var secondaries = machine.Vcpus.Skip(1).Select(vcpu => Task.Factory.StartNew(() => RunSecondary(vcpu), TaskCreationOptions.LongRunning)).ToArray();
        var device = new CompiledGuestDevice(inputs);
        var exit = device.Serve(machine.Vcpu);
        if (!Task.WaitAll(secondaries, TimeSpan.FromSeconds(60)))
            throw new TimeoutException("A secondary vCPU did not see the VM's STATUS exit.");
        var engine = engines[0] ?? throw new InvalidOperationException("The VM made no vCPU engine.");
        var cpu = engine.Cpu;
        var instructions = engines.Sum(e => e?.Cpu.Instructions ?? 0);
        var undefined = engines.Sum(e => e?.Cpu.UndefinedInstructions ?? 0);
        var state = $"PC {cpu.Pc:X}, last undefined {cpu.LastUndefined:X8}, ESR {cpu.EsrEl1:X}, ELR {cpu.ElrEl1:X}, FAR {cpu.Far:X}";
        return exit.Reason == VcpuExitReason.Status
            ? new(device.Console, device.Reports, exit.Reason, exit.Status.Status, exit.Status.ExitType,
                BinaryPrimitives.ReadUInt16LittleEndian(exit.Status.Reason[2..]), instructions, undefined, state)
            : new(device.Console, device.Reports, exit.Reason, default, 0, 0, instructions, undefined, state);
    }

    private static void RunSecondary(GunyahVcpu vcpu)
    {
        VcpuExit exit;
        while ((exit = vcpu.Run()).Reason != VcpuExitReason.Status)
        {
            if (exit.Reason == VcpuExitReason.Mmio)
                throw new InvalidOperationException($"vCPU {vcpu.Id} made an MMIO access at 0x{exit.Mmio.Address:X}; only vCPU 0 has the device.");
        }
    }
}
