using System.Collections.Immutable;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests;

public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_are_equal_and_hash_alike()
    {
        var a = new EquatableArray<string>(ImmutableArray.Create("x", "y"));
        var b = new EquatableArray<string>(ImmutableArray.Create("x", "y"));
        var c = new EquatableArray<string>(ImmutableArray.Create("x", "z"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(EquatableArray<string>.Empty, default);
    }
}
