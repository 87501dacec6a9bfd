using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Pipeline;

namespace Gunyah.Generator.Tests.Pipeline;

public class FdMapParserTests
{
    [Fact]
    public void Rules_are_read_in_order_skipping_comments_and_blank_lines()
    {
        var map = FdMapParser.Parse("/m.fdmap", "# header comment\n\nGH_CREATE_VM device\r\n  GH_VM_*\tvm # trailing comment\nGH_* other\n");

        Assert.Empty(map.Diagnostics);
        Assert.Equal(new[] { ("GH_CREATE_VM", "device", 3), ("GH_VM_*", "vm", 4), ("GH_*", "other", 5) }, map.Rules.Select(r => (r.Pattern, r.FdKind, r.Line)));
        Assert.Equal("device", map.Match("GH_CREATE_VM"));
        Assert.Equal("vm", map.Match("GH_VM_START"));
        Assert.Equal("other", map.Match("GH_VCPU_RUN"));
        Assert.Null(map.Match("KVM_RUN"));
    }

    [Theory]
    [InlineData("GH_VM_START", "fields")]
    [InlineData("GH_VM_START vm extra", "fields")]
    [InlineData("GH-VM vm", "pattern")]
    [InlineData("GH_VM_START Vm", "fd kind")]
    [InlineData("GH_VM_START vm2", "fd kind")]
    public void Malformed_lines_are_reported_with_their_position_and_skipped(string line, string complaint)
    {
        var map = FdMapParser.Parse("/m.fdmap", "GH_A a\n  " + line + "\n");

        var diagnostic = Assert.Single(map.Diagnostics);
        Assert.Equal(DiagnosticIds.FdMapError, diagnostic.Id);
        Assert.Contains(complaint, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new Model.LocationInfo("/m.fdmap", 2, 3), diagnostic.Location);
        Assert.Single(map.Rules);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_maps()
    {
        Assert.Equal(FdMapParser.Parse("/m", "A* a\nB b\n"), FdMapParser.Parse("/m", "A* a\nB b\n"));
        Assert.NotEqual(FdMapParser.Parse("/m", "A* a\n"), FdMapParser.Parse("/m", "A* b\n"));
    }
}
