using System.Buffers.Binary;

namespace Gunyah.Conformance.Checks;

/// <summary>The argument bytes of the built-in function types, as the generations with functions lay them out
/// (gunyah-uapi.md §5.2, §6.2), so checks can send them whole, cut short or with stray flags.</summary>
public static class FunctionArguments
{
    /// <summary>gh_fn_vcpu_arg: the vCPU id (4 bytes).</summary>
    public static byte[] Vcpu(uint id) => BitConverter.GetBytes(id);

    /// <summary>gh_fn_irqfd_arg (16 bytes): fd, label, flags (LEVEL = 1), padding.</summary>
    public static byte[] Irqfd(int fd, uint label, uint flags = 0)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, fd);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), label);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), flags);
        return bytes;
    }

    /// <summary>gh_fn_ioeventfd_arg (32 bytes): datamatch, addr, len, fd, flags (DATAMATCH = 1), padding.</summary>
    public static byte[] Ioeventfd(int fd, ulong address, uint length, ulong? dataMatch = null, uint? flags = null)
    {
        var bytes = new byte[32];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, dataMatch ?? 0);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), address);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(20), fd);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), flags ?? (dataMatch.HasValue ? 1u : 0u));
        return bytes;
    }
}
