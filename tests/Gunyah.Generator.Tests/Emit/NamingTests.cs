using Gunyah.Generator.Emit;

namespace Gunyah.Generator.Tests.Emit;

public class NamingTests
{
    [Theory]
    [InlineData("gh_fn_desc", "GhFnDesc")]
    [InlineData("gunyah_vcpu_run.mmio", "GunyahVcpuRunMmio")]
    [InlineData("GH_VM_START", "GhVmStart")]
    [InlineData("__u64", "U64")]
    [InlineData("x86_64", "X86_64")]
    [InlineData("ARM64_REGS", "Arm64Regs")]
    [InlineData("4K", "_4K")]
    [InlineData("fooBar_baz", "FooBarBaz")]
    [InlineData("_", "_")]
    [InlineData("a$b", "Ab")]
    public void PascalCase(string cName, string expected) => Assert.Equal(expected, Naming.ToPascalCase(cName));

    [Fact]
    public void Common_prefix_is_stripped_by_whole_segments_keeping_one()
    {
        Assert.Equal(new[] { "READ", "WRITE" }, Naming.StripCommonPrefix(["GH_MEM_READ", "GH_MEM_WRITE"]));
        Assert.Equal(new[] { "MEM", "MEMORY_X" }, Naming.StripCommonPrefix(["GH_MEM", "GH_MEMORY_X"]));
        Assert.Equal(new[] { "READ" }, Naming.StripCommonPrefix(["GH_MEM_READ"]));
        Assert.Equal(new[] { "A", "A_B" }, Naming.StripCommonPrefix(["GH_A", "GH_A_B"]));
        Assert.Equal(new[] { "X", "Y" }, Naming.StripCommonPrefix(["__P_X", "__P_Y"]));
    }

    [Theory]
    [InlineData("GUNYAH_VM_MAP_MEM", "vm", "MAP_MEM")]
    [InlineData("GUNYAH_CREATE_GUEST_MEM", "device", "CREATE_GUEST_MEM")]
    [InlineData("GUNYAH_CREATE_VM", "device", "CREATE_VM")]
    [InlineData("GH_VM_ANDROID_LEND_USER_MEM", "vm", "ANDROID_LEND_USER_MEM")]
    [InlineData("GUNYAH_VCPU_RUN", "vcpu", "RUN")]
    [InlineData("GUNYAH_GUEST_MEM_PUNCH", "guest_mem", "PUNCH")]
    [InlineData("KVM_RUN", "vcpu", "RUN")]
    [InlineData("GH_VM", "vm", "VM")]
    [InlineData("FIONREAD", "device", "FIONREAD")]
    public void Client_method_drops_the_family_prefix_and_the_fd_kind(string ioctl, string fdKind, string expected) =>
        Assert.Equal(expected, BindingPlanner.MethodStem(ioctl, fdKind));

    [Theory]
    [InlineData("GH_X", "GH_X")]
    [InlineData("a$b", "a_b")]
    [InlineData("_\u2e7b", "__")]
    [InlineData("A\u200BB", "A_B")]
    [InlineData("9LIVES", "_9LIVES")]
    [InlineData("", "_")]
    public void Verbatim_identifiers_replace_what_CSharp_rejects(string cName, string expected) =>
        Assert.Equal(expected, Naming.ToVerbatimIdentifier(cName));

    [Theory]
    [InlineData("base", "@base")]
    [InlineData("GH_X", "GH_X")]
    [InlineData("value", "value")]
    public void Keywords_are_escaped(string identifier, string expected) => Assert.Equal(expected, Naming.Escape(identifier));

    [Theory]
    [InlineData("My.Ns", "My.Ns")]
    [InlineData(" My . class ", "My.@class")]
    [InlineData("", "Gunyah.Uapi")]
    [InlineData("1abc.x y", "_1abc.xy")]
    public void Namespaces_are_sanitized(string requested, string expected) => Assert.Equal(expected, Naming.ToNamespace(requested));
}
