namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// One vCPU's last checked page for each kind of access (fetch, read, write) — a software TLB for
/// <see cref="GuestMemoryAccessor.FetchCached"/> and friends. An entry is used only under the hypervisor's lock and
/// only while the hypervisor's memory generation is the one it was checked at, so it can never allow an access the
/// full check would refuse. Not thread-safe: one per vCPU engine.
/// </summary>
public sealed class TranslationCache
{
    internal Page Fetch;
    internal Page Read;
    internal Page Write;

    /// <summary>Forgets every entry.</summary>
    public void Clear() => Fetch = Read = Write = default;

    // Generation 0 is never current once anything is mapped (mapping bumps it), and Space null never matches.
    internal readonly record struct Page(AddressSpace? Space, ulong Ipa, nint Host, long Generation);
}
