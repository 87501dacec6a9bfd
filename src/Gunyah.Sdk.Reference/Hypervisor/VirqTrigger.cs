namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>How a bound vIRQ signals: a level follows the source's state, an edge is one event per assertion.</summary>
public enum VirqTrigger
{
    /// <summary>One <see cref="IVirqSink.Assert"/> per event; never deasserted.</summary>
    Edge = 0,

    /// <summary>Asserted while the source's condition holds; <see cref="IVirqSink.Deassert"/> when it stops.</summary>
    Level = 1,
}
