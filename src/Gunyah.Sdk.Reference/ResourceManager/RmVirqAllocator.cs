namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// The vIRQ numbers the RM hands out in one VM: the SPIs from 960 to 1019 (open RM gives HLOS 960 as
/// <c>qcom,free-irq-start</c>) and then the extended SPIs 4096..5119, lowest free first. Numbers a VM's
/// devicetree asks for are reserved with <see cref="TryReserve"/>. Not thread-safe (the RM's lock covers it).
/// </summary>
internal sealed class RmVirqAllocator
{
    internal const uint FirstFree = 960;
    private const uint SpiEnd = 1020;
    private const uint EspiStart = 4096;
    private const uint EspiEnd = 5120;
    private readonly HashSet<uint> used = [];

    public int Count => used.Count;

    public bool TryAllocate(out uint virq)
    {
        for (virq = FirstFree; virq < SpiEnd; virq++)
        {
            if (used.Add(virq))
            {
                return true;
            }
        }

        for (virq = EspiStart; virq < EspiEnd; virq++)
        {
            if (used.Add(virq))
            {
                return true;
            }
        }

        virq = 0;
        return false;
    }

    public bool TryReserve(uint virq) => virq is >= 32 and < SpiEnd or >= EspiStart and < EspiEnd && used.Add(virq);

    public void Free(uint virq) => used.Remove(virq);
}
