using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>A function's wait for one hypervisor resource of its VM, matched by resource type and label.</summary>
internal sealed record ResourceTicket(VmFunctionInstance Owner, GhRmResourceType Type, uint Label, Action<GhRmHypResource> Populate, Action Unpopulate)
{
    public bool Populated { get; set; }
}

/// <summary>
/// A VM's resource tickets and the resources START collected. A ticket added after START is filled at once when
/// its resource is known; resources with no ticket are kept for later tickets (vm_mgr's resource list).
/// </summary>
internal sealed class TicketTable
{
    private readonly List<ResourceTicket> tickets = [];
    private readonly List<GhRmHypResource> resources = [];
    private readonly Lock gate = new();

    /// <summary>0, or -EEXIST for a second ticket with the same type and label.</summary>
    public int Add(ResourceTicket ticket)
    {
        GhRmHypResource? existing = null;
        lock (gate)
        {
            if (tickets.Exists(t => t.Type == ticket.Type && t.Label == ticket.Label))
            {
                return -Errno.EEXIST;
            }

            tickets.Add(ticket);
            foreach (var resource in resources)
            {
                if ((GhRmResourceType)resource.Type == ticket.Type && resource.ResourceLabel == ticket.Label)
                {
                    existing = resource;
                    ticket.Populated = true;
                    break;
                }
            }
        }

        if (existing is { } found)
        {
            ticket.Populate(found);
        }

        return 0;
    }

    public void RemoveOwnedBy(VmFunctionInstance owner)
    {
        List<ResourceTicket> removed;
        lock (gate)
        {
            removed = tickets.FindAll(t => ReferenceEquals(t.Owner, owner));
            tickets.RemoveAll(t => ReferenceEquals(t.Owner, owner));
        }

        foreach (var ticket in removed)
        {
            if (ticket.Populated)
            {
                ticket.Unpopulate();
            }
        }
    }

    /// <summary>START: records the VM's resources and fills every waiting ticket that matches.</summary>
    public void Provide(IEnumerable<GhRmHypResource> provided)
    {
        var fills = new List<(ResourceTicket Ticket, GhRmHypResource Resource)>();
        lock (gate)
        {
            foreach (var resource in provided)
            {
                resources.Add(resource);
                var ticket = tickets.Find(t => !t.Populated && t.Type == (GhRmResourceType)resource.Type && t.Label == resource.ResourceLabel);
                if (ticket is not null)
                {
                    ticket.Populated = true;
                    fills.Add((ticket, resource));
                }
            }
        }

        foreach (var (ticket, resource) in fills)
        {
            ticket.Populate(resource);
        }
    }

    /// <summary>Teardown: every populated ticket loses its resource.</summary>
    public void Clear()
    {
        List<ResourceTicket> populated;
        lock (gate)
        {
            populated = tickets.FindAll(t => t.Populated);
            foreach (var ticket in populated)
            {
                ticket.Populated = false;
            }

            resources.Clear();
        }

        foreach (var ticket in populated)
        {
            ticket.Unpopulate();
        }
    }
}
