namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// vIRQ deliveries decided under the hypervisor's lock and made after it is released, in order, so a sink
/// may call back into the hypervisor (or take its own locks) without deadlock. Up to four deliveries need no
/// allocation.
/// </summary>
internal struct VirqBatch
{
    private Delivery d0, d1, d2, d3;
    private List<Delivery>? more;
    private int count;

    public void Add(HypervisorVm target, uint virq, bool assert)
    {
        var delivery = new Delivery(target, virq, assert);
        switch (count)
        {
            case 0: d0 = delivery; break;
            case 1: d1 = delivery; break;
            case 2: d2 = delivery; break;
            case 3: d3 = delivery; break;
            default: (more ??= []).Add(delivery); break;
        }

        count++;
    }

    /// <summary>Delivers everything added, then empties the batch. Call without the hypervisor's lock.</summary>
    public void Deliver()
    {
        for (var i = 0; i < count; i++)
        {
            var delivery = i switch
            {
                0 => d0,
                1 => d1,
                2 => d2,
                3 => d3,
                _ => more![i - 4],
            };
            delivery.Target.Deliver(delivery.Virq, delivery.Assert);
        }

        this = default;
    }

    private readonly record struct Delivery(HypervisorVm Target, uint Virq, bool Assert);
}
