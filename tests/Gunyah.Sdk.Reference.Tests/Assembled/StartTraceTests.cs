using Gunyah.Sdk.Reference.HostKernel;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// Wire fidelity: every RM message the host driver sends while the typed SDK starts a VM on the whole reference
/// machine, taken off the host's hypervisor queue, reassembled and named with the generated message table, is the
/// host sequence of gunyah-rm.md §5.3 for the generation's family, in order.
/// </summary>
public sealed class StartTraceTests
{
    private static readonly string[] L23 =
    [
        "VM_ALLOC_VMID", "MEM_SHARE", "VM_CONFIG_IMAGE", "VM_INIT", "VM_GET_HYP_RESOURCES", "VM_START",
    ];

    private static readonly string[] L24 =
    [
        "VM_ALLOC_VMID", "MEM_LEND", "VM_CONFIG_IMAGE", "VM_SET_DEMAND_PAGING", "VM_SET_ADDRESS_LAYOUT", "VM_INIT",
        "VM_SET_CONTEXT", "VM_SET_CONTEXT", "VM_GET_HYP_RESOURCES", "VM_START",
    ];

    public static TheoryData<string> Generations => new() { "v6", "v10", "android14-6.1", "v17", "android15-6.6" };

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task The_driver_sends_its_familys_start_sequence_over_the_hypervisor_queue(string name)
    {
        var profile = AbiProfiles.Find(name)!;
        await using var system = ReferenceSystem.Create();
        var tap = new TappedQueue(system.HostRmQueues.Transmit);
        await using var driver = new ReferenceHostKernel(profile, new RmQueuePair(tap, system.HostRmQueues.Receive), system.HostVm.Hypercalls);
        system.HostVm.SetVirqSink(driver.Interrupts);
        var dtb = AssembledVm.Dtb();

        using var device = GunyahDevice.Open(driver.Kernel, "/dev/gunyah", profile);
        using var vm = device.CreateVm();
        using var memory = AssembledVm.GiveMemory(device, vm, dtb);
        vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 0x1000);
        vm.Start();

        var family = profile == AbiProfiles.V17 || profile == AbiProfiles.Android15 ? L24 : L23;
        Assert.Equal(family, tap.Requests.Select(Name));
        Assert.All(tap.Requests, r => Assert.NotEmpty(GhRmMessages.FormatPayload(r.Id, isReply: false, r.Payload)));
    }

    private static string Name((uint Id, byte[] Payload) request) =>
        GhRmMessages.TryFind(request.Id, out var descriptor) ? descriptor.Name.Replace("GH_RM_CALL_", "", StringComparison.Ordinal) : $"0x{request.Id:x8}";

    /// <summary>The host's transmit queue with a recorder: every fragment passes through unchanged and is
    /// reassembled (with the RM's rules) into the requests the RM receives.</summary>
    private sealed class TappedQueue(IRmMessageQueue inner) : IRmMessageQueue
    {
        private readonly RmReassembler reassembler = new(RmReassemblyRole.ResourceManager);
        private readonly List<(uint Id, byte[] Payload)> requests = [];

        public IReadOnlyList<(uint Id, byte[] Payload)> Requests
        {
            get
            {
                lock (requests)
                {
                    return [.. requests];
                }
            }
        }

        public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
        {
            Record(message.Span);
            return inner.SendAsync(message, cancellationToken);
        }

        public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReceiveAsync(buffer, cancellationToken);

        public bool TrySend(ReadOnlySpan<byte> message)
        {
            Record(message);
            return inner.TrySend(message);
        }

        public bool TryReceive(Span<byte> buffer, out int length) => inner.TryReceive(buffer, out length);

        private void Record(ReadOnlySpan<byte> fragment)
        {
            lock (requests)
            {
                var result = reassembler.Accept(fragment);
                if (result.IsComplete && result.Header.Type == RmMessageType.Request)
                {
                    requests.Add((result.Header.MessageId, result.Payload.ToArray()));
                }
            }
        }
    }
}
