using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>Doorbell hypercalls (fact sheet §6.4): flags, masks, ack auto-clear, level and edge vIRQs.</summary>
public class DoorbellTests
{
    private const uint Virq = 70;

    private readonly ReferenceHypervisor hyp = new();
    private readonly RecordingVirqSink sink = new();
    private readonly HypervisorVm sender, receiver;
    private readonly Doorbell doorbell;
    private readonly ulong sendCap, receiveCap;

    public DoorbellTests()
    {
        sender = hyp.NewVm(3);
        receiver = hyp.NewVm(0x80, sink);
        doorbell = hyp.CreateDoorbell();
        sendCap = hyp.GrantCap(sender, doorbell, CapabilityRights.DoorbellSend);
        receiveCap = hyp.GrantCap(receiver, doorbell, CapabilityRights.DoorbellReceive);
    }

    private ulong Ring(ulong flags)
    {
        Assert.Equal(HypError.Ok, sender.Hypercalls.DoorbellSend(sendCap, flags, out var previous));
        return previous;
    }

    private void Bind(VirqTrigger trigger) => Assert.Equal(HypError.Ok, hyp.BindVirq(doorbell, VirqSourceKind.Doorbell, receiver, Virq, trigger));

    [Fact]
    public void Send_ORs_flags_in_and_returns_the_previous_ones()
    {
        Assert.Equal(0ul, Ring(0b01));
        Assert.Equal(0b01ul, Ring(0b10));
        Assert.Equal(0b11ul, doorbell.Flags);
        Assert.Equal(HypError.ArgumentInvalid, sender.Hypercalls.DoorbellSend(sendCap, 0, out _));
    }

    [Fact]
    public void Receive_clears_the_given_flags_and_returns_the_previous_ones()
    {
        Ring(0b111);
        Assert.Equal(HypError.Ok, receiver.Hypercalls.DoorbellReceive(receiveCap, 0b010, out var previous));
        Assert.Equal(0b111ul, previous);
        Assert.Equal(0b101ul, doorbell.Flags);
        Assert.Equal(HypError.ArgumentInvalid, receiver.Hypercalls.DoorbellReceive(receiveCap, 0, out _));
    }

    [Fact]
    public void Only_the_receiver_may_receive_mask_and_reset()
    {
        Assert.Equal(HypError.CspaceInsufficientRights, sender.Hypercalls.DoorbellReceive(sendCap, 1, out _));
        Assert.Equal(HypError.CspaceInsufficientRights, sender.Hypercalls.DoorbellMask(sendCap, 1, 0));
        Assert.Equal(HypError.CspaceInsufficientRights, sender.Hypercalls.DoorbellReset(sendCap));
        Assert.Equal(HypError.CspaceInsufficientRights, receiver.Hypercalls.DoorbellSend(receiveCap, 1, out _));
    }

    [Fact]
    public void An_edge_vIRQ_fires_on_every_send_of_an_enabled_flag()
    {
        Bind(VirqTrigger.Edge);
        Ring(1);
        Ring(1);
        Assert.Equal(2, sink.Asserts(Virq));
        receiver.Hypercalls.DoorbellReceive(receiveCap, 1, out _);
        Assert.Equal(0, sink.Deasserts(Virq));
    }

    [Fact]
    public void A_level_vIRQ_rises_once_and_drops_when_no_enabled_flag_remains()
    {
        Bind(VirqTrigger.Level);
        Ring(0b01);
        Ring(0b10);
        Assert.Equal(1, sink.Asserts(Virq));
        receiver.Hypercalls.DoorbellReceive(receiveCap, 0b01, out _);
        Assert.Equal(0, sink.Deasserts(Virq));
        receiver.Hypercalls.DoorbellReceive(receiveCap, 0b10, out _);
        Assert.Equal(1, sink.Deasserts(Virq));
        Ring(0b01);
        Assert.Equal(2, sink.Asserts(Virq));
    }

    [Fact]
    public void Disabled_flags_are_kept_but_raise_nothing_until_enabled()
    {
        Bind(VirqTrigger.Level);
        Assert.Equal(HypError.Ok, receiver.Hypercalls.DoorbellMask(receiveCap, enableMask: 0b10, ackMask: 0));
        Ring(0b01);
        Assert.Equal(0, sink.Asserts(Virq));
        Assert.Equal(HypError.Ok, receiver.Hypercalls.DoorbellMask(receiveCap, enableMask: 0b11, ackMask: 0));
        Assert.Equal(1, sink.Asserts(Virq)); // Enabling a set flag asserts.
        Assert.Equal(HypError.Ok, receiver.Hypercalls.DoorbellMask(receiveCap, enableMask: 0b10, ackMask: 0));
        Assert.Equal(1, sink.Deasserts(Virq)); // Disabling the only set flag drops the line.
        Assert.Equal(0b01ul, doorbell.Flags);
    }

    [Fact]
    public void Flags_in_the_ack_mask_clear_themselves_when_the_vIRQ_is_asserted()
    {
        Bind(VirqTrigger.Edge);
        receiver.Hypercalls.DoorbellMask(receiveCap, enableMask: ulong.MaxValue, ackMask: 0b01);
        Assert.Equal(0ul, Ring(0b11));
        Assert.Equal(0b10ul, doorbell.Flags);
        Assert.Equal(0b10ul, Ring(0b01));
        Assert.Equal(2, sink.Asserts(Virq));
    }

    [Fact]
    public void No_ack_clear_happens_while_nothing_enabled_is_set()
    {
        receiver.Hypercalls.DoorbellMask(receiveCap, enableMask: 0b10, ackMask: 0b01);
        Ring(0b01);
        Assert.Equal(0b01ul, doorbell.Flags);
    }

    [Fact]
    public void Reset_clears_flags_restores_the_masks_and_drops_the_line()
    {
        Bind(VirqTrigger.Level);
        receiver.Hypercalls.DoorbellMask(receiveCap, enableMask: 0b01, ackMask: 0);
        Ring(0b11);
        Assert.Equal(HypError.Ok, receiver.Hypercalls.DoorbellReset(receiveCap));
        Assert.Equal(0ul, doorbell.Flags);
        Assert.Equal(1, sink.Deasserts(Virq));
        Ring(1ul << 63); // Enable is all ones again.
        Assert.Equal(2, sink.Asserts(Virq));
    }

    [Fact]
    public void An_unbound_doorbell_keeps_its_flags_silently()
    {
        Ring(5);
        Assert.Empty(sink.Events);
        Assert.Equal(5ul, doorbell.Flags);
    }
}
