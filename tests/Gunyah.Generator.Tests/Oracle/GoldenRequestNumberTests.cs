using System.Globalization;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle;

/// <summary>
/// Request numbers from the ABI facts, independent of any header or compiler: if a header, the ioctl
/// macro evaluation or the emitter drifts, these fail even when gcc and our C# agree with each other.
/// </summary>
public class GoldenRequestNumberTests
{
    public static TheoryData<string, string, uint> Goldens
    {
        get
        {
            var data = new TheoryData<string, string, uint>
            {
                { "v6", "GH_CREATE_VM", 0x4740 },
                { "v6", "GH_VM_SET_USER_MEM_REGION", 0x40204741 },
                { "v6", "GH_VM_SET_DTB_CONFIG", 0x40104742 },
                { "v6", "GH_VM_START", 0x4745 },
                { "android14-6.1", "GH_VM_SET_USER_MEM_REGION", 0x40204701 },
                { "android14-6.1", "GH_VM_ANDROID_LEND_USER_MEM", 0x40204111 },
                { "android14-6.1", "GH_VM_ANDROID_SET_FW_CONFIG", 0x40104112 },
                { "android15-6.6", "GH_VM_ANDROID_LEND_USER_MEM", 0x40204111 },
                { "android15-6.6", "GH_VM_ANDROID_SET_FW_CONFIG", 0x40104112 },
                { "v17", "GUNYAH_CREATE_GUEST_MEM", 0x40404708 },
                { "v17", "GUNYAH_VM_MAP_MEM", 0x40204709 },
                { "v17", "GUNYAH_VM_SET_BOOT_CONTEXT", 0x4010470a },
                { "android15-6.6", "GUNYAH_VM_MAP_MEM", 0x40204709 },
                { "android15-6.6", "GUNYAH_VM_SET_BOOT_CONTEXT", 0x4010470a },
            };

            // The v10+ core set, renumbered from 0: GH_ names up to android14, GUNYAH_ names from v17.
            (string Profile, string Prefix)[] core = [("v10", "GH_"), ("android14-6.1", "GH_"), ("v17", "GUNYAH_"), ("android15-6.6", "GUNYAH_")];
            foreach (var (profile, prefix) in core)
            {
                data.Add(profile, prefix + "CREATE_VM", 0x4700);
                data.Add(profile, prefix + "VM_SET_DTB_CONFIG", 0x40104702);
                data.Add(profile, prefix + "VM_START", 0x4703);
                data.Add(profile, prefix + "VM_ADD_FUNCTION", 0x40104704);
                data.Add(profile, prefix + "VCPU_RUN", 0x4705);
                data.Add(profile, prefix + "VCPU_MMAP_SIZE", 0x4706);
                data.Add(profile, prefix + "VM_REMOVE_FUNCTION", 0x40104707);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Request_number_in_the_model_and_the_generated_const_matches_the_ABI(string profile, string macro, uint expected)
    {
        var bindings = SubjectBindings.For(profile + "/linux/gunyah.h");
        var ioctl = Assert.Single(bindings.Model.Ioctls, i => i.Name == macro);
        Assert.Equal(expected.ToString("x8", CultureInfo.InvariantCulture), ioctl.Request.ToString("x8", CultureInfo.InvariantCulture));
        Assert.True(bindings.CSharpFacts.TryGetValue(FactKeys.Ioctl(macro), out var generated), $"no const with [CName(\"{macro}\")] in Ioctls");
        Assert.Equal(FactFormat.Request(expected), generated);
    }
}
