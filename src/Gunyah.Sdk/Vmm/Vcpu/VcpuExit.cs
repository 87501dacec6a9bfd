using Gunyah.Sdk.Vmm.Abi;
using RunPage = Gunyah.Sdk.Uapi.V17.GunyahVcpuRun;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// Why <see cref="GunyahVcpu.Run"/> returned: a view of the run page, read in place (no copy). Valid until the
/// next <see cref="GunyahVcpu.Run"/> of the same vCPU.
/// </summary>
public readonly unsafe ref struct VcpuExit
{
    private readonly GunyahVcpu vcpu;

    internal VcpuExit(GunyahVcpu vcpu, VcpuExitReason reason)
    {
        this.vcpu = vcpu;
        Reason = reason;
    }

    /// <summary>Why RUN returned; the matching property (<c>Mmio</c>, <c>Status</c>, ...) holds the details.</summary>
    public VcpuExitReason Reason { get; }

    /// <summary>The MMIO access (when <see cref="Reason"/> is <see cref="VcpuExitReason.Mmio"/>).</summary>
    public MmioExit Mmio => Reason == VcpuExitReason.Mmio ? new MmioExit(Live()) : throw WrongExit(VcpuExitReason.Mmio);

    /// <summary>The VM's status (when <see cref="Reason"/> is <see cref="VcpuExitReason.Status"/>).</summary>
    public StatusExit Status => Reason == VcpuExitReason.Status ? new StatusExit(Live().Run_) : throw WrongExit(VcpuExitReason.Status);

    /// <summary>The unresolved fault (when <see cref="Reason"/> is <see cref="VcpuExitReason.PageFault"/>).</summary>
    public PageFaultExit PageFault => Reason == VcpuExitReason.PageFault ? new PageFaultExit(Live()) : throw WrongExit(VcpuExitReason.PageFault);

    private GunyahVcpu Live()
    {
        vcpu.ThrowIfDisposed();
        return vcpu;
    }

    private InvalidOperationException WrongExit(VcpuExitReason wanted) => new($"The exit is {Reason}, not {wanted}.");
}

/// <summary>An MMIO exit: the guest accessed <see cref="Address"/>, which no memory backs.</summary>
public readonly unsafe ref struct MmioExit
{
    private readonly GunyahVcpu vcpu;

    internal MmioExit(GunyahVcpu vcpu) => this.vcpu = vcpu;

    private RunPage.MmioStruct* Page => &vcpu.Run_->Mmio;

    /// <summary>Guest-physical address of the access.</summary>
    public ulong Address => Page->PhysAddr;

    /// <summary>Width in bytes (1, 2, 4 or 8).</summary>
    public int Length => (int)Math.Min(Page->Len, 8u);

    /// <summary>Whether the guest wrote (true) or read (false).</summary>
    public bool IsWrite => Page->IsWrite != 0;

    /// <summary>The data bytes: what a write stored, or for a read what the VMM supplies.</summary>
    public Span<byte> Data => new((byte*)&Page->Data, Length);

    /// <summary>A write's value, little-endian, zero-extended.</summary>
    public ulong Value
    {
        get
        {
            ulong value = 0;
            var data = Data;
            for (var i = data.Length - 1; i >= 0; i--)
            {
                value = (value << 8) | data[i];
            }

            return value;
        }
    }

    /// <summary>Supplies a read's result (little-endian, the low <see cref="Length"/> bytes are used).</summary>
    public void SetReadValue(ulong value)
    {
        var data = new Span<byte>((byte*)&Page->Data, 8);
        for (var i = 0; i < 8; i++)
        {
            data[i] = (byte)(value >> (8 * i));
        }
    }

    /// <summary>What the kernel does on the next run (needs <see cref="VmCapabilities.ResumeActions"/>); the
    /// kernel presets <see cref="VcpuResumeAction.Handled"/>.</summary>
    public VcpuResumeAction ResumeAction
    {
        get
        {
            vcpu.Abi.Require(VmCapabilities.ResumeActions, "mmio.resume_action");
            return (VcpuResumeAction)Page->ResumeAction;
        }

        set
        {
            vcpu.Abi.Require(VmCapabilities.ResumeActions, "mmio.resume_action");
            Page->ResumeAction = (byte)value;
        }
    }
}

/// <summary>A STATUS exit: the VM can no longer run. Later runs return the same exit at once.</summary>
public readonly unsafe ref struct StatusExit
{
    private readonly RunPage* page;

    internal StatusExit(RunPage* page) => this.page = page;

    /// <summary>Why the VM stopped.</summary>
    public VmStatus Status => (VmStatus)page->Status.Status;

    /// <summary>exit_info.type, as the Resource Manager reported it (meaningful when <see cref="Status"/> is
    /// <see cref="VmStatus.Exited"/>).</summary>
    public ushort ExitType => page->Status.ExitInfo.Type;

    /// <summary>exit_info.reason_size.</summary>
    public uint ReasonSize => page->Status.ExitInfo.ReasonSize;

    /// <summary>The reason bytes (at most 8, little-endian values from the Resource Manager).</summary>
    public ReadOnlySpan<byte> Reason => new((byte*)&page->Status.ExitInfo.Reason, (int)Math.Min(ReasonSize, 8u));
}

/// <summary>A PAGE_FAULT exit (v17, android15-6.6): a fault the kernel could not back from guest memory.</summary>
public readonly unsafe ref struct PageFaultExit
{
    private readonly GunyahVcpu vcpu;

    internal PageFaultExit(GunyahVcpu vcpu) => this.vcpu = vcpu;

    private RunPage.PageFaultStruct* Page => &vcpu.Run_->PageFault;

    /// <summary>The guest physical address that faulted.</summary>
    public ulong Address => Page->PhysAddr;

    /// <summary>Why the kernel could not resolve it, as -errno: -ENOENT (nothing bound), -EPERM (a write to a
    /// binding without write access), -ENOMEM.</summary>
    public int Attempt => Page->Attempt;

    /// <summary>The page fault's resume action (preset to <see cref="VcpuResumeAction.Fault"/>; the v17 kernel does
    /// not read it back).</summary>
    public VcpuResumeAction ResumeAction
    {
        get => (VcpuResumeAction)Page->ResumeAction;
        set
        {
            vcpu.Abi.Require(VmCapabilities.ResumeActions, "page_fault.resume_action");
            Page->ResumeAction = (byte)value;
        }
    }
}
