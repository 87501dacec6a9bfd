using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    private const uint VcpuRights = 0x3FF;
    private const uint DoorbellSendRights = 0x1;
    private const uint DoorbellReceiveRights = 0x2 | 0x4;
    private const uint QueueSendRights = 0x1 | 0x4;
    private const uint QueueReceiveRights = 0x2 | 0x8;
    private const int FdtHeaderSize = 40;

    /// <summary>VM_INIT's work: read the devicetree from the image parcel, build the platform VM, map the image
    /// (and firmware) parcels, create the vCPUs and vdevices. Undoes everything on failure.</summary>
    private GhRmError Build(RmVm vm)
    {
        var error = ReadConfig(vm, out var config);
        if (error != GhRmError.Ok)
        {
            return error;
        }

        vm.Config = config;
        if (platform.CreateVm(vm.Vmid) != HypError.Ok)
        {
            return GhRmError.Noresource;
        }

        vm.Built = true;
        error = MapForVm(vm, vm.ImageHandle, GhRmVmAddressRangeId.Image, config!.MemoryBase);
        if (error == GhRmError.Ok && vm.FirmwareHandle != InvalidMemHandle)
        {
            error = MapForVm(vm, vm.FirmwareHandle, GhRmVmAddressRangeId.Firmware, null);
        }

        for (var i = 0; error == GhRmError.Ok && i < config.Affinities.Count; i++)
        {
            error = AddVcpu(vm, (uint)i);
        }

        if (error == GhRmError.Ok && config.Gic is { } gic
            && platform.ConfigureVirtualGic(vm.Vmid, gic.DistributorBase, gic.RedistributorBase, config.Affinities.Count) != HypError.Ok)
        {
            error = GhRmError.Noresource;
        }

        foreach (var vdevice in config.Vdevices)
        {
            if (error == GhRmError.Ok)
            {
                error = AddVdevice(vm, vdevice);
            }
        }

        if (error != GhRmError.Ok)
        {
            TearDown(vm);
        }

        return error;
    }

    private GhRmError ReadConfig(RmVm vm, out RmVmConfig? config)
    {
        config = null;
        if (!parcels.TryGetValue(vm.ImageHandle, out var parcel) || !parcel.HasExtent)
        {
            return GhRmError.HandleInvalid;
        }

        Span<byte> header = stackalloc byte[8];
        if (vm.DtbSize < FdtHeaderSize || platform.ReadExtent(parcel.Extent, vm.DtbOffset, header) != HypError.Ok)
        {
            return GhRmError.ArgumentInvalid;
        }

        var total = RmVmConfigReader.ReadTotalSize(header);
        if (total < FdtHeaderSize || total > vm.DtbSize)
        {
            return GhRmError.ArgumentInvalid;
        }

        var blob = new byte[total];
        if (platform.ReadExtent(parcel.Extent, vm.DtbOffset, blob) != HypError.Ok)
        {
            return GhRmError.MemInvalid;
        }

        var result = RmVmConfigReader.Read(blob, MaxVcpus);
        config = result.Config;
        return result.Error;
    }

    /// <summary>Accepts a parcel on the VM's behalf and maps it: at the VM_SET_ADDRESS_LAYOUT range if one was set,
    /// else at <paramref name="fallbackBase"/>, else at the owner's own IPA (identity).</summary>
    private GhRmError MapForVm(RmVm vm, uint handle, GhRmVmAddressRangeId range, ulong? fallbackBase)
    {
        if (!parcels.TryGetValue(handle, out var parcel) || !parcel.HasExtent)
        {
            return GhRmError.HandleInvalid;
        }

        var size = parcel.TotalSize;
        ulong ipa;
        if (vm.Layout.TryGetValue(range, out var layout))
        {
            if (size > layout.Size)
            {
                return GhRmError.ArgumentInvalid;
            }

            ipa = layout.Ipa;
        }
        else
        {
            ipa = fallbackBase ?? parcel.Sgl[0].Ipa;
        }

        if (parcel.AcceptedBy.Contains(vm.Vmid))
        {
            return GhRmError.Ok;
        }

        if (range == GhRmVmAddressRangeId.Image)
        {
            vm.ImageIpa = ipa;
        }

        if (platform.MapExtent(parcel.Extent, vm.Vmid, ipa, 0, size, parcel.RightsOf(vm.Vmid)) != HypError.Ok)
        {
            return GhRmError.MapFailed;
        }

        parcel.AcceptedBy.Add(vm.Vmid);
        return GhRmError.Ok;
    }

    private RmVirqAllocator VirqsOf(ushort vmid) => vmid == HlosVmid ? hlosVirqs : vms[vmid].Virqs;

    private GhRmError AddVcpu(RmVm vm, uint index)
    {
        if (platform.CreateVcpu(vm.Vmid, index, out var obj) != HypError.Ok)
        {
            return GhRmError.Noresource;
        }

        var owner = VirqsOf(vm.Owner);
        if (platform.GrantCapability(obj, vm.Owner, VcpuRights, out var cap) != HypError.Ok || !owner.TryAllocate(out var virq))
        {
            platform.DestroyObject(obj);
            return GhRmError.Noresource;
        }

        vm.Vcpus.Add(new RmVcpu(index, index, obj, cap, virq));
        return platform.BindVirq(obj, RmVirqSource.VcpuWakeup, vm.Owner, virq) == HypError.Ok
            && platform.WatchVcpuHalt(obj, () => OnVcpuHalted(vm, obj)) == HypError.Ok
            ? GhRmError.Ok
            : GhRmError.Noresource;
    }

    private GhRmError AddVdevice(RmVm vm, RmVdeviceConfig d)
    {
        var guest = vm.Vmid;
        var peer = vm.Owner;
        uint? Asked(int i) => i < d.Virqs.Count ? d.Virqs[i] : null;
        switch (d.Kind)
        {
            case RmVdeviceKind.Doorbell:
            case RmVdeviceKind.DoorbellSource:
            {
                var (receiver, sender) = d.Kind == RmVdeviceKind.Doorbell ? (guest, peer) : (peer, guest);
                if (platform.CreateDoorbell(guest, out var bell) != HypError.Ok)
                {
                    return GhRmError.Noresource;
                }

                vm.Objects.Add(bell);
                var error = AddEnd(vm, bell, receiver, sender, GhRmResourceType.BellRx, d.Label, DoorbellReceiveRights, RmVirqSource.DoorbellReceive, receiver == guest ? Asked(0) : null);
                return error != GhRmError.Ok ? error : AddEnd(vm, bell, sender, receiver, GhRmResourceType.BellTx, d.Label, DoorbellSendRights, null, null);
            }

            case RmVdeviceKind.MessageQueue:
            {
                var (sender, receiver) = d.IsSender ? (guest, peer) : (peer, guest);
                return AddQueue(vm, d, sender, receiver, Asked(0));
            }

            default:
            {
                var error = AddQueue(vm, d, guest, peer, Asked(0));
                return error != GhRmError.Ok ? error : AddQueue(vm, d, peer, guest, Asked(1));
            }
        }
    }

    /// <summary>One queue from <paramref name="sender"/> to <paramref name="receiver"/>; <paramref name="guestVirq"/> is
    /// the devicetree's vIRQ for whichever end the guest holds.</summary>
    private GhRmError AddQueue(RmVm vm, RmVdeviceConfig d, ushort sender, ushort receiver, uint? guestVirq)
    {
        if (platform.CreateMessageQueue(vm.Vmid, d.QueueDepth, d.MessageSize, out var queue) != HypError.Ok)
        {
            return GhRmError.Noresource;
        }

        vm.Objects.Add(queue);
        var error = AddEnd(vm, queue, sender, receiver, GhRmResourceType.MsgqTx, d.Label, QueueSendRights, RmVirqSource.MessageQueueSend, sender == vm.Vmid ? guestVirq : null);
        return error != GhRmError.Ok
            ? error
            : AddEnd(vm, queue, receiver, sender, GhRmResourceType.MsgqRx, d.Label, QueueReceiveRights, RmVirqSource.MessageQueueReceive, receiver == vm.Vmid ? guestVirq : null);
    }

    private GhRmError AddEnd(RmVm vm, ulong obj, ushort holder, ushort partner, GhRmResourceType type, uint label, uint rights, RmVirqSource? source, uint? asked)
    {
        if (platform.GrantCapability(obj, holder, rights, out var cap) != HypError.Ok)
        {
            return GhRmError.Noresource;
        }

        uint virq = 0;
        if (source is { } s)
        {
            var allocator = VirqsOf(holder);
            if (asked is { } wanted ? !allocator.TryReserve(wanted) : !allocator.TryAllocate(out virq))
            {
                return asked is null ? GhRmError.Noresource : GhRmError.ArgumentInvalid;
            }

            virq = asked ?? virq;
            vm.Ends.Add(new RmResourceEnd(holder, partner, type, label, cap, virq));
            return platform.BindVirq(obj, s, holder, virq) == HypError.Ok ? GhRmError.Ok : GhRmError.Noresource;
        }

        vm.Ends.Add(new RmResourceEnd(holder, partner, type, label, cap, 0));
        return GhRmError.Ok;
    }

    /// <summary>The boot vCPU's registers: what VM_SET_BOOT_CONTEXT set, and where it left them unset the Linux
    /// arm64 boot protocol's start — PC at the image (its parcel's IPA + image offset), X0 the devicetree's IPA.</summary>
    private static IEnumerable<KeyValuePair<(GhRmVmBootContextRegSet Set, byte Index), ulong>> BootContextOf(RmVm vm)
    {
        if (vm.ImageIpa is { } image)
        {
            if (!vm.BootContext.ContainsKey((GhRmVmBootContextRegSet.Pc, 0)))
            {
                yield return new((GhRmVmBootContextRegSet.Pc, 0), image + vm.ImageOffset);
            }

            if (!vm.BootContext.ContainsKey((GhRmVmBootContextRegSet.X, 0)))
            {
                yield return new((GhRmVmBootContextRegSet.X, 0), image + vm.DtbOffset);
            }
        }

        foreach (var register in vm.BootContext)
        {
            yield return register;
        }
    }

    private GhRmError PowerOn(RmVm vm)
    {
        if (vm.Vcpus.Count == 0)
        {
            return GhRmError.Noresource;
        }

        var boot = vm.Vcpus[0].Object;
        foreach (var ((set, index), value) in BootContextOf(vm))
        {
            if (platform.SetBootContext(boot, set, index, value) != HypError.Ok)
            {
                return GhRmError.Denied;
            }
        }

        return FromHyp(platform.PowerOnVcpu(boot), GhRmError.Denied);
    }

    /// <summary>Undoes <see cref="Build"/> (also partly done): vIRQs, objects, the VM's hold on other parcels, the
    /// parcels it owns, and the platform VM.</summary>
    private void TearDown(RmVm vm)
    {
        foreach (var vcpu in vm.Vcpus)
        {
            VirqsOf(vm.Owner).Free(vcpu.OwnerVirq);
            platform.DestroyObject(vcpu.Object);
        }

        foreach (var end in vm.Ends.Where(e => e.Virq != 0))
        {
            if (end.Holder == HlosVmid || vms.ContainsKey(end.Holder))
            {
                VirqsOf(end.Holder).Free(end.Virq);
            }
        }

        foreach (var obj in vm.Objects)
        {
            platform.DestroyObject(obj);
        }

        vm.Vcpus.Clear();
        vm.Ends.Clear();
        vm.Objects.Clear();
        foreach (var parcel in parcels.Values.Where(p => p.AcceptedBy.Contains(vm.Vmid)))
        {
            platform.UnmapExtent(parcel.Extent, vm.Vmid);
            parcel.AcceptedBy.Remove(vm.Vmid);
        }

        foreach (var parcel in parcels.Values.Where(p => p.Owner == vm.Vmid).ToArray())
        {
            DestroyParcel(parcel);
        }

        if (vm.Built)
        {
            platform.DestroyVm(vm.Vmid);
            vm.Built = false;
        }
    }
}
