using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Bytes;

/// <summary>SET_BOOT_CONTEXT (v17, android15-6.6): reg = set &lt;&lt; 8 | index @0 (X 0, PC 1, SP 2), reserved @4, value @8.</summary>
public class BootContextBytesTests
{
    public static TheoryData<string, string, uint> Registers()
    {
        var data = new TheoryData<string, string, uint>();
        foreach (var profile in new[] { "v17", "android15-6.6" })
        {
            data.Add(profile, "X0", 0x000);
            data.Add(profile, "X5", 0x005);
            data.Add(profile, "X31", 0x01f);
            data.Add(profile, "PC", 0x100);
            data.Add(profile, "SP0", 0x200);
            data.Add(profile, "SP2", 0x202);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void SetBootRegister_sends_the_register_id_and_value(string profile, string register, uint id)
    {
        using var fake = FakeVmm.Create(profile);
        var boot = Parse(register);

        fake.Vm.SetBootRegister(boot, 0xfedc_ba98_7654_3210);

        Assert.Equal(id, boot.Id);
        Assert.Equal(register, boot.ToString());
        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, 0x4010470a, new LeBytes(16).U32(0, id).U64(8, 0xfedc_ba98_7654_3210).ToArray());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32)]
    public void X_outside_0_to_31_is_out_of_range(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BootRegister.X(index));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Sp_outside_0_to_2_is_out_of_range(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BootRegister.Sp(index));

    private static BootRegister Parse(string register) => register switch
    {
        "PC" => BootRegister.Pc,
        ['S', 'P', .. var index] => BootRegister.Sp(int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)),
        ['X', .. var index] => BootRegister.X(int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException(register, nameof(register)),
    };
}
