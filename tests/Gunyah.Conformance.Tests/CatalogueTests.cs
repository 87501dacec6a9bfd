using System.Text.RegularExpressions;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Tests;

public sealed partial class CatalogueTests
{
    [Fact]
    public void Ids_are_unique_stable_shaped_and_start_with_a_known_group()
    {
        Assert.Equal(ClauseCatalogue.All.Count, ClauseCatalogue.All.Select(c => c.Id).Distinct().Count());
        Assert.All(ClauseCatalogue.All, c =>
        {
            Assert.Matches(IdShape(), c.Id);
            Assert.Contains(c.Group, ClauseGroup.All);
        });
    }

    [Fact]
    public void Every_clause_says_what_where_from_and_for_which_generations()
    {
        Assert.All(ClauseCatalogue.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Behaviour), c.Id);
            Assert.EndsWith(".", c.Behaviour);
            Assert.False(string.IsNullOrWhiteSpace(c.Source), c.Id);
            Assert.NotEmpty(c.Expected.GenerationNames);
        });
    }

    [Fact]
    public void Documented_choices_point_at_the_gap_they_close()
    {
        var choices = ClauseCatalogue.All.Where(c => c.Basis == ClauseBasis.DocumentedChoice).ToList();
        Assert.NotEmpty(choices);
        Assert.All(choices, c => Assert.Contains("§11", c.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Choices_for_single_generations_are_generations_of_the_clause_and_name_the_gap()
    {
        var partial = ClauseCatalogue.All.Where(c => c.ChoiceIn.Count > 0).ToList();
        Assert.NotEmpty(partial);
        Assert.All(partial, c =>
        {
            Assert.All(c.ChoiceIn, g => Assert.True(c.Expected.AppliesTo(g), $"{c.Id}: {g}"));
            Assert.Contains("§11", c.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_catalogue_is_in_group_order()
    {
        var order = ClauseCatalogue.All.Select(c => ClauseGroup.All.ToList().IndexOf(c.Group)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Theory]
    [InlineData("dtb", "dtb.null-argument", true)]
    [InlineData("dtb", "dtb.firmware.null-argument", true)]
    [InlineData("dtb", "device.unknown-request", false)]
    [InlineData("functions.irqfd", "functions.irqfd.closed-fd", true)]
    [InlineData("functions.irq", "functions.irqfd.closed-fd", false)]
    [InlineData("*.closed-fd", "functions.ioeventfd.closed-fd", true)]
    [InlineData("VCPU-RUN.*", "vcpu-run.mmap-size", true)]
    [InlineData("boot-context,start", "start.prepared-vm", true)]
    [InlineData("vm-memory.map.unaligned-?ize", "vm-memory.map.unaligned-size", true)]
    public void Filters_match_groups_id_prefixes_and_globs(string filter, string id, bool matches) =>
        Assert.Equal(matches, new ClauseFilter([filter]).Matches(ClauseCatalogue.Find(id)!));

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex IdShape();
}
