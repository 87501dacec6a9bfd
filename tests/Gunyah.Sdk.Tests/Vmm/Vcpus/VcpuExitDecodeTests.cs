using System.Buffers.Binary;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Vcpus;

/// <summary>Run decodes what the kernel wrote into the run page: MMIO, STATUS and PAGE_FAULT exits.</summary>
public class VcpuExitDecodeTests
{
    public static TheoryData<string, bool> MmioCases() => Generations.WithVcpusAnd(false, true);

    [Theory]
    [MemberData(nameof(MmioCases))]
    public void An_mmio_exit_gives_address_length_direction_data_and_little_endian_value(string profile, bool isWrite)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x0000_00f0_1234_5678, [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88], 4, isWrite));

        var exit = vcpu.Run();

        Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
        var mmio = exit.Mmio;
        Assert.Equal(0x0000_00f0_1234_5678ul, mmio.Address);
        Assert.Equal(4, mmio.Length);
        Assert.Equal(isWrite, mmio.IsWrite);
        Assert.Equal([0x11, 0x22, 0x33, 0x44], mmio.Data.ToArray());
        Assert.Equal(0x4433_2211ul, mmio.Value);
    }

    [Theory]
    [InlineData(1u, 0x11ul)]
    [InlineData(2u, 0x2211ul)]
    [InlineData(8u, 0x8877_6655_4433_2211ul)]
    [InlineData(16u, 0x8877_6655_4433_2211ul)]
    public void The_mmio_length_is_clipped_to_the_8_data_bytes(uint length, ulong value)
    {
        using var fake = FakeVmm.Create("v10");
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x1000, [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88], length, isWrite: true));

        var mmio = vcpu.Run().Mmio;

        Assert.Equal((int)Math.Min(length, 8), mmio.Length);
        Assert.Equal(value, mmio.Value);
    }

    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void SetReadValue_writes_the_value_little_endian_into_the_data_bytes_at_24(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0x2000, [], 4, isWrite: false));
        var page = fake.Kernel.RunPage(vcpu.Handle.Fd);

        vcpu.Run().Mmio.SetReadValue(0x0102_0304_0506_0708);

        Assert.Equal("0807060504030201", Convert.ToHexString(page.Slice(RunPageScript.MmioData, 8)));
        Assert.Equal(0x2000ul, BinaryPrimitives.ReadUInt64LittleEndian(page[16..]));
        Assert.Equal(4u, BinaryPrimitives.ReadUInt32LittleEndian(page[32..]));
    }

    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void A_status_exit_gives_status_exit_type_and_reason(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Status(page, 2, 0xbeef, 3, [0xa1, 0xa2, 0xa3, 0xa4]));

        var exit = vcpu.Run();

        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        var status = exit.Status;
        Assert.Equal(VmStatus.Exited, status.Status);
        Assert.Equal(0xbeef, status.ExitType);
        Assert.Equal(3u, status.ReasonSize);
        Assert.Equal([0xa1, 0xa2, 0xa3], status.Reason.ToArray());
    }

    [Theory]
    [InlineData(1u, VmStatus.LoadFailed)]
    [InlineData(3u, VmStatus.Crashed)]
    public void Every_vm_status_value_decodes(uint value, VmStatus expected)
    {
        using var fake = FakeVmm.Create("android14-6.1");
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Status(page, value, 0, 0, []));

        var status = vcpu.Run().Status;

        Assert.Equal(expected, status.Status);
        Assert.Equal(0, status.Reason.Length);
    }

    [Fact]
    public void A_status_reason_longer_than_8_bytes_is_clipped_to_the_8_in_the_page()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        fake.OnRun(page =>
        {
            RunPageScript.Status(page, 2, 1, 200, [1, 2, 3, 4, 5, 6, 7, 8]);
            page[36] = 0xff; // the byte after reason[8]: must stay outside the span
            return 0;
        });

        var status = vcpu.Run().Status;

        Assert.Equal(200u, status.ReasonSize);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], status.Reason.ToArray());
    }

    [Theory]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    public void A_page_fault_exit_gives_address_attempt_as_negative_errno_and_resume_action(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.PageFault(page, 0x0000_0008_0000_3000, -Errno.ENOENT, (byte)VcpuResumeAction.Fault));

        var exit = vcpu.Run();

        Assert.Equal(VcpuExitReason.PageFault, exit.Reason);
        var fault = exit.PageFault;
        Assert.Equal(0x0000_0008_0000_3000ul, fault.Address);
        Assert.Equal(-Errno.ENOENT, fault.Attempt);
        Assert.Equal(VcpuResumeAction.Fault, fault.ResumeAction);
    }

    [Fact]
    public void Reading_another_exits_details_throws_InvalidOperationException()
    {
        using var fake = FakeVmm.Create("v17");
        using var vcpu = fake.AddVcpu();
        fake.OnRunExit(page => RunPageScript.Status(page, 3, 0, 0, []));

        Assert.Throws<InvalidOperationException>(() => { _ = vcpu.Run().Mmio; });
        Assert.Throws<InvalidOperationException>(() => { _ = vcpu.Run().PageFault; });
        fake.OnRunExit(page => RunPageScript.Mmio(page, 0, [], 1, isWrite: false));
        var exception = Assert.Throws<InvalidOperationException>(() => { _ = vcpu.Run().Status; });
        Assert.Contains("Mmio", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Status", exception.Message, StringComparison.Ordinal);
    }
}
