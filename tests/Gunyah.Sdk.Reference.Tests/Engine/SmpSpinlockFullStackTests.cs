using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// Several vCPUs, each run by its own host thread through the typed SDK, share one guest memory: vCPU 0 starts the
/// others with PSCI CPU_ON; every vCPU increments a plain counter under an LDAXR/STXR spinlock and an LSE counter
/// with STADDL, then powers off; vCPU 0 waits for them with AFFINITY_INFO and reports both counters over MMIO. A lost
/// update (a broken exclusive monitor, a torn atomic) shows as a count below vCPUs × iterations.
/// </summary>
public sealed class SmpSpinlockFullStackTests
{
    private const ulong Report = 0x9000_0000;
    private const int Iterations = 20000;

    private static byte[] Guest(int vcpus)
    {
        var asm = new A64Assembler();
        var worker = asm.NewLabel();
        var data = asm.NewLabel();
        var start = asm.NewLabel();
        asm.Bind(start).Mrs(X(19), A64SystemRegister.MpidrEl1).Ubfm(X(19), X(19), 0, 7) // X19 = this vCPU's Aff0.
            .Cbnz(X(19), worker);
        asm.Mov(X(20), 0);
        for (var i = 1; i < vcpus; i++)
        {
            asm.Mov(X(1), (ulong)i).Adr(X(2), start).Mov(X(3), (ulong)i).Mov(W(0), Psci.CpuOn).Hvc().Orr(X(20), X(20), X(0));
        }

        asm.Mov(X(1), 0).Adr(X(2), worker).Mov(X(3), 0).Mov(W(0), Psci.CpuOn).Hvc().MovRegister(X(21), X(0)); // Itself: ALREADY_ON.
        asm.Mov(X(1), 9).Adr(X(2), worker).Mov(X(3), 0).Mov(W(0), Psci.CpuOn).Hvc().MovRegister(X(22), X(0)); // No such vCPU.

        var loop = asm.NewLabel();
        var spin = asm.NewLabel();
        var waitOthers = asm.NewLabel();
        asm.Bind(worker)
            .Adr(X(10), data).AddImmediate(X(10), X(10), 7).LsrImmediate(X(10), X(10), 3).LslImmediate(X(10), X(10), 3) // 8-aligned.
            .AddImmediate(X(11), X(10), 8).AddImmediate(X(12), X(10), 16).Mov(X(13), Iterations).Mov(W(14), 1);
        asm.Bind(loop).Bind(spin)
            .LoadExclusive(W(2), X(10), acquire: true).Cbnz(W(2), spin).StoreExclusive(W(4), W(14), X(10)).Cbnz(W(4), spin)
            .Load(Access.Double, X(6), X(11)).AddImmediate(X(6), X(6), 1).Store(Access.Double, X(6), X(11)) // Under the lock.
            .StoreRelease(Wzr, X(10))
            .Atomic(AtomicOp.Add, Access.Double, X(14), Xzr, X(12), release: true) // STADDL: no lock needed.
            .SubsImmediate(X(13), X(13), 1).B(A64Condition.Ne, loop)
            .Cbz(X(19), waitOthers)
            .PsciCall(Psci.CpuOff).Udf();
        asm.Bind(waitOthers);
        for (var i = 1; i < vcpus; i++)
        {
            var wait = asm.NewLabel();
            asm.Bind(wait).Mov(X(1), (ulong)i).Mov(X(2), 0).Mov(W(0), Psci.AffinityInfo).Hvc().CmpImmediate(X(0), 1).B(A64Condition.Ne, wait);
        }

        asm.Mov(X(9), Report)
            .Load(Access.Double, X(6), X(11)).Store(Access.Double, X(6), X(9))
            .Load(Access.Double, X(6), X(12)).Store(Access.Double, X(6), X(9), 8)
            .Store(Access.Double, X(20), X(9), 16).Store(Access.Double, X(21), X(9), 24).Store(Access.Double, X(22), X(9), 32)
            .PsciCall(Psci.SystemOff).Udf();
        asm.Bind(data);
        for (var i = 0; i < 8; i++)
            asm.Word(0);
        return asm.Build();
    }

    [Theory]
    [InlineData("v17", 4)]
    [InlineData("android14-6.1", 3)]
    public async Task vCPUs_on_their_own_threads_count_under_a_spinlock_without_losing_an_update(string generation, int vcpus)
    {
        var engines = new A64VcpuEngine?[vcpus];
        await using var host = ReferenceHost.Start(AbiProfiles.Find(generation)!, (_, index) => engines[index] = new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, Guest(vcpus), vcpus);

        var reports = new ulong[5];
        var threads = machine.Vcpus.Select((vcpu, index) => Task.Factory.StartNew(() => RunToStatus(vcpu, index == 0 ? reports : null), TaskCreationOptions.LongRunning)).ToArray();
        try { await Task.WhenAll(threads).WaitAsync(TimeSpan.FromSeconds(15)); }
        catch (TimeoutException) { Assert.Fail(string.Join("; ", engines.Select(e => $"pc={e!.Cpu.Pc:X} n={e.Cpu.Instructions} x0={e.Cpu.GetX(0):X}")) + " states " + string.Join(",", threads.Select(t => t.Status))); }
        var finished = await Task.WhenAll(threads);

        Assert.All(finished, status => Assert.Equal((VmStatus.Exited, (ushort)GhRmVmExitType.PlatformOff), status));
        var expected = (ulong)(vcpus * Iterations);
        Assert.Equal(expected, reports[0]); // The spinlock's counter.
        Assert.Equal(expected, reports[1]); // The LSE counter.
        Assert.Equal(0UL, reports[2]); // Every CPU_ON succeeded.
        Assert.Equal(unchecked((ulong)-4L), reports[3]); // ALREADY_ON.
        Assert.Equal(unchecked((ulong)-2L), reports[4]); // INVALID_PARAMETERS.
        Assert.All(engines, e => Assert.Equal(0, e!.Cpu.UndefinedInstructions));
    }

    // Runs one vCPU until its STATUS exit, answering vCPU 0's report stores; the others make no MMIO access.
    private static (VmStatus, ushort) RunToStatus(GunyahVcpu vcpu, ulong[]? reports)
    {
        while (true)
        {
            var exit = vcpu.Run();
            if (exit.Reason == VcpuExitReason.Status)
                return (exit.Status.Status, exit.Status.ExitType);
            Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
            var mmio = exit.Mmio;
            Assert.NotNull(reports);
            Assert.True(mmio.IsWrite && mmio.Address >= Report && mmio.Address < Report + 40, $"unexpected MMIO at 0x{mmio.Address:X}");
            reports[(mmio.Address - Report) / 8] = mmio.Value;
        }
    }
}
