using Gunyah.AbiExplorer;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Tests.Samples;

/// <summary>The ABI explorer sample: listing and decoding the ABI of every generation.</summary>
public class AbiExplorerTests
{
    [Fact]
    public void Decode_names_the_request_in_every_profile_that_defines_it()
    {
        var output = new StringWriter();
        Assert.True(RequestDecoder.Decode(output, AbiProfiles.All, 0x40204701, argument: null));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "v10", "android14-6.1", "android15-6.6" }, lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines, l => Assert.Contains("SET_USER_MEM_REGION", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_reports_an_unknown_request()
    {
        var output = new StringWriter();
        Assert.False(RequestDecoder.Decode(output, AbiProfiles.All, 0xdeadbeef, argument: null));
        Assert.Contains("no profile defines", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_lists_every_ioctl_of_every_profile()
    {
        var output = new StringWriter();
        IoctlListing.WriteTable(output, AbiProfiles.All);
        var text = output.ToString();
        foreach (var ioctl in AbiProfiles.All.SelectMany(p => p.Ioctls))
        {
            Assert.Contains(ioctl.Name, text, StringComparison.Ordinal);
        }

        Assert.Contains("0x40204709", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x40204701", 0x40204701u)]
    [InlineData("18179", 0x4703u)]
    public void Requests_parse_as_hex_or_decimal(string text, uint expected)
    {
        Assert.True(RequestDecoder.TryParseRequest(text, out var request));
        Assert.Equal(expected, request);
    }
}
