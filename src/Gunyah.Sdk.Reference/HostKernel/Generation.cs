using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>The ABI generations the reference driver models.</summary>
internal enum GenerationId
{
    V6,
    V10,
    Android14,
    V17,
    Android15,
}

/// <summary>
/// What differs between the drivers of the generations, apart from the request tables (<see cref="DriverTables"/>):
/// which RM call family START uses, when the VMID is allocated, which errno an unknown vCPU request gets, and the
/// function-removal rules. Each property names the row of gunyah-uapi.md it follows.
/// </summary>
internal sealed class Generation
{
    private Generation(GenerationId id, AbiProfile profile)
    {
        Id = id;
        Profile = profile;
    }

    public GenerationId Id { get; }

    public AbiProfile Profile { get; }

    /// <summary>The GUNYAH_ drivers (v17, android15-6.6): the L24 START sequence, guest memory bindings,
    /// boot context, page-fault exits and resume actions.</summary>
    public bool IsL24 => Id is GenerationId.V17 or GenerationId.Android15;

    /// <summary>v6 and android14-6.1 allocate the VMID at CREATE_VM (v6 shares regions inside the ioctl, so it
    /// needs one; ACK14 starts in LOAD); v10 and the L24 drivers allocate it at START (§5.4).</summary>
    public bool AllocatesVmidAtCreate => Id is GenerationId.V6 or GenerationId.Android14;

    /// <summary>v6 lends or shares each region with the RM inside SET_USER_MEM_REGION (§3).</summary>
    public bool SharesAtIoctl => Id == GenerationId.V6;

    /// <summary>v6 reports every START failure as EINVAL (§3).</summary>
    public bool StartFailsWithEinval => Id == GenerationId.V6;

    /// <summary>v6/v10: the LENT flag and delete by memory_size 0.</summary>
    public bool HasLentFlag => Id is GenerationId.V6 or GenerationId.V10;

    /// <summary>Unknown vCPU request: EINVAL in the GH_ drivers, ENOTTY from v17 (§5.4, §6.4). android15-6.6 is
    /// not checked in the sources; it is given the GUNYAH_ (v17) behaviour.</summary>
    public int UnknownVcpuErrno => IsL24 ? Errno.ENOTTY : Errno.EINVAL;

    /// <summary>v10 passes a vCPU's id by value in gh_fn_desc.arg with arg_size 0 (docs/abi-profiles.md).</summary>
    public bool VcpuIdByValue => Id == GenerationId.V10;

    /// <summary>REMOVE_FUNCTION with arg_size 0 returns 0 and removes nothing in android14-6.1 (§5.4); v17 returns
    /// ENOENT whenever nothing matched (§6.4).</summary>
    public bool RemoveWithoutArgumentIsNoop => Id == GenerationId.Android14;

    /// <summary>ioeventfd removal compares addr, len, flags and datamatch (v17, §6.4) instead of addr only (ACK14).</summary>
    public bool IoeventfdFullCompare => IsL24;

    /// <summary>A read MMIO exit's length is capped at 8 (from v12; v10 too, its data array is 8 bytes).</summary>
    public const uint MaxMmioLength = 8;

    public static Generation For(AbiProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        GenerationId? id = profile.Name switch
        {
            "v6" => GenerationId.V6,
            "v10" => GenerationId.V10,
            "android14-6.1" => GenerationId.Android14,
            "v17" => GenerationId.V17,
            "android15-6.6" => GenerationId.Android15,
            _ => null,
        };
        return id is { } known
            ? new Generation(known, profile)
            : throw new ArgumentException($"The reference driver does not model the '{profile.Name}' generation.", nameof(profile));
    }
}
