using System.Buffers;
using BenchmarkDotNet.Attributes;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Benchmarks.ResourceManager;

/// <summary>
/// One RM call end to end: RmClient → in-memory queue pair (depth 8, as RM configures for HLOS) → RmServer → an
/// echo service → back. Small is a VM_START-sized request (4 bytes, one fragment each way); Large is ~8 KB
/// (36 fragments each way).
/// </summary>
[MemoryDiagnoser]
public class RoundTripBenchmarks
{
    private const uint VmStart = 0x56000004;

    private readonly byte[] small = new byte[4];
    private readonly byte[] large = new byte[8 * 1024];
    private RmServer server = null!;
    private RmClient client = null!;

    [GlobalSetup]
    public void Setup()
    {
        Random.Shared.NextBytes(large);
        var (vm, rm) = InMemoryRmLink.Create();
        server = new RmServer(new EchoService());
        server.AddClient(3, rm);
        client = new RmClient(vm);
        client.Start();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await client.DisposeAsync();
        await server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Small()
    {
        using var reply = await client.CallAsync(VmStart, small, CancellationToken.None);
        return reply.Payload.Length;
    }

    [Benchmark]
    public async Task<int> Large()
    {
        using var reply = await client.CallAsync(VmStart, large, CancellationToken.None);
        return reply.Payload.Length;
    }

    private sealed class EchoService : IRpcService
    {
        public ValueTask<uint> HandleAsync(RpcCaller caller, uint messageId, ReadOnlyMemory<byte> request, IBufferWriter<byte> reply, CancellationToken cancellationToken)
        {
            reply.Write(request.Span);
            return ValueTask.FromResult(0u);
        }
    }
}
