using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>Per-VM capability spaces: ids, lookup errors, revoke and delete (fact sheet §6.7, §6.8).</summary>
public class CapabilitySpaceTests
{
    private readonly ReferenceHypervisor hyp = new();

    [Fact]
    public void Two_VMs_name_one_object_with_different_ids_and_neither_id_works_in_the_other_VM()
    {
        var a = hyp.NewVm(3);
        var b = hyp.NewVm(0xFF);
        var queue = hyp.NewQueue(4);

        var capA = hyp.GrantCap(a, queue);
        var capB = hyp.GrantCap(b, queue);

        Assert.NotEqual(capA, capB);
        Assert.NotEqual(0ul, capA);
        Assert.NotEqual(ulong.MaxValue, capA);
        Assert.Equal(HypError.Ok, a.Hypercalls.MessageQueueSend(capA, [1], false, out _));
        Assert.Equal(HypError.CspaceCapNull, b.Hypercalls.MessageQueueSend(capA, [1], false, out _));
        Assert.Equal(HypError.CspaceCapNull, a.Hypercalls.MessageQueueSend(capB, [1], false, out _));
    }

    [Fact]
    public void Ids_are_unique_within_a_space_and_across_incarnations_of_a_vmid()
    {
        var seen = new HashSet<ulong>();
        var doorbell = hyp.CreateDoorbell();
        for (var round = 0; round < 3; round++)
        {
            var vm = hyp.NewVm(0x80);
            for (var i = 0; i < 200; i++)
                Assert.True(seen.Add(hyp.GrantCap(vm, doorbell)));
            Assert.Equal(HypError.Ok, hyp.DestroyVm(vm));
        }
    }

    [Fact]
    public void An_unknown_id_is_CAP_NULL()
    {
        var vm = hyp.NewVm(3);
        Assert.Equal(HypError.CspaceCapNull, vm.Hypercalls.DoorbellSend(12345, 1, out _));
        Assert.Equal(HypError.CspaceCapNull, vm.Hypercalls.MessageQueueFlush(0));
    }

    [Fact]
    public void A_cap_to_another_type_is_WRONG_OBJECT_TYPE()
    {
        var vm = hyp.NewVm(3);
        var cap = hyp.GrantCap(vm, hyp.CreateDoorbell());

        Assert.Equal(HypError.CspaceWrongObjectType, vm.Hypercalls.MessageQueueSend(cap, [1], false, out _));
        Assert.Equal(HypError.CspaceWrongObjectType, vm.Hypercalls.VcpuRun(cap, 0, 0, 0).Error);
    }

    [Fact]
    public void Missing_rights_are_INSUFFICIENT_RIGHTS()
    {
        var vm = hyp.NewVm(3);
        var queue = hyp.NewQueue(4);
        var sendOnly = hyp.GrantCap(vm, queue, CapabilityRights.MessageQueueSend);
        var receiveOnly = hyp.GrantCap(vm, queue, CapabilityRights.MessageQueueReceive);

        Assert.Equal(HypError.Ok, vm.Hypercalls.MessageQueueSend(sendOnly, [1], false, out _));
        Assert.Equal(HypError.CspaceInsufficientRights, vm.Hypercalls.MessageQueueReceive(sendOnly, new byte[8], out _, out _));
        Assert.Equal(HypError.CspaceInsufficientRights, vm.Hypercalls.MessageQueueSend(receiveOnly, [1], false, out _));
        Assert.Equal(HypError.Ok, vm.Hypercalls.MessageQueueReceive(receiveOnly, new byte[8], out _, out _));
    }

    [Fact]
    public void A_revoked_cap_is_CAP_REVOKED_and_a_deleted_one_CAP_NULL()
    {
        var vm = hyp.NewVm(3);
        var doorbell = hyp.CreateDoorbell();
        var cap = hyp.GrantCap(vm, doorbell);
        var other = hyp.GrantCap(vm, doorbell);

        Assert.Equal(HypError.Ok, hyp.Revoke(vm, cap));
        Assert.Equal(HypError.CspaceCapRevoked, vm.Hypercalls.DoorbellSend(cap, 1, out _));
        Assert.Equal(HypError.CspaceCapRevoked, hyp.Revoke(vm, cap));
        Assert.Equal(HypError.Ok, vm.Hypercalls.DoorbellSend(other, 1, out _));

        Assert.Equal(HypError.Ok, hyp.DeleteCapability(vm, cap));
        Assert.Equal(HypError.CspaceCapNull, vm.Hypercalls.DoorbellSend(cap, 1, out _));
    }

    [Fact]
    public void An_object_dies_when_its_last_reference_goes()
    {
        var a = hyp.NewVm(3);
        var b = hyp.NewVm(4);
        var doorbell = hyp.CreateDoorbell();
        var capA = hyp.GrantCap(a, doorbell);
        hyp.GrantCap(b, doorbell);
        Assert.Equal(HypError.Ok, hyp.Release(doorbell));
        Assert.Equal(HypError.ObjectState, hyp.Release(doorbell));

        Assert.Equal(HypError.Ok, hyp.Revoke(a, capA));
        Assert.True(doorbell.IsAlive);
        Assert.Equal(HypError.Ok, hyp.DestroyVm(b));
        Assert.False(doorbell.IsAlive);
        Assert.Equal(0, hyp.Counters.Objects);
    }

    [Fact]
    public void RevokeAll_reaches_every_VM()
    {
        var a = hyp.NewVm(3);
        var b = hyp.NewVm(4);
        var doorbell = hyp.CreateDoorbell();
        var capA = hyp.GrantCap(a, doorbell);
        var capB = hyp.GrantCap(b, doorbell);
        hyp.Release(doorbell);

        Assert.Equal(2, hyp.RevokeAll(doorbell));
        Assert.False(doorbell.IsAlive);
        Assert.Equal(HypError.CspaceCapRevoked, a.Hypercalls.DoorbellSend(capA, 1, out _));
        Assert.Equal(HypError.CspaceCapRevoked, b.Hypercalls.DoorbellSend(capB, 1, out _));
    }

    [Fact]
    public void A_vmid_can_exist_once()
    {
        hyp.NewVm(3);
        Assert.Equal(HypError.ArgumentInvalid, hyp.CreateVm(3, out _));
    }
}
