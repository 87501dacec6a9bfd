using System.Runtime.InteropServices;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>A block of real, page-aligned host memory: on the assembled system a host parcel's SGL address is a host
/// process address (identity), so the pages the host lends must exist.</summary>
internal sealed unsafe class HostPages(int count) : IDisposable
{
    public const ulong PageSize = ReferenceHypervisor.PageSize;

    private readonly byte* memory = (byte*)NativeMemory.AlignedAlloc((nuint)count * (nuint)PageSize, (nuint)PageSize);

    public int Count { get; } = count;

    /// <summary>The host address (= host IPA = "physical" address) of page <paramref name="page"/>.</summary>
    public ulong this[int page] => (ulong)memory + ((ulong)page * PageSize);

    /// <summary>Copies <paramref name="data"/> to the block from page <paramref name="page"/>.</summary>
    public void Write(int page, ReadOnlySpan<byte> data) => data.CopyTo(new Span<byte>(memory + ((ulong)page * PageSize), (int)((ulong)(Count - page) * PageSize)));

    /// <summary>The whole block.</summary>
    public Span<byte> AsSpan() => new(memory, (int)((ulong)Count * PageSize));

    public void Dispose() => NativeMemory.AlignedFree(memory);
}
