using Gunyah.Generator.CFrontEnd.Preprocessing;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class HeaderPathTests
{
    [Theory]
    [InlineData("/a/./b/../c.h", "/a/c.h")]
    [InlineData("a\\b\\..\\c.h", "a/c.h")]
    [InlineData("//a///b.h", "/a/b.h")]
    [InlineData("/../a.h", "/a.h")]
    [InlineData("../a.h", "../a.h")]
    [InlineData("C:\\inc\\..\\..\\x.h", "C:/x.h")]
    public void Normalize(string path, string expected) => Assert.Equal(expected, HeaderPath.Normalize(path));

    [Theory]
    [InlineData("/inc", "linux/kvm.h", "/inc/linux/kvm.h")]
    [InlineData("/inc/linux", "../asm/x.h", "/inc/asm/x.h")]
    [InlineData("/inc", "/abs/y.h", "/abs/y.h")]
    [InlineData("C:/repo", "D:\\other\\z.h", "D:/other/z.h")]
    [InlineData("", "z.h", "z.h")]
    public void Combine(string directory, string name, string expected) => Assert.Equal(expected, HeaderPath.Combine(directory, name));

    [Fact]
    public void Directory_of_a_path()
    {
        Assert.Equal("/inc/linux", HeaderPath.Directory("/inc/linux/kvm.h"));
        Assert.Equal("/", HeaderPath.Directory("/kvm.h"));
        Assert.Equal(string.Empty, HeaderPath.Directory("kvm.h"));
    }
}
