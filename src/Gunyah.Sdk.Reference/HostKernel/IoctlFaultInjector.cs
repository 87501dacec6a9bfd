namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// A test hook (<see cref="ReferenceKernel.FaultInjector"/>) consulted before the driver handles an ioctl on one of
/// its fds: return 0 to let it through, or -errno for the ioctl to fail with having done nothing. Called on the
/// caller's thread; must not block.
/// </summary>
/// <param name="fd">The driver fd (device, VM or vCPU).</param>
/// <param name="kind">What the fd is: "device", "vm", "vcpu" or "guest_mem".</param>
/// <param name="request">The ioctl request number.</param>
public delegate int IoctlFaultInjector(int fd, string kind, uint request);
