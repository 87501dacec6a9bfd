using Gunyah.Sdk.GuestToolkit;

namespace Gunyah.Conformance.Checks;

/// <summary>
/// A started VM whose vCPU 0 boots the guest toolkit's holding-cell guest (docs/holding-cell.md), driven from the
/// clause's thread: the vcpu-run clauses make the guest do one thing and check the exit it produces. The same
/// image runs on the reference's A64 engine and on a device's CPU.
/// </summary>
internal static class HoldingCell
{
    /// <summary>A guest-physical address with nothing behind it: neither the VM's RAM nor the guest's channel.</summary>
    public const ulong DeviceAddress = 0x9002_0000;

    private static readonly byte[] Image = HoldingCellGuest.Build(gic: new HoldingCellGuest.GicLayout(StartableVm.Gic.Distributor, StartableVm.Gic.Redistributor));

    /// <summary>Prepares and starts the VM (with <paramref name="vdevices"/> in its devicetree and
    /// <paramref name="beforeStart"/> adding functions), and checks the guest answers a loopback before handing it over.</summary>
    public static HoldingCellHost Start(ClauseContext context, IReadOnlyList<Sdk.DeviceTree.GunyahVdevice>? vdevices = null, Action<Sdk.Vmm.GunyahVm>? beforeStart = null)
    {
        var vm = StartableVm.Started(context, vcpu: true, image: Image, vdevices, beforeStart).Vm;
        var cell = new HoldingCellHost(vm.Vcpus[0]);
        const ulong Hello = 0x4843_454C_4C21_0001; // any value with distinct bytes
        ClauseContext.Require(cell.Loopback(Hello) == Hello, "the holding-cell guest did not loop a value back");
        return cell;
    }
}
