using Gunyah.Generator.Pipeline;

namespace Gunyah.Generator.Tests.Pipeline;

public class WildcardPatternTests
{
    [Theory]
    [InlineData("GH_VM_*", "GH_VM_START", true)]
    [InlineData("GH_VM_*", "GH_VM_", true)]
    [InlineData("GH_VM_*", "GH_VCPU_RUN", false)]
    [InlineData("*", "", true)]
    [InlineData("*_RUN", "GH_VCPU_RUN", true)]
    [InlineData("GH_*_RUN", "GH_VCPU_RUN_RUN", true)]
    [InlineData("GH_*_RUN", "GH_VCPU_RUNX", false)]
    [InlineData("GH_V?_START", "GH_VM_START", true)]
    [InlineData("GH_V?_START", "GH_V_START", false)]
    [InlineData("gh_vm_*", "GH_VM_START", false)]
    [InlineData("GH_*M*T", "GH_VM_START", true)]
    [InlineData("GH_CREATE_VM", "GH_CREATE_VM", true)]
    [InlineData("GH_CREATE_VM", "GH_CREATE_VM2", false)]
    public void Matches_like_a_glob(string pattern, string name, bool expected) =>
        Assert.Equal(expected, WildcardPattern.IsMatch(pattern, name));
}
