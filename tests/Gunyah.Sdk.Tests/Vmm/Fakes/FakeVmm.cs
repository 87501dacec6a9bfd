using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>A device and a VM of one ABI generation over a <see cref="RecordingKernel"/>, records cleared.</summary>
internal sealed class FakeVmm : IDisposable
{
    private FakeVmm(AbiProfile profile)
    {
        Profile = profile;
        Kernel = new RecordingKernel();
        Device = GunyahDevice.Open(Kernel, GunyahDevice.DefaultPath, profile);
        Vm = Device.CreateVm();
        Kernel.ClearRecords();
    }

    public AbiProfile Profile { get; }

    public RecordingKernel Kernel { get; }

    public GunyahDevice Device { get; }

    public GunyahVm Vm { get; }

    /// <summary>The recorded ioctls, as a list.</summary>
    public IReadOnlyList<IoctlRecord> Ioctls => Kernel.Ioctls;

    public static FakeVmm Create(string profileName) => new(Generations.Profile(profileName));

    /// <summary>A vCPU of the VM, with the records of adding it cleared.</summary>
    public GunyahVcpu AddVcpu(uint id = 0)
    {
        var vcpu = Vm.AddVcpu(id);
        Kernel.ClearRecords();
        return vcpu;
    }

    /// <summary>Answers VCPU_RUN (0x4705) with <paramref name="script"/> writing into the vCPU's run page.</summary>
    public void OnRun(RunPageWriter script) =>
        Kernel.RespondTo(0x4705, (in IoctlCall call) => script(call.Kernel.RunPage(call.Fd)));

    /// <summary>Answers VCPU_RUN with <paramref name="exit"/> written into the run page, and 0.</summary>
    public void OnRunExit(RunPageExit exit) => OnRun(page =>
    {
        exit(page);
        return 0;
    });

    public void Dispose()
    {
        Vm.Dispose();
        Device.Dispose();
        Kernel.Dispose();
    }
}

/// <summary>Writes one exit into a run page; returns the RUN result (0, or -errno).</summary>
internal delegate int RunPageWriter(Span<byte> page);

/// <summary>Writes one exit into a run page.</summary>
internal delegate void RunPageExit(Span<byte> page);
