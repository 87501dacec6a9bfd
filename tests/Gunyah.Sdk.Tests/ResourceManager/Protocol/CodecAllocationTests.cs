using Gunyah.Sdk.Tests.Infrastructure;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>docs/generator.md: encoding, TryRead and enumerating lists allocate nothing — measured on the largest request Linux sends.</summary>
public class CodecAllocationTests
{
    private const int Iterations = 1_000;

    [Fact]
    public void Encoding_reading_and_enumerating_a_MEM_LEND_with_512_SGL_entries_allocates_nothing()
    {
        var sgl = WireValues.Entries<GhRmMemEntry>(512, 3);
        var acl = GoldenVectorTests.MemLendAcl;
        var fixedPart = GoldenVectorTests.MemLendFixed;
        var buffer = new byte[GhRmMemShareReq.GetEncodedLength(acl.Length, sgl.Length, 0)];
        var expected = 0ul;
        foreach (var entry in sgl)
        {
            expected += entry.Ipa ^ entry.Size;
        }

        // Warm up first: JIT and tiering must not be charged to the measured loop.
        for (var i = 0; i < 200; i++)
        {
            RoundTrip(buffer, fixedPart, acl, sgl);
        }

        var total = 0ul;
        var passes = 0ul;
        var allocated = AllocationMeter.LeastOf(3, () =>
        {
            passes++;
            for (var i = 0; i < Iterations; i++)
            {
                total += RoundTrip(buffer, fixedPart, acl, sgl);
            }
        });
        Assert.Equal(0, allocated);
        // The loop really decoded all 512 entries (and the ACL entry) every time.
        Assert.Equal(unchecked((expected + 512 + 0x80) * Iterations * passes), total);
    }

    private static ulong RoundTrip(Span<byte> buffer, in GhRmMemShareReq fixedPart, ReadOnlySpan<GhRmMemAclEntry> acl, ReadOnlySpan<GhRmMemEntry> sgl)
    {
        var written = GhRmMemShareReq.Encode(buffer, fixedPart, acl, sgl, []);
        if (!GhRmMemShareReqReader.TryRead(buffer[..written], out var reader))
        {
            return 0;
        }

        var sum = 0ul;
        foreach (var entry in reader.Sgl)
        {
            sum += (entry.Ipa ^ entry.Size) + 1;
        }

        foreach (var entry in reader.Acl)
        {
            sum += entry.Vmid;
        }

        return sum + reader.ReadFixed().Acl.NEntries - 1u;
    }
}
