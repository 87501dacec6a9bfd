namespace Gunyah.Generator.Model;

/// <summary>
/// An object-like macro whose expansion invokes the header's ioctl-encoding macro (<c>_IOC</c> by default).
/// The request number is the macro's value computed from the header's own macros; the other fields are the
/// evaluated arguments of that invocation.
/// </summary>
/// <param name="Name">The macro name, e.g. <c>GH_VM_SET_USER_MEM_REGION</c>.</param>
/// <param name="Request">The request number.</param>
/// <param name="Direction">Mapped from the dir argument by comparing with the header's <c>_IOC_NONE/_IOC_WRITE/_IOC_READ</c>.</param>
/// <param name="TypeCode">The type ("magic") argument, e.g. 'G' = 0x47.</param>
/// <param name="Number">The nr argument.</param>
/// <param name="Size">The size argument.</param>
/// <param name="ArgumentType">The type named by <c>sizeof(type)</c> in the size argument, if any.</param>
/// <param name="FdKind">Which fd the ioctl is issued on (e.g. device, vm, vcpu); assigned from the fd map, null if unassigned.</param>
/// <param name="IsFromRootHeader">Defined in the root header.</param>
/// <param name="Doc">The header comment attached to the definition.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record IoctlModel(
    string Name,
    uint Request,
    IoctlDirectionKind Direction,
    uint TypeCode,
    uint Number,
    uint Size,
    TypeRef? ArgumentType,
    string? FdKind,
    bool IsFromRootHeader,
    string? Doc,
    LocationInfo Location);
