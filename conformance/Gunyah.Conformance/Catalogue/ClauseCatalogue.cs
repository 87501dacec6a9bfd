using Gunyah.Conformance.Clauses;

namespace Gunyah.Conformance.Catalogue;

/// <summary>Every clause of the suite, grouped as <see cref="ClauseGroup.All"/> orders them.</summary>
public static class ClauseCatalogue
{
    private static readonly Lazy<IReadOnlyList<Clause>> Clauses = new(Build);

    /// <summary>The whole catalogue, in report order.</summary>
    public static IReadOnlyList<Clause> All => Clauses.Value;

    /// <summary>The clause with <paramref name="id"/>, or null.</summary>
    public static Clause? Find(string id) => All.FirstOrDefault(c => c.Id == id);

    private static IReadOnlyList<Clause> Build()
    {
        IEnumerable<Clause>[] groups =
        [
            DeviceClauses.All(),
            RegionClauses.All(),
            RmRefusalClauses.All(),
            GuestMemoryFileClauses.All(),
            MapMemoryClauses.All(),
            DtbClauses.All(),
            FirmwareConfigClauses.All(),
            BootContextClauses.All(),
            StartClauses.All(),
            FunctionDescriptorClauses.All(),
            VcpuFunctionClauses.All(),
            IrqfdClauses.All(),
            IoeventfdClauses.All(),
            VcpuRunClauses.All(),
            VcpuGuestClauses.All(),
            TeardownClauses.All(),
            RmFramingClauses.All(),
            RmVmLifecycleClauses.All(),
        ];
        var clauses = groups.SelectMany(g => g).ToList();
        var duplicate = clauses.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Clause id '{duplicate.Key}' is defined twice.");
        }

        var order = ClauseGroup.All.ToList();
        return [.. clauses.OrderBy(c => order.IndexOf(c.Group))];
    }
}
