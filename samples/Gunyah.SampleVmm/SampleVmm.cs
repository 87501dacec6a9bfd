using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Vmm;

namespace Gunyah.SampleVmm;

/// <summary>
/// The VMM: the kernel sample's flow (RAM from a memory file, image/devicetree/ramdisk read into it, one region,
/// the devicetree's address, START) on the typed SDK, plus what a proxy-scheduled VM needs: vCPU functions, one
/// <see cref="VcpuRunner"/> thread per vCPU, MMIO served (a PL011 console at the devicetree's address), and the
/// VM's exit reported. Works on any <see cref="GunyahDevice"/>: the reference hypervisor or a real one.
/// </summary>
internal sealed class SampleVmm(GunyahDevice device, VmmSettings settings, TextWriter console, TextWriter log)
{
    private const ulong Page = 0x1000;

    /// <summary>The console the VMM builds into its devicetree (and serves, whatever devicetree the guest got).</summary>
    public static readonly GunyahPl011Console Console = new();

    private readonly Lock gate = new();
    private readonly ManualResetEventSlim ended = new();
    private readonly HoldingCellScript? cell = settings.HoldingCell ? new HoldingCellScript(console) : null;
    private string? outcome;
    private bool exitedCleanly;

    /// <summary>Runs the VM to its end (or the timeout): 0 when it exited, 1 when it crashed, failed to load or timed out.</summary>
    public int Run()
    {
        var layout = GuestLayout.Check(settings);
        using var vm = device.CreateVm();
        using var memory = GiveMemory(vm, layout);
        // Room for the RM's overlay after the blob: up to the next page, within RAM.
        var dtbSize = Math.Min(AlignUp((ulong)layout.DeviceTree.Length), settings.Size - settings.DtbOffset);
        vm.SetDeviceTree(settings.Base + settings.DtbOffset, dtbSize);
        if (vm.Capabilities.HasFlag(VmCapabilities.BootContext))
        {
            vm.SetBootRegister(BootRegister.Pc, settings.Base + settings.ImageOffset);
            vm.SetBootRegister(BootRegister.X(0), settings.Base + settings.DtbOffset);
        }

        if (!vm.Capabilities.HasFlag(VmCapabilities.Functions))
        {
            vm.Start();
            log.WriteLine($"{device.Profile.Name} has no vCPU functions: the VM's vCPUs are scheduled by Gunyah, not by this VMM; started.");
            return 0;
        }

        var vcpus = new List<GunyahVcpu>();
        var runners = new List<VcpuRunner>();
        var uart = new Pl011Uart(Console.BaseAddress, Console.Size, console);
        try
        {
            for (var i = 0; i < settings.VcpuCount; i++)
            {
                vcpus.Add(vm.AddVcpu((uint)i));
            }

            vm.Start();
            foreach (var vcpu in vcpus)
            {
                runners.Add(VcpuRunner.Start(vcpu, (GunyahVcpu v, in VcpuExit exit) => OnExit(v, exit, uart)));
            }

            if (!ended.Wait(settings.Timeout ?? Timeout.InfiniteTimeSpan))
            {
                End($"no exit within {settings.Timeout}", clean: false);
            }
        }
        finally
        {
            foreach (var runner in runners)
            {
                runner.Stop();
            }

            foreach (var runner in runners)
            {
                runner.Dispose();
            }

            foreach (var vcpu in vcpus)
            {
                vcpu.Dispose();
            }
        }

        console.Flush();
        log.WriteLine(outcome);
        return exitedCleanly ? 0 : 1;
    }

    private bool OnExit(GunyahVcpu vcpu, in VcpuExit exit, Pl011Uart uart)
    {
        switch (exit.Reason)
        {
            case VcpuExitReason.Mmio:
                var mmio = exit.Mmio;
                if (cell is not null && cell.Serve(mmio))
                {
                    return true;
                }

                if (mmio.IsWrite)
                {
                    if (uart.Contains(mmio.Address))
                    {
                        uart.Write(mmio.Address, mmio.Value);
                    }
                }
                else
                {
                    // Unknown devices read as zero, as an empty bus slot would.
                    mmio.SetReadValue(uart.Contains(mmio.Address) ? uart.Read(mmio.Address) : 0);
                }

                return true;
            case VcpuExitReason.Interrupted:
                return true; // A kick: the runner stops if it was asked to.
            case VcpuExitReason.Status:
                var status = exit.Status;
                var type = status.ExitType;
                End(status.Status == VmStatus.Exited
                        ? $"vCPU {vcpu.Id}: the VM exited (exit type {type} {ExitTypeName(type)}, {status.ReasonSize} reason bytes)"
                        : $"vCPU {vcpu.Id}: the VM is {status.Status}",
                    clean: status.Status == VmStatus.Exited);
                return false;
            default:
                End($"vCPU {vcpu.Id}: unexpected exit {exit.Reason}", clean: false);
                return false;
        }
    }

    private void End(string what, bool clean)
    {
        lock (gate)
        {
            if (outcome is not null)
            {
                return;
            }

            outcome = what;
            exitedCleanly = clean;
        }

        ended.Set();
    }

    // RAM as the sample makes it: a guest memory file where the generation binds those (MAP_MEM), else anonymous
    // shared memory given as a user region; the files are copied in before the VM sees it.
    private IDisposable GiveMemory(GunyahVm vm, GuestLayout layout)
    {
        if (vm.Capabilities.HasFlag(VmCapabilities.GuestMemoryFiles))
        {
            var file = device.CreateGuestMemory(settings.Size);
            using (var view = file.Map(0, settings.Size))
            {
                layout.CopyTo(view.AsSpan());
            }

            vm.MapMemory(file, new GuestMemoryBinding(settings.Base, 0, settings.Size, MemoryAccess.ReadWriteExecute, GuestMemoryMapMode.Share));
            return file;
        }

        var ram = device.AllocateGuestMemory(settings.Base, settings.Size);
        layout.CopyTo(ram.GetSpan(settings.Base, checked((int)settings.Size)));
        vm.AddUserMemory(0, ram);
        return ram;
    }

    private static string ExitTypeName(ushort type) =>
        Enum.IsDefined((GhRmVmExitType)type) ? ((GhRmVmExitType)type).ToString() : "unknown";

    private static ulong AlignUp(ulong value) => (value + Page - 1) & ~(Page - 1);
}
