using System.Buffers;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>The RM's dispatcher behind the service's fault injector: an injected error is the reply, and the call
/// never reaches the RM.</summary>
internal sealed class FaultInjectingRpcService(IRpcService inner, Func<RmCallFaultInjector?> injector) : IRpcService
{
    public ValueTask<uint> HandleAsync(RpcCaller caller, uint messageId, ReadOnlyMemory<byte> request, IBufferWriter<byte> reply, CancellationToken cancellationToken)
    {
        if (injector() is { } inject && inject((ushort)caller.ClientId, messageId) is var error && error != GhRmError.Ok)
        {
            return ValueTask.FromResult((uint)error);
        }

        return inner.HandleAsync(caller, messageId, request, reply, cancellationToken);
    }
}
