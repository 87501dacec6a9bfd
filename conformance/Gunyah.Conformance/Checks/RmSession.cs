using Gunyah.Conformance.Targets;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Conformance.Checks;

/// <summary>
/// Typed RM calls over an RM link (the SDK's own client and generated codecs), for clauses about what the RM does
/// with well-formed calls. Every call is bounded by <see cref="RmWireProbe.ReplyTimeout"/>; an RM error becomes its
/// error word, so a clause can compare it.
/// </summary>
public sealed class RmSession : IDisposable
{
    private readonly RmClient client;

    /// <summary>A client on <paramref name="link"/>; the link outlives the session.</summary>
    public RmSession(RmLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        ClientVmid = link.ClientVmid;
        client = new RmClient(link.Queues, new RmClientOptions { CallTimeout = RmWireProbe.ReplyTimeout });
        client.Start();
        Rm = new GhRmClient(client, client);
    }

    /// <summary>The VMID the RM knows this client by.</summary>
    public ushort ClientVmid { get; }

    /// <summary>The typed calls.</summary>
    public GhRmClient Rm { get; }

    /// <summary>Runs <paramref name="call"/>: <see cref="GhRmError.Ok"/>, or the RM's error word.</summary>
    public static GhRmError Status(Func<ValueTask> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            call().AsTask().GetAwaiter().GetResult();
            return GhRmError.Ok;
        }
        catch (RmException refused)
        {
            return refused.Code;
        }
    }

    /// <summary>Runs <paramref name="call"/> that must succeed and returns its reply.</summary>
    public static T Must<T>(Func<ValueTask<T>> call, string what)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return call().AsTask().GetAwaiter().GetResult();
        }
        catch (RmException refused)
        {
            throw new ClauseViolation($"{what} was refused with RM_{RmErrors.NameOf(refused.Code)}");
        }
    }

    /// <summary>A new VM (VM_ALLOC_VMID with vmid 0): its VMID.</summary>
    public ushort AllocateVm() => (ushort)Must(() => Rm.VmAllocVmidAsync(new GhRmVmAllocVmidReq()), "VM_ALLOC_VMID").Vmid;

    /// <summary>The VM's status byte (VM_GET_STATE).</summary>
    public GhRmVmStatus StatusOf(ushort vmid) =>
        (GhRmVmStatus)Must(() => Rm.VmGetStateAsync(new GhRmVmCommonVmidReq { Vmid = vmid }), "VM_GET_STATE").VmStatus;

    public void Dispose()
    {
        Rm.Dispose();
        client.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
