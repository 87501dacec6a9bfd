using System.Runtime.CompilerServices;
using Gunyah.Sdk.Reference.HostKernel;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// A started VM nobody disposes: its finalizer's close returns at once (the finalizer thread never waits for the
/// RM) and the whole teardown runs later on the thread pool, leaving the RM and the hypervisor as they were.
/// </summary>
public sealed class AbandonedVmTests
{
    [Theory]
    [InlineData("v10")]
    [InlineData("android15-6.6")]
    public async Task An_abandoned_running_VM_is_torn_down_after_its_finalizer_without_blocking_it(string name)
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!);
        var before = host.System.Hypervisor.Counters;
        using var device = host.OpenDevice();
        using var memory = StartAndAbandon(device);
        Assert.Equal(1, host.System.Service.ResourceManager.VmCount);

        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        await host.Kernel.WhenDeferredReleasesDone().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(0, host.System.Service.ResourceManager.VmCount);
        Assert.Equal(0, host.Kernel.OpenVirtualFds - 1); // Only the device is left open.
        Assert.Equal(before, host.System.Hypervisor.Counters);
        Assert.Empty(host.System.Hypervisor.VerifyInvariants());
    }

    [Fact]
    public async Task The_finalizer_thread_does_not_wait_for_the_VMs_release()
    {
        await using var host = ReferenceHost.Start(AbiProfiles.V17);
        var blocking = new BlockingUnbindType();
        host.Driver.Functions.Register(blocking);
        using var device = host.OpenDevice();
        AddBlockingFunctionAndAbandon(device);

        // Were the release inline on the finalizer thread, it would sit in Unbind and this would not return.
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        blocking.Proceed.Set();
        await host.Kernel.WhenDeferredReleasesDone().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(blocking.UnboundOnThreadPool);
        Assert.False(blocking.TimedOut);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddBlockingFunctionAndAbandon(GunyahDevice device)
    {
        var vm = device.CreateVm();
        vm.AddFunction(new RawVmFunction(BlockingUnbindType.Number, new byte[] { 1 }));
    }

    // A user function type whose unbind waits until the test lets it go (bounded, so a regression fails, not hangs).
    private sealed class BlockingUnbindType() : VmFunctionType(Number, "blocking-unbind")
    {
        public const uint Number = 91;

        public ManualResetEventSlim Proceed { get; } = new();

        public bool UnboundOnThreadPool { get; private set; }

        public bool TimedOut { get; private set; }

        public override int Bind(VmFunctionInstance instance) => 0;

        public override void Unbind(VmFunctionInstance instance)
        {
            UnboundOnThreadPool = Thread.CurrentThread.IsThreadPoolThread;
            TimedOut = !Proceed.Wait(TimeSpan.FromSeconds(10));
        }

        public override bool Compare(VmFunctionInstance instance, ReadOnlySpan<byte> argument, ulong argumentValue) => false;
    }

    // The VM and its vCPU go out of reach here; the memory stays with the caller (it outlives the VM anyway).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDisposable StartAndAbandon(GunyahDevice device)
    {
        var dtb = AssembledVm.Dtb();
        var vm = device.CreateVm();
        var memory = AssembledVm.GiveMemory(device, vm, dtb);
        vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 4096);
        vm.AddVcpu(0);
        vm.Start();
        return memory;
    }
}
