using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Tests.ResourceManager.Client;

namespace Gunyah.Sdk.Tests.ResourceManager.Server;

/// <summary>The server's scheduling options: inline handoffs between its loops, and work after each reply.</summary>
public class RmServerOptionsTests
{
    private const uint Vmid = 0x80;
    private const uint VmStart = 0x56000004;

    [Fact]
    public async Task With_inline_handoffs_the_reply_is_on_the_clients_queue_when_the_handler_completes()
    {
        // Not RunContinuationsAsynchronously: completing it runs the server's continuation on the completing thread.
        var handled = new TaskCompletionSource<uint>();
        var called = 0;
        var server = new RmServer(
            new DelegateRpcService((_, _, _, _, _) =>
            {
                Volatile.Write(ref called, 1);
                return new ValueTask<uint>(handled.Task);
            }),
            options: new RmServerOptions { InlineHandoffs = true });
        await using var _ = server;
        var (vm, rm) = InMemoryRmLink.Create();
        server.AddClient(Vmid, rm);
        var peer = new RawRmPeer(vm, RmReassemblyRole.Linux);
        await peer.SendAsync(RmMessageType.Request, 5, VmStart, new byte[] { 1 });
        await WaitUntil(() => Volatile.Read(ref called) == 1);
        await Task.Delay(50); // let the server's loop park on the handler's task

        // Completing the handler runs the rest of the request — reply framed, handed to the writer, written — on
        // this thread, so the reply can be taken at once without waiting.
        handled.SetResult(0);
        var buffer = new byte[RmWire.MaxMessageSize];
        Assert.True(vm.Receive.TryReceive(buffer, out var length), "the reply was not written inline");
        Assert.True(RmHeader.TryRead(buffer.AsSpan(0, length), out var header) == RmHeaderStatus.Ok);
        Assert.Equal(new RmHeader(RmMessageType.Reply, 0, 5, VmStart), header);
    }

    [Fact]
    public async Task AfterReply_runs_once_the_reply_is_sent_and_before_the_next_request_is_read()
    {
        var handled = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = new List<uint>();
        var server = new RmServer(
            new DelegateRpcService((_, _, _, _, _) =>
            {
                Interlocked.Increment(ref handled);
                return ValueTask.FromResult(0u);
            }),
            options: new RmServerOptions
            {
                AfterReply = async vmid =>
                {
                    lock (calls)
                    {
                        calls.Add(vmid);
                    }

                    await gate.Task;
                },
            });
        await using var _ = server;
        var (vm, rm) = InMemoryRmLink.Create();
        server.AddClient(Vmid, rm);
        var peer = new RawRmPeer(vm, RmReassemblyRole.Linux);

        // The first reply arrives while the hook is still waiting.
        await peer.SendAsync(RmMessageType.Request, 1, VmStart, new byte[] { 1 });
        Assert.Equal(1, (await peer.ReadAsync()).Header.Sequence);
        await WaitUntil(() => CountOf(calls) == 1);

        // The second request waits for the hook to finish.
        await peer.SendAsync(RmMessageType.Request, 2, VmStart, new byte[] { 2 });
        await Task.Delay(100);
        Assert.Equal(1, Volatile.Read(ref handled));

        gate.SetResult();
        Assert.Equal(2, (await peer.ReadAsync()).Header.Sequence);
        await WaitUntil(() => CountOf(calls) == 2);
        Assert.Equal(2, Volatile.Read(ref handled));
        lock (calls)
        {
            Assert.Equal([Vmid, Vmid], calls);
        }
    }

    private static int CountOf(List<uint> calls)
    {
        lock (calls)
        {
            return calls.Count;
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + RawRmPeer.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}
