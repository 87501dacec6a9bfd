using System.Buffers.Binary;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>Function type 1: a proxy-scheduled vCPU. Bind returns a new vCPU fd; its ticket waits for the VCPU
/// resource whose label is the vCPU id.</summary>
internal sealed class VcpuFunctionType(Generation generation) : VmFunctionType(1, "vcpu")
{
    public override int Bind(VmFunctionInstance instance)
    {
        if (!TryId(instance.Argument.Span, instance.ArgumentValue, out var id))
        {
            return -Errno.EINVAL;
        }

        var vm = instance.VmFile;
        var vcpu = new VcpuFile(vm.Driver, vm, id);
        if (vcpu.RunPageFailure is { } failure)
        {
            return failure;
        }

        var ticketed = instance.AddResourceTicket(GhRmResourceType.Vcpu, id, vcpu.Populate, vcpu.Unpopulate);
        if (ticketed < 0)
        {
            vcpu.DiscardRunPage();
            return ticketed;
        }

        instance.State = vcpu;
        vm.AddVcpu(vcpu);
        return vm.Driver.Kernel.Install(vcpu);
    }

    public override void Unbind(VmFunctionInstance instance)
    {
        ((VcpuFile)instance.State!).MarkRemoved();
        instance.RemoveResourceTickets();
    }

    public override bool Compare(VmFunctionInstance instance, ReadOnlySpan<byte> argument, ulong argumentValue) =>
        TryId(argument, argumentValue, out var id) && id == ((VcpuFile)instance.State!).Id;

    private bool TryId(ReadOnlySpan<byte> argument, ulong value, out uint id)
    {
        if (generation.VcpuIdByValue)
        {
            id = (uint)value;
            return argument.Length == 0;
        }

        id = argument.Length == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(argument) : 0;
        return argument.Length == 4;
    }
}

/// <summary>Function type 2: an irqfd. A signal of the eventfd rings the doorbell (BELL_TX resource with the
/// irqfd's label); removal compares the label.</summary>
internal sealed class IrqfdFunctionType() : VmFunctionType(2, "irqfd")
{
    private const uint Level = 1;

    public override int Bind(VmFunctionInstance instance)
    {
        var argument = instance.Argument.Span;
        if (argument.Length != 16)
        {
            return -Errno.EINVAL;
        }

        var fd = (int)BinaryPrimitives.ReadUInt32LittleEndian(argument);
        var label = BinaryPrimitives.ReadUInt32LittleEndian(argument[4..]);
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(argument[8..]);
        if ((flags & ~Level) != 0)
        {
            return -Errno.EINVAL;
        }

        var driver = instance.VmFile.Driver;
        var own = EventFds.Take(driver, fd);
        if (own < 0)
        {
            return own;
        }

        var irqfd = new Irqfd(driver, own, (flags & Level) != 0);
        var ticketed = instance.AddResourceTicket(GhRmResourceType.BellTx, label, irqfd.Populate, irqfd.Unpopulate);
        if (ticketed < 0)
        {
            irqfd.Dispose();
            return ticketed;
        }

        instance.State = (irqfd, label);
        irqfd.Start();
        return 0;
    }

    public override void Unbind(VmFunctionInstance instance)
    {
        var (irqfd, _) = ((Irqfd, uint))instance.State!;
        instance.RemoveResourceTickets();
        irqfd.Dispose();
    }

    public override bool Compare(VmFunctionInstance instance, ReadOnlySpan<byte> argument, ulong argumentValue) =>
        argument.Length >= 8 && BinaryPrimitives.ReadUInt32LittleEndian(argument[4..]) == (((Irqfd, uint))instance.State!).Item2;
}

/// <summary>Function type 3: an ioeventfd, an in-kernel MMIO write handler that signals an eventfd.</summary>
internal sealed class IoeventfdFunctionType(Generation generation) : VmFunctionType(3, "ioeventfd")
{
    private const uint DataMatch = 1;

    public override int Bind(VmFunctionInstance instance)
    {
        var argument = instance.Argument.Span;
        if (argument.Length != 32)
        {
            return -Errno.EINVAL;
        }

        var (datamatch, address, length, fd, flags) = Parse(argument);
        if (length is not (0 or 1 or 2 or 4 or 8) || address + length < address || (length == 0 && (flags & DataMatch) != 0) || (flags & ~DataMatch) != 0)
        {
            return -Errno.EINVAL;
        }

        var driver = instance.VmFile.Driver;
        var own = EventFds.Take(driver, fd);
        if (own < 0)
        {
            return own;
        }

        var handler = new IoHandler(address, length, (flags & DataMatch) != 0 ? datamatch : null, own);
        var added = instance.VmFile.IoHandlers.Add(handler);
        if (added < 0)
        {
            driver.Real.Close(own);
            return added;
        }

        instance.State = handler;
        return 0;
    }

    public override void Unbind(VmFunctionInstance instance)
    {
        var handler = (IoHandler)instance.State!;
        instance.VmFile.IoHandlers.Remove(handler);
        instance.VmFile.Driver.Real.Close(handler.EventFd);
    }

    public override bool Compare(VmFunctionInstance instance, ReadOnlySpan<byte> argument, ulong argumentValue)
    {
        if (argument.Length < 28)
        {
            return false;
        }

        var handler = (IoHandler)instance.State!;
        var (datamatch, address, length, _, flags) = Parse(argument);
        if (!generation.IoeventfdFullCompare)
        {
            return address == handler.Address;
        }

        var hasMatch = (flags & DataMatch) != 0;
        return address == handler.Address && length == handler.Length && hasMatch == handler.DataMatch.HasValue
            && (!hasMatch || datamatch == handler.DataMatch);
    }

    private static (ulong DataMatch, ulong Address, uint Length, int Fd, uint Flags) Parse(ReadOnlySpan<byte> argument) => (
        BinaryPrimitives.ReadUInt64LittleEndian(argument),
        BinaryPrimitives.ReadUInt64LittleEndian(argument[8..]),
        BinaryPrimitives.ReadUInt32LittleEndian(argument[16..]),
        BinaryPrimitives.ReadInt32LittleEndian(argument[20..]),
        BinaryPrimitives.ReadUInt32LittleEndian(argument[24..]));
}

/// <summary>eventfd_ctx_fdget: the driver's own reference to a user's eventfd.</summary>
internal static class EventFds
{
    /// <summary>A duplicate of <paramref name="fd"/>, or -EBADF (not open) / -EINVAL (not an eventfd).</summary>
    public static int Take(HostDriver driver, int fd)
    {
        if (ReferenceKernel.IsVirtual(fd))
        {
            return driver.Kernel.Find(fd) is null ? -Errno.EBADF : -Errno.EINVAL;
        }

        var kind = NativeFiles.CheckEventFd(fd);
        return kind < 0 ? kind : NativeFiles.Duplicate(fd);
    }
}
