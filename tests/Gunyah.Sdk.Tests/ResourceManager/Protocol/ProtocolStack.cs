using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// The whole real stack in one process: GhRmClient → RmClient → InMemoryRmLink → RmServer → GhRmDispatcher →
/// <see cref="RecordingRmHandler"/>, with RM's statuses for malformed (MSG_INVALID) and unknown (UNIMPLEMENTED) calls.
/// </summary>
internal sealed class ProtocolStack : IAsyncDisposable
{
    public const uint ClientVmid = 3;

    /// <summary>Every await in these tests is bounded: a lost message fails the test instead of hanging the run.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private ProtocolStack(RecordingRmHandler handler, RmServer server, RmClient transport, GhRmClient client)
    {
        Handler = handler;
        Server = server;
        Transport = transport;
        Client = client;
    }

    public RecordingRmHandler Handler { get; }

    public RmServer Server { get; }

    public RmClient Transport { get; }

    public GhRmClient Client { get; }

    public static ProtocolStack Start()
    {
        var (vm, rm) = InMemoryRmLink.Create();
        var handler = new RecordingRmHandler();
        var server = new RmServer(new GhRmDispatcher(handler, (uint)GhRmError.Invalid, (uint)GhRmError.Unimplemented));
        server.AddClient(ClientVmid, rm);
        var transport = new RmClient(vm);
        var client = new GhRmClient(transport, transport);
        // Receive before the first call, so notifications sent first are not missed.
        transport.Start();
        return new ProtocolStack(handler, server, transport, client);
    }

    public static Task<T> Bounded<T>(ValueTask<T> pending) => pending.AsTask().WaitAsync(Deadline);

    public static Task Bounded(ValueTask pending) => pending.AsTask().WaitAsync(Deadline);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Transport.DisposeAsync();
        await Server.DisposeAsync();
    }
}
