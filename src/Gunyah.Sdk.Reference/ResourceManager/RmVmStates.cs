using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>The legal VM state transitions of the RM (fact sheet §5.2); every state change goes through <see cref="IsLegal"/>.</summary>
public static class RmVmStates
{
    /// <summary>Whether a VM may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsLegal(GhRmVmStatus from, GhRmVmStatus to) => to switch
    {
        GhRmVmStatus.Load => from == GhRmVmStatus.NoState,
        GhRmVmStatus.Auth => from is GhRmVmStatus.Load or GhRmVmStatus.Reset,
        GhRmVmStatus.Init => from is GhRmVmStatus.Load or GhRmVmStatus.Auth or GhRmVmStatus.Reset,
        GhRmVmStatus.Ready => from == GhRmVmStatus.Init,
        GhRmVmStatus.Running => from is GhRmVmStatus.Ready or GhRmVmStatus.Paused,
        GhRmVmStatus.Paused => from == GhRmVmStatus.Running,
        GhRmVmStatus.InitFailed => from is GhRmVmStatus.Init or GhRmVmStatus.Ready or GhRmVmStatus.Load or GhRmVmStatus.Auth or GhRmVmStatus.Reset,
        GhRmVmStatus.Exited => from is GhRmVmStatus.Running or GhRmVmStatus.Paused,
        GhRmVmStatus.Resetting => from is GhRmVmStatus.Exited or GhRmVmStatus.Ready or GhRmVmStatus.InitFailed,
        GhRmVmStatus.Reset => from == GhRmVmStatus.Resetting,
        GhRmVmStatus.NoState => from == GhRmVmStatus.Reset,
        _ => false,
    };

    /// <summary>Whether a VM in <paramref name="state"/> may be deallocated (LOAD or RESET).</summary>
    public static bool CanDeallocate(GhRmVmStatus state) => state is GhRmVmStatus.Load or GhRmVmStatus.Reset;

    /// <summary>Whether a VM in <paramref name="state"/> has its hypervisor objects (built by VM_INIT, not yet torn down).</summary>
    public static bool HasResources(GhRmVmStatus state) =>
        state is GhRmVmStatus.Ready or GhRmVmStatus.Running or GhRmVmStatus.Paused or GhRmVmStatus.Exited;

    /// <summary>Whether a VM in <paramref name="state"/> can run or be about to run (its accepted memory counts as in use).</summary>
    public static bool IsLive(GhRmVmStatus state) =>
        state is GhRmVmStatus.Ready or GhRmVmStatus.Running or GhRmVmStatus.Paused;
}
