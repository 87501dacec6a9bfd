using BenchmarkDotNet.Attributes;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Benchmarks.ResourceManager;

/// <summary>
/// The generated RM message codec on the largest request Linux sends in one message: MEM_LEND with one ACL entry
/// and 512 SGL entries (8 + 8 + 4 + 512 × 16 + the attribute list). Encode writes it into a reused buffer; Decode
/// validates it with TryRead and reads every entry through the allocation-free enumerator. Target: 0 B allocated.
/// </summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    private const int SglEntries = 512;

    private readonly GhRmMemAclEntry[] acl = [new() { Vmid = 0x80, Rights = (byte)GhRmMemAclRights.Rw }];
    private readonly GhRmMemEntry[] sgl = new GhRmMemEntry[SglEntries];
    private readonly GhRmMemShareReq request = new() { MemType = (byte)GhRmMemType.Normal, Label = 0x10 };
    private byte[] buffer = [];
    private byte[] encoded = [];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < sgl.Length; i++)
        {
            sgl[i] = new GhRmMemEntry { Ipa = 0x80000000ul + ((ulong)i << 12), Size = 0x1000 };
        }

        buffer = new byte[GhRmMemShareReq.GetEncodedLength(acl.Length, sgl.Length, 0)];
        encoded = buffer[..GhRmMemShareReq.Encode(buffer, request, acl, sgl, [])];
    }

    [Benchmark]
    public int Encode() => GhRmMemShareReq.Encode(buffer, request, acl, sgl, []);

    [Benchmark]
    public ulong Decode() => ReadAll(encoded);

    [Benchmark]
    public ulong EncodeAndDecode() => ReadAll(buffer.AsSpan(0, GhRmMemShareReq.Encode(buffer, request, acl, sgl, [])));

    private static ulong ReadAll(ReadOnlySpan<byte> payload)
    {
        if (!GhRmMemShareReqReader.TryRead(payload, out var reader))
        {
            throw new InvalidOperationException("the benchmark payload must decode");
        }

        var sum = 0ul;
        foreach (var entry in reader.Sgl)
        {
            sum += entry.Ipa + entry.Size;
        }

        foreach (var entry in reader.Acl)
        {
            sum += entry.Vmid;
        }

        return sum;
    }
}
