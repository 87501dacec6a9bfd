using System.Runtime.CompilerServices;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>The .dts sources in TestData/, found next to this source file (the build output may live anywhere).</summary>
internal static class TestData
{
    public static string Directory([CallerFilePath] string thisFile = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "TestData");

    public static byte[] Read(string name)
    {
        var path = System.IO.Path.Combine(Directory(), name);
        Assert.True(File.Exists(path), $"missing test data {path}");
        return File.ReadAllBytes(path);
    }
}
