using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.Assembled;
using Gunyah.Sdk.Reference.Tests.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;
using HypMemoryAccess = Gunyah.Sdk.Reference.Hypervisor.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// Instruction fetch from the cached page without the hypervisor's lock stays exact: a page unmapped while a vCPU
/// spins in it is never fetched from again once the unmap returns (the vCPU takes the abort and, with no vector,
/// faults), and memory changes made while vCPUs run — each waiting for them to notice — never deadlock.
/// </summary>
public sealed class LockFreeFetchTests : IDisposable
{
    private const ulong Entry = 0x8000_0000, Spare = 0x8010_0000;
    private readonly ReferenceHypervisor hyp = new();
    private readonly HostPages pages = new(2);
    private readonly HypervisorVm host, guest;
    private readonly MemoryExtent code, spare;

    public LockFreeFetchTests()
    {
        host = hyp.NewVm(3, new RecordingVirqSink());
        guest = hyp.NewVm(0x80);
        pages.AsSpan().Clear();
        Assert.Equal(HypError.Ok, hyp.AddPhysicalMemory(guest, pages[0], 2 * ReferenceHypervisor.PageSize));
        Assert.Equal(HypError.Ok, hyp.CreateMemoryExtent(guest, pages[0], ReferenceHypervisor.PageSize, out var c));
        Assert.Equal(HypError.Ok, hyp.CreateMemoryExtent(guest, pages[1], ReferenceHypervisor.PageSize, out var s));
        (code, spare) = (c!, s!);
    }

    public void Dispose()
    {
        hyp.DestroyVm(guest);
        hyp.DestroyVm(host);
        pages.Dispose();
    }

    [Fact]
    public async Task A_page_unmapped_under_a_spinning_vCPU_is_not_fetched_from_once_the_unmap_returns()
    {
        var (cap, engine) = Start(a =>
        {
            var loop = a.Here();
            a.AddImmediate(X(8), X(8), 1).B(loop);
        });
        var run = Task.Factory.StartNew(() => RunUntilNotReady(cap), TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => engine.Cpu.Instructions > 100_000, TimeSpan.FromSeconds(30)));

        Assert.Equal(HypError.Ok, hyp.Unmap(guest, Entry, ReferenceHypervisor.PageSize));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(VcpuRunState.Fault, result.State); // The fetch was refused: an abort with no vector to take it.
        Assert.Equal(0, hyp.InvariantViolations);
    }

    [Fact]
    public async Task Memory_changes_while_vCPUs_run_wait_for_them_and_never_deadlock()
    {
        // The guest loads and stores (each through the locked path) and spins; the host remaps another page 2,000 times.
        var (cap, engine) = Start(a =>
        {
            var loop = a.Here();
            a.Load(Access.Double, X(2), X(1), 0x800).AddImmediate(X(2), X(2), 1).Store(Access.Double, X(2), X(1), 0x800).B(loop);
        });
        engine.Cpu.SetX(1, Entry);
        using var stop = new CancellationTokenSource();
        var run = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
                Assert.Equal(VcpuRunState.Ready, host.Hypercalls.VcpuRun(cap, 0, 0, 0).State);
        }, TaskCreationOptions.LongRunning);

        ulong Counter() => BitConverter.ToUInt64(pages.AsSpan()[0x800..]);
        Assert.True(SpinWait.SpinUntil(() => Counter() > 0, TimeSpan.FromSeconds(30))); // The vCPU is running.
        var before = Counter();
        for (var i = 0; i < 2_000; i++)
        {
            Assert.Equal(HypError.Ok, hyp.Map(guest, Spare, spare, 0, ReferenceHypervisor.PageSize, HypMemoryAccess.RW));
            Assert.Equal(HypError.Ok, hyp.Unmap(guest, Spare, ReferenceHypervisor.PageSize));
        }

        Assert.True(SpinWait.SpinUntil(() => Counter() > before, TimeSpan.FromSeconds(30))); // The guest runs on.
        stop.Cancel();
        await run.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, engine.Cpu.UndefinedInstructions);
    }

    private (ulong Cap, A64VcpuEngine Engine) Start(Action<A64Assembler> program)
    {
        var asm = new A64Assembler(Entry);
        program(asm);
        pages.Write(0, asm.Build());
        Assert.Equal(HypError.Ok, hyp.Map(guest, Entry, code, 0, ReferenceHypervisor.PageSize, HypMemoryAccess.RWX));
        var engine = new A64VcpuEngine { Timeslice = 50_000 };
        Assert.Equal(HypError.Ok, hyp.CreateVcpu(guest, 0, engine, out var vcpu));
        var cap = hyp.GrantCap(host, vcpu!);
        hyp.Release(vcpu!);
        Assert.Equal(HypError.Ok, hyp.BindVirq(vcpu!, VirqSourceKind.VcpuWakeup, host, 90));
        Assert.Equal(HypError.Ok, hyp.VcpuPowerOn(vcpu!, Entry, 0));
        return (cap, engine);
    }

    private VcpuRunResult RunUntilNotReady(ulong cap)
    {
        while (true)
        {
            var result = host.Hypercalls.VcpuRun(cap, 0, 0, 0);
            if (result.State != VcpuRunState.Ready)
                return result;
        }
    }
}
