using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Platform;

/// <summary>A vIRQ handler of the RM VM that runs a callback when its line is asserted (edge: deassert is ignored).</summary>
internal sealed class CallbackVirqSink(Action asserted) : IVirqSink
{
    public void Assert(uint virq) => asserted();

    public void Deassert(uint virq)
    {
    }
}
