using System.Text;
using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.Assembled;
using Gunyah.Sdk.Reference.Tests.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Register;
using HypMemoryAccess = Gunyah.Sdk.Reference.Hypervisor.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// Gunyah hypercalls from guest code, in both conventions (native: the number in the HVC immediate, arguments from
/// X0; SMCCC: HVC #0 with W0 = 0xC6008000 | number, arguments from X1), with the guest's own capability ids: identify,
/// doorbell send (the host's vIRQ fires), message queue send from and receive into guest memory, and the errors for an
/// unknown call, a missing right and a buffer the guest cannot access.
/// </summary>
public sealed class GuestHypercallTests : IDisposable
{
    private const ulong Entry = 0x8000_0000, Buffer = Entry + 0x800, Unmapped = 0x9000_0000;
    private const uint HostBellVirq = 77;
    private readonly ReferenceHypervisor hyp = new();
    private readonly HostPages page = new(1);
    private readonly RecordingVirqSink hostSink = new();
    private readonly HypervisorVm host, guest;

    public GuestHypercallTests()
    {
        host = hyp.NewVm(3, hostSink);
        guest = hyp.NewVm(0x80);
    }

    public void Dispose()
    {
        hyp.DestroyVm(guest);
        hyp.DestroyVm(host);
        page.Dispose();
    }

    [Fact]
    public void A_guest_rings_a_doorbell_sends_and_receives_messages_and_gets_the_documented_errors()
    {
        var bell = hyp.CreateDoorbell();
        var bellCap = hyp.GrantCap(guest, bell, CapabilityRights.DoorbellSend);
        var bellReceiveOnly = hyp.GrantCap(guest, bell, CapabilityRights.DoorbellReceive);
        Assert.Equal(HypError.Ok, hyp.BindVirq(bell, VirqSourceKind.Doorbell, host, HostBellVirq));
        var toHost = hyp.NewQueue(4);
        var guestTx = hyp.GrantCap(guest, toHost, CapabilityRights.MessageQueueSend);
        var hostRx = hyp.GrantCap(host, toHost, CapabilityRights.MessageQueueReceive);
        var toGuest = hyp.NewQueue(4);
        var hostTx = hyp.GrantCap(host, toGuest, CapabilityRights.MessageQueueSend);
        var guestRx = hyp.GrantCap(guest, toGuest, CapabilityRights.MessageQueueReceive);
        Assert.Equal(HypError.Ok, host.Hypercalls.MessageQueueSend(hostTx, "ping!"u8, push: false, out _));

        var asm = new A64Assembler(Entry);
        var message = asm.NewLabel();
        asm.Hvc(0x6000).MovRegister(X(9), X(0)) // identify
            .MovRegister(X(0), X(19)).Mov(X(1), 5).Hvc(0x6012).MovRegister(X(10), X(0)).MovRegister(X(11), X(1)) // bell send
            .Mov(W(0), A64Interpreter.GunyahSmcccBase | 0x1B).MovRegister(X(1), X(20)).Mov(X(2), 6).Adr(X(3), message).Mov(X(4), 1)
            .Hvc(0).MovRegister(X(12), X(0)).MovRegister(X(13), X(1)) // SMCCC msgq send, PUSH
            .MovRegister(X(0), X(21)).Mov(X(1), Buffer).Mov(X(2), 64).Hvc(0x601C).MovRegister(X(14), X(0)).MovRegister(X(15), X(1)) // receive
            .MovRegister(X(0), X(22)).Mov(X(1), 1).Hvc(0x6012).MovRegister(X(16), X(0)) // a receive-only cap cannot send
            .MovRegister(X(0), X(20)).Mov(X(1), 4).Mov(X(2), Unmapped).Hvc(0x601B).MovRegister(X(17), X(0)) // unreadable buffer
            .Hvc(0x6040).MovRegister(X(23), X(0)) // not a hypercall the guest has
            .Wfi();
        asm.Bind(message).Bytes("hello\0"u8);
        var engine = Start(asm.Build());
        engine.Cpu.SetX(19, bellCap);
        engine.Cpu.SetX(20, guestTx);
        engine.Cpu.SetX(21, guestRx);
        engine.Cpu.SetX(22, bellReceiveOnly);

        Assert.Equal(VcpuStopKind.WaitForInterrupt, engine.Run(default, ContextOf(engine)).Kind);

        var cpu = engine.Cpu;
        Assert.Equal(A64Interpreter.GunyahApiInfo, cpu.GetX(9));
        Assert.Equal((0UL, 0UL), (cpu.GetX(10), cpu.GetX(11))); // Sent; the flags were 0 before.
        Assert.Equal(1, hostSink.Asserts(HostBellVirq));
        Assert.Equal(0UL, cpu.GetX(12)); // SMCCC send: OK…
        Assert.Equal(1UL, cpu.GetX(13)); // …and room remains.
        Span<byte> received = stackalloc byte[16];
        Assert.Equal(HypError.Ok, host.Hypercalls.MessageQueueReceive(hostRx, received, out var size, out _));
        Assert.Equal("hello\0", Encoding.ASCII.GetString(received[..size]));
        Assert.Equal((0UL, 5UL), (cpu.GetX(14), cpu.GetX(15)));
        Assert.Equal("ping!", Encoding.ASCII.GetString(page.AsSpan().Slice(0x800, 5)));
        Assert.Equal(unchecked((ulong)(long)HypError.CspaceInsufficientRights), cpu.GetX(16));
        Assert.Equal(1, hostSink.Asserts(HostBellVirq)); // The refused send rang nothing.
        Assert.Equal(unchecked((ulong)(long)HypError.AddressInvalid), cpu.GetX(17));
        Assert.Equal(unchecked((ulong)(long)HypError.Unimplemented), cpu.GetX(23));
        Assert.Equal(0, cpu.UndefinedInstructions);
    }

    private A64VcpuEngine Start(byte[] image)
    {
        page.AsSpan().Clear();
        page.Write(0, image);
        Assert.Equal(HypError.Ok, hyp.AddPhysicalMemory(guest, page[0], ReferenceHypervisor.PageSize));
        Assert.Equal(HypError.Ok, hyp.CreateMemoryExtent(guest, page[0], ReferenceHypervisor.PageSize, out var extent));
        Assert.Equal(HypError.Ok, hyp.Map(guest, Entry, extent!, 0, ReferenceHypervisor.PageSize, HypMemoryAccess.RWX));
        var engine = new A64VcpuEngine();
        Assert.Equal(HypError.Ok, hyp.CreateVcpu(guest, 0, engine, out var vcpu));
        vcpus.Add(vcpu!);
        engine.PowerOn(Entry, 0);
        return engine;
    }

    private readonly List<Vcpu> vcpus = [];

    private VcpuExecutionContext ContextOf(A64VcpuEngine engine) => vcpus.Single(v => ReferenceEquals(v.Engine, engine)).Context;
}
