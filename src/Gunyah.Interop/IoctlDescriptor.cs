using System.Globalization;

namespace Gunyah.Interop;

/// <summary>
/// One ioctl of a header: its request number and how it was encoded, its argument type and the fd kind it is
/// issued on. Generated tables hold one per ioctl macro.
/// </summary>
public sealed class IoctlDescriptor
{
    private readonly IoctlArgumentFormatter? formatter;

    /// <summary>Describes one ioctl; generated tables call this, each argument is the property of the same name.</summary>
    public IoctlDescriptor(
        string name,
        uint request,
        IoctlDirection direction,
        uint typeCode,
        uint number,
        uint size,
        Type? argumentType,
        string? argumentCType,
        string? fdKind,
        IoctlArgumentFormatter? formatter)
    {
        Name = name;
        Request = request;
        Direction = direction;
        TypeCode = typeCode;
        Number = number;
        Size = size;
        ArgumentType = argumentType;
        ArgumentCType = argumentCType;
        FdKind = fdKind;
        this.formatter = formatter;
    }

    /// <summary>The C macro name, e.g. <c>GH_VM_SET_USER_MEM_REGION</c>.</summary>
    public string Name { get; }

    /// <summary>The request number as the kernel sees it (direction, size, type and number encoded as <c>_IOC</c> does).</summary>
    public uint Request { get; }

    /// <summary>The data direction encoded in the request.</summary>
    public IoctlDirection Direction { get; }

    /// <summary>The "magic" type argument, e.g. 'G'.</summary>
    public uint TypeCode { get; }

    /// <summary>The "nr" argument: the ioctl's number within its type.</summary>
    public uint Number { get; }

    /// <summary>The encoded argument size in bytes.</summary>
    public uint Size { get; }

    /// <summary>The generated C# type of the argument, when the macro names one through sizeof.</summary>
    public Type? ArgumentType { get; }

    /// <summary>The argument type as written in C, e.g. <c>struct gh_fn_desc</c>.</summary>
    public string? ArgumentCType { get; }

    /// <summary>The fd kind (device, vm, vcpu, guest_mem...) assigned by the fd map; null when unassigned.</summary>
    public string? FdKind { get; }

    /// <summary>Pretty-prints argument bytes; falls back to hex when the type is unknown or the bytes are short.</summary>
    public string FormatArgument(ReadOnlySpan<byte> argument)
    {
        if (formatter is not null && argument.Length >= Size)
        {
            return formatter(argument);
        }

        return Convert.ToHexString(argument);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} = 0x{Request:x8} ({Direction}, '{(char)TypeCode}', {Number}, {Size})");
}
