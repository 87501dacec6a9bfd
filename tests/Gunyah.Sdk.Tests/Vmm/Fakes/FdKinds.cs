namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>The fd kinds a <see cref="RecordingKernel"/> knows (the SDK's handle kinds, plus two of its own).</summary>
internal static class FdKinds
{
    public const string Device = "device";
    public const string Vm = "vm";
    public const string Vcpu = "vcpu";
    public const string GuestMem = "guest_mem";
    public const string EventFd = "eventfd";
    public const string MemFd = "memfd";

    /// <summary>An fd the kernel never handed out.</summary>
    public const string Unknown = "unknown";

    /// <summary>A mapping's fd that was closed before the mapping was unmapped.</summary>
    public const string Closed = "closed";
}
