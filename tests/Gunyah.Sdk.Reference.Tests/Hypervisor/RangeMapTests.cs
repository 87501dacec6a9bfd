using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>
/// The range map under the hypervisor's page tables: fixed-seed random Set/Remove/RemoveAll against a page-by-page
/// dictionary; after every step each page answers the same, the page count agrees, and the map is minimal (sorted,
/// disjoint, no two touching entries with equal values).
/// </summary>
public sealed class RangeMapTests
{
    private const ulong Page = ReferenceHypervisor.PageSize;
    private const int Pages = 40;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_edits_agree_with_a_page_by_page_model(int seed)
    {
        var random = new Random(seed);
        var map = new RangeMap<int>();
        var model = new Dictionary<ulong, int>();
        for (var step = 0; step < 3000; step++)
        {
            var first = (ulong)random.Next(Pages);
            var count = (ulong)random.Next(1, 9);
            var start = first * Page;
            var last = start + (count * Page) - 1;
            var operation = random.Next(10);
            if (operation < 6)
            {
                // Few distinct values, so neighbours often merge.
                var value = random.Next(3);
                map.Set(start, last, value);
                for (var page = first; page < first + count; page++)
                    model[page] = value;
            }
            else if (operation < 9)
            {
                map.Remove(start, last);
                for (var page = first; page < first + count; page++)
                    model.Remove(page);
            }
            else
            {
                var doomed = random.Next(3);
                map.RemoveAll(doomed, static (value, target) => value == target);
                foreach (var page in model.Where(p => p.Value == doomed).Select(p => p.Key).ToList())
                    model.Remove(page);
            }

            Check(map, model, $"seed {seed}, step {step}");
        }
    }

    [Fact]
    public void Coverage_and_overlap_queries_see_gaps()
    {
        var map = new RangeMap<int>();
        map.Set(0, (2 * Page) - 1, 1);
        map.Set(3 * Page, (4 * Page) - 1, 1);
        Assert.True(map.Covers(0, (2 * Page) - 1));
        Assert.False(map.Covers(0, (4 * Page) - 1));
        Assert.True(map.Overlaps(Page, (3 * Page) + 5));
        Assert.False(map.Overlaps(2 * Page, (3 * Page) - 1));
        Assert.False(map.CoversWith(0, Page - 1, 2, static (value, wanted) => value == wanted));
        Assert.Equal(3, map.Pages);
    }

    [Fact]
    public void A_range_may_end_at_the_top_of_the_address_space()
    {
        var map = new RangeMap<int>();
        var top = ulong.MaxValue - Page + 1;
        map.Set(top - Page, ulong.MaxValue, 7);
        Assert.True(map.TryFind(ulong.MaxValue, out var entry));
        Assert.Equal(top - Page, entry.Start);
        map.Remove(top, ulong.MaxValue);
        Assert.False(map.TryFind(top, out _));
        Assert.Equal(1, map.Pages);
    }

    private static void Check(RangeMap<int> map, Dictionary<ulong, int> model, string context)
    {
        for (ulong page = 0; page < Pages + 8; page++)
        {
            var found = map.TryFind((page * Page) + 123, out var entry);
            Assert.True(found == model.ContainsKey(page), $"{context}: page {page} present {found}, model {model.ContainsKey(page)}");
            if (found)
                Assert.True(entry.Value == model[page], $"{context}: page {page} holds {entry.Value}, model {model[page]}");
        }

        Assert.True(map.Pages == model.Count, $"{context}: {map.Pages} pages, model {model.Count}");
        for (var index = 1; index < map.Count; index++)
        {
            var (previous, current) = (map[index - 1], map[index]);
            Assert.True(previous.Last < current.Start, $"{context}: entries {index - 1} and {index} overlap or are out of order");
            Assert.False(previous.Last + 1 == current.Start && previous.Value == current.Value, $"{context}: entries {index - 1} and {index} should have merged");
        }
    }
}
