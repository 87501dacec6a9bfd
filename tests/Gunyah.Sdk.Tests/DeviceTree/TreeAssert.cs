using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

internal static class TreeAssert
{
    /// <summary>Asserts the trees are equal, naming the first difference when they are not.</summary>
    public static void Equal(DeviceTreeDocument expected, DeviceTreeDocument actual)
    {
        var difference = expected.FindFirstDifference(actual);
        Assert.True(difference is null, $"the trees differ: {difference}");
    }

    /// <summary>Asserts that parsing <paramref name="blob"/> fails with <paramref name="reason"/>, through both readers.</summary>
    public static DeviceTreeFormatException Rejects(DeviceTreeFormatError reason, byte[] blob)
    {
        var parsed = Assert.Throws<DeviceTreeFormatException>(() => DeviceTreeDocument.Parse(blob));
        Assert.Equal(reason, parsed.Reason);
        var opened = Assert.Throws<DeviceTreeFormatException>(() => FdtBlob.Open(blob));
        Assert.Equal(reason, opened.Reason);
        Assert.Equal(parsed.Offset, opened.Offset);
        return parsed;
    }
}
