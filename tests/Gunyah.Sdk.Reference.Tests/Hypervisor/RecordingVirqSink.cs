using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>Records every vIRQ change delivered to a VM, in order.</summary>
internal sealed class RecordingVirqSink : IVirqSink
{
    private readonly List<(uint Virq, bool Asserted)> events = [];

    public IReadOnlyList<(uint Virq, bool Asserted)> Events
    {
        get
        {
            lock (events)
                return events.ToArray();
        }
    }

    public int Asserts(uint virq) => Events.Count(e => e.Virq == virq && e.Asserted);

    public int Deasserts(uint virq) => Events.Count(e => e.Virq == virq && !e.Asserted);

    public void Clear()
    {
        lock (events)
            events.Clear();
    }

    public void Assert(uint virq)
    {
        lock (events)
            events.Add((virq, true));
    }

    public void Deassert(uint virq)
    {
        lock (events)
            events.Add((virq, false));
    }
}
