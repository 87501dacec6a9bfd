using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle;

public class FactComparerTests
{
    private static FactSet Facts(string side, params (string Key, string Value)[] facts)
    {
        var set = new FactSet(side);
        foreach (var (key, value) in facts)
        {
            set.Add(key, value);
        }

        return set;
    }

    [Fact]
    public void Differing_values_and_keys_missing_on_either_side_are_all_listed()
    {
        var gcc = Facts("gcc", ("size:a", "8"), ("offset:a.x", "0"), ("offset:a.y", "4"));
        var csharp = Facts("C#", ("size:a", "8"), ("offset:a.x", "2"), ("offset:a.z", "4"));
        var differences = FactComparer.Compare(gcc, csharp);
        Assert.Equal(
            [new("offset:a.x", "0", "2"), new("offset:a.y", "4", null), new("offset:a.z", null, "4")],
            differences);
    }

    [Fact]
    public void Optional_keys_may_be_missing_but_are_checked_when_present()
    {
        var gcc = Facts("gcc", ("offset:f.items", "8"), ("offset:g.items", "4"));
        var optional = new HashSet<string> { "offset:f.items", "offset:g.items" };
        var differences = FactComparer.Compare(gcc, Facts("C#", ("offset:g.items", "0")), optional);
        Assert.Equal([new FactDifference("offset:g.items", "4", "0")], differences);
    }

    [Fact]
    public void A_C_name_claimed_twice_in_the_bindings_is_a_difference()
    {
        var csharp = Facts("C#", ("size:a", "8"), ("size:a", "8"));
        var difference = Assert.Single(FactComparer.Compare(Facts("gcc", ("size:a", "8")), csharp));
        Assert.Equal("size:a", difference.Key);
    }
}
