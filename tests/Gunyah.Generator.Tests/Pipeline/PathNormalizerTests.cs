using Gunyah.Generator.Pipeline;

namespace Gunyah.Generator.Tests.Pipeline;

public class PathNormalizerTests
{
    [Theory]
    [InlineData("/a/b/../c/./d.h", "/a/c/d.h")]
    [InlineData(@"C:\src\include\..\linux\gunyah.h", "C:/src/linux/gunyah.h")]
    [InlineData("/a//b/", "/a/b")]
    [InlineData("/../a", "/a")]
    [InlineData("a/../../b", "../b")]
    [InlineData(@"\\server\share\x.h", "//server/share/x.h")]
    public void Normalize(string path, string expected) => Assert.Equal(expected, PathNormalizer.Normalize(path));

    [Theory]
    [InlineData("/src/include", "linux/x.h", "/src/include/linux/x.h")]
    [InlineData("/src/include", "/abs/x.h", "/abs/x.h")]
    [InlineData("/src/include", "../map.fdmap", "/src/map.fdmap")]
    [InlineData("/src", @"D:\maps\m.fdmap", "D:/maps/m.fdmap")]
    public void Combine(string directory, string path, string expected) =>
        Assert.Equal(expected, PathNormalizer.Combine(directory, path));
}
