using System.Buffers.Binary;
using System.Globalization;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>Assertions on recorded ioctls that print requests and bytes in hex.</summary>
internal static class IoctlAssert
{
    /// <summary>Exactly one ioctl was recorded: on <paramref name="fdKind"/>, <paramref name="request"/>, with
    /// <paramref name="bytes"/> as its argument (when given).</summary>
    public static IoctlRecord Single(IReadOnlyList<IoctlRecord> ioctls, string fdKind, uint request, byte[]? bytes = null)
    {
        var call = Assert.Single(ioctls);
        Is(call, fdKind, request, bytes);
        return call;
    }

    /// <summary><paramref name="call"/> was issued on <paramref name="fdKind"/> with <paramref name="request"/>
    /// and (when given) <paramref name="bytes"/>.</summary>
    public static void Is(IoctlRecord call, string fdKind, uint request, byte[]? bytes = null)
    {
        Assert.Equal(fdKind, call.FdKind);
        Assert.Equal(Hex(request), Hex(call.Request));
        if (bytes is not null)
        {
            Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(call.Bytes));
        }
    }

    /// <summary>The function argument (what fn_desc.arg pointed at) is <paramref name="bytes"/>.</summary>
    public static void FunctionArgument(IoctlRecord call, byte[] bytes)
    {
        Assert.NotNull(call.FunctionArgument);
        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(call.FunctionArgument));
    }

    /// <summary>
    /// <paramref name="call"/> is ADD_FUNCTION or REMOVE_FUNCTION (<paramref name="request"/>) with a 16-byte
    /// fn_desc — type @0, arg_size @4 = the argument's length, arg @8 a pointer to <paramref name="argument"/>.
    /// </summary>
    public static void Function(IoctlRecord call, uint request, uint type, byte[] argument)
    {
        Is(call, FdKinds.Vm, request);
        Assert.Equal(16, call.Bytes.Length);
        Assert.Equal(type, BinaryPrimitives.ReadUInt32LittleEndian(call.Bytes));
        Assert.Equal((uint)argument.Length, BinaryPrimitives.ReadUInt32LittleEndian(call.Bytes.AsSpan(4)));
        if (argument.Length > 0)
        {
            Assert.NotEqual(0ul, BinaryPrimitives.ReadUInt64LittleEndian(call.Bytes.AsSpan(8)));
        }

        FunctionArgument(call, argument);
    }

    public static string Hex(uint request) => string.Create(CultureInfo.InvariantCulture, $"0x{request:x8}");
}
