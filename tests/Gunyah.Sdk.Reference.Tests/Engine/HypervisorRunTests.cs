using System.Runtime.InteropServices;
using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;
using HypMemoryAccess = Gunyah.Sdk.Reference.Hypervisor.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// The engine on the hypervisor core: its fetches, loads and stores go through the VM's checked accessor (a page the
/// VM owns and maps RWX runs; an IPA it does not map is MMIO), vcpu_run's resume words complete the MMIO read into
/// the register, and the MMIO round trip through vcpu_run allocates nothing.
/// </summary>
public sealed unsafe class HypervisorRunTests : IDisposable
{
    private const ulong Entry = 0x8000_0000, Device = 0x9000_0000;
    private readonly ReferenceHypervisor hyp = new();
    private readonly void* page = NativeMemory.AlignedAlloc((nuint)ReferenceHypervisor.PageSize, (nuint)ReferenceHypervisor.PageSize);
    private readonly HypervisorVm host, guest;

    public HypervisorRunTests()
    {
        host = hyp.NewVm(3, new RecordingVirqSink());
        guest = hyp.NewVm(0x80);
    }

    public void Dispose()
    {
        hyp.DestroyVm(guest);
        hyp.DestroyVm(host);
        NativeMemory.AlignedFree(page);
    }

    [Fact]
    public void MMIO_round_trips_through_vcpu_run_complete_into_the_register_and_allocate_nothing()
    {
        var asm = new A64Assembler(Entry);
        var loop = asm.Here();
        asm.Load(Access.SignedByte64, X(7), X(1)).AddImmediate(X(8), X(8), 1).Store(Access.Double, X(7), X(1), 8).B(loop);
        var image = asm.Build();
        new Span<byte>(page, (int)ReferenceHypervisor.PageSize).Clear();
        image.CopyTo(new Span<byte>(page, image.Length));
        Assert.Equal(HypError.Ok, hyp.AddPhysicalMemory(guest, (ulong)page, ReferenceHypervisor.PageSize));
        Assert.Equal(HypError.Ok, hyp.CreateMemoryExtent(guest, (ulong)page, ReferenceHypervisor.PageSize, out var extent));
        Assert.Equal(HypError.Ok, hyp.Map(guest, Entry, extent!, 0, ReferenceHypervisor.PageSize, HypMemoryAccess.RWX));
        var engine = new A64VcpuEngine();
        Assert.Equal(HypError.Ok, hyp.CreateVcpu(guest, 0, engine, out var vcpu));
        var cap = hyp.GrantCap(host, vcpu!);
        hyp.Release(vcpu!);
        Assert.Equal(HypError.Ok, hyp.BindVirq(vcpu!, VirqSourceKind.VcpuWakeup, host, 90));
        Assert.Equal(HypError.Ok, hyp.VcpuPowerOn(vcpu!, Entry, 0));
        engine.Cpu.SetX(1, Device);

        var read = host.Hypercalls.VcpuRun(cap, 0, 0, 0);
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.AddressSpaceVmmioRead, Device, 1), read);
        var write = host.Hypercalls.VcpuRun(cap, 0xF0, 0, 0);
        Assert.Equal(new VcpuRunResult(HypError.Ok, VcpuRunState.AddressSpaceVmmioWrite, Device + 8, 8, 0xFFFF_FFFF_FFFF_FFF0), write);

        var best = long.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 5_000; i++)
            {
                host.Hypercalls.VcpuRun(cap, 0, 0, 0); // Completes the write; stops at the next read.
                host.Hypercalls.VcpuRun(cap, (ulong)i & 0x7F, 0, 0); // Completes the read; stops at the write.
            }

            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, best);
        Assert.Equal(1UL + 3 * 5_000, engine.Cpu.GetX(8)); // One ADD per loop iteration: the guest really ran.
        Assert.Equal(0, engine.Cpu.UndefinedInstructions);
        Assert.Equal((HypError.AddressInvalid, Device + 8), engine.LastRefusal);
    }
}
