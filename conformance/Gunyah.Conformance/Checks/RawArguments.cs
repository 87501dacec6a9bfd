using System.Runtime.InteropServices;

namespace Gunyah.Conformance.Checks;

// The argument structs of the ioctls, laid out as every generation that has them lays them out (gunyah-uapi.md
// §3, §5.2, §6.2). Checks send them raw where the typed API cannot express a malformed argument.

/// <summary>A user memory region (32 bytes): label, flags, guest address, size, host address.</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct RegionArgument(uint Label, uint Flags, ulong GuestAddress, ulong Size, ulong HostAddress);

/// <summary>A (guest address, size) pair (16 bytes): the DTB and firmware configs.</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct AddressRangeArgument(ulong GuestAddress, ulong Size);

/// <summary>A function descriptor (16 bytes): type, arg_size, argument pointer (or value).</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct FunctionDescriptor(uint Type, uint ArgSize, ulong Argument);

/// <summary>MAP_MEM's argument (32 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct MapMemoryArgument(ulong GuestAddress, uint Flags, uint GuestMemoryFd, ulong Offset, ulong Size);

/// <summary>SET_BOOT_CONTEXT's argument (16 bytes): register id, reserved, value.</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct BootContextArgument(uint Register, uint Reserved, ulong Value);

/// <summary>CREATE_GUEST_MEM's argument (64 bytes): flags, size, six reserved words.</summary>
[StructLayout(LayoutKind.Sequential, Size = 64)]
public readonly record struct CreateGuestMemoryArgument(ulong Flags, ulong Size);

/// <summary>Function type numbers (the same in every generation with functions).</summary>
public static class FunctionType
{
    public const uint Vcpu = 1;
    public const uint Irqfd = 2;
    public const uint Ioeventfd = 3;
}
