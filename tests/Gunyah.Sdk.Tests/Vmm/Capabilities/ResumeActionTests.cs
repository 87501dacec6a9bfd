using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Capabilities;

/// <summary>
/// resume_action lives in the run page of v17 and android15-6.6 only (mmio @37, page_fault @28). Older
/// generations' pages have padding there, so reading or writing it throws and leaves the page alone.
/// </summary>
public class ResumeActionTests
{
    [Theory]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public void Mmio_resume_action_throws_on_generations_without_it_and_leaves_the_page_alone(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x9000_0000, [1, 2, 3, 4], 4, isWrite: false, resumeAction: 0x5a));

        var read = Assert.Throws<GunyahNotSupportedException>(() => _ = vcpu.Run().Mmio.ResumeAction);
        var write = Assert.Throws<GunyahNotSupportedException>(() =>
        {
            var mmio = vcpu.Run().Mmio;
            mmio.ResumeAction = VcpuResumeAction.Fault;
        });

        Assert.All([read, write], e =>
        {
            Assert.Equal(VmCapabilities.ResumeActions, e.Capability);
            Assert.Same(fake.Profile, e.Profile);
        });
        Assert.Equal(0x5a, fake.Kernel.RunPage(vcpu.Handle.Fd)[RunPageScript.MmioResumeAction]);
    }

    [Theory]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public void Page_fault_resume_action_cannot_be_set_on_generations_without_it(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.PageFault(page, 0x9000_0000, -Errno.ENOENT, 0x5a));

        var exception = Assert.Throws<GunyahNotSupportedException>(() =>
        {
            var fault = vcpu.Run().PageFault;
            fault.ResumeAction = VcpuResumeAction.Retry;
        });

        Assert.Equal(VmCapabilities.ResumeActions, exception.Capability);
        Assert.Equal(0x5a, fake.Kernel.RunPage(vcpu.Handle.Fd)[RunPageScript.PageFaultResumeAction]);
    }

    [Theory]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    public void Mmio_resume_action_reads_and_writes_the_byte_at_37(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x9000_0000, [1, 2, 3, 4], 4, isWrite: false, resumeAction: (byte)VcpuResumeAction.Retry));
        var page = fake.Kernel.RunPage(vcpu.Handle.Fd);

        var mmio = vcpu.Run().Mmio;
        var preset = mmio.ResumeAction;
        mmio.ResumeAction = VcpuResumeAction.Fault;

        Assert.Equal(VcpuResumeAction.Retry, preset);
        Assert.Equal((byte)VcpuResumeAction.Fault, page[RunPageScript.MmioResumeAction]);
        Assert.Equal(4u, BitConverter.ToUInt32(page.Slice(32, 4)));
        Assert.Equal(0, page[36]);
        mmio.ResumeAction = VcpuResumeAction.Handled;
        Assert.Equal(0, page[RunPageScript.MmioResumeAction]);
    }

    [Theory]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    public void Page_fault_resume_action_reads_and_writes_the_byte_at_28(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.PageFault(page, 0x9000_0000, -Errno.EPERM, (byte)VcpuResumeAction.Fault));
        var page = fake.Kernel.RunPage(vcpu.Handle.Fd);

        var fault = vcpu.Run().PageFault;
        var preset = fault.ResumeAction;
        fault.ResumeAction = VcpuResumeAction.Retry;

        Assert.Equal(VcpuResumeAction.Fault, preset);
        Assert.Equal((byte)VcpuResumeAction.Retry, page[RunPageScript.PageFaultResumeAction]);
        Assert.Equal(-Errno.EPERM, BitConverter.ToInt32(page.Slice(24, 4)));
    }
}
