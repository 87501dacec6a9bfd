using Gunyah.Sdk;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Tests.Mutants;

/// <summary>
/// A deliberately wrong kernel: the reference of <see cref="Generation"/> seen through a decorator that gets one
/// thing wrong, and the clause that must catch it (others may too).
/// </summary>
/// <param name="Name">What is wrong, in a few words.</param>
/// <param name="Generation">The generation whose reference it wraps.</param>
/// <param name="Decorate">Wraps the reference's seam.</param>
/// <param name="CaughtBy">A clause that fails against it.</param>
public sealed record Mutant(string Name, string Generation, Func<IKernel, IKernel> Decorate, string CaughtBy)
{
    /// <summary>Wraps the client's queues of every RM link the target opens (null: the links are right).</summary>
    public Func<RmQueuePair, RmQueuePair>? DecorateRmLink { get; init; }

    public override string ToString() => Name;

    /// <summary>Every mutant the suite must catch.</summary>
    public static IReadOnlyList<Mutant> All { get; } =
    [
        new("duplicate region label answers EINVAL instead of EEXIST", "android14-6.1",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.EEXIST, Errno.EINVAL, request == Request("android14-6.1", "GH_VM_SET_USER_MEM_REGION"))),
            "vm-memory.region.duplicate-label"),
        new("ADD_FUNCTION drops its arg_size check (fakes success)", "v17",
            k => new IoctlMutant(k, (inner, fd, request, argument) =>
            {
                var result = inner.Ioctl(fd, request, argument);
                return request == Request("v17", "GUNYAH_VM_ADD_FUNCTION") && result == -Errno.EINVAL ? 0 : result;
            }),
            "functions.add.argument-too-large"),
        new("SET_DTB_CONFIG sent with an 8-byte size field (mis-sized request)", "v10",
            k => new IoctlMutant(k, (inner, fd, request, argument) =>
                inner.Ioctl(fd, request == Request("v10", "GH_VM_SET_DTB_CONFIG") ? (request & ~0x3FFF_0000u) | (8u << 16) : request, argument)),
            "dtb.set-again-before-start"),
        new("VCPU_MMAP_SIZE reports the run struct's 40 bytes, not a page", "android15-6.6",
            k => new IoctlMutant(k, (inner, fd, request, argument) =>
            {
                var result = inner.Ioctl(fd, request, argument);
                return request == Request("android15-6.6", "GUNYAH_VCPU_MMAP_SIZE") && result > 0 ? 40 : result;
            }),
            "vcpu-run.mmap-size"),
        new("CREATE_VM ignores its argument", "v17",
            k => new IoctlMutant(k, (inner, fd, request, argument) =>
                inner.Ioctl(fd, request, request == Request("v17", "GUNYAH_CREATE_VM") ? 0 : argument)),
            "device.create-vm.nonzero-argument"),
        new("a second START after a failed one answers 0 instead of ENODEV", "v17",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.ENODEV, 0, request == Request("v17", "GUNYAH_VM_START"))),
            "start.again-after-a-failed-start"),
        new("unreadable arguments answer EINVAL instead of EFAULT", "android14-6.1",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.EFAULT, Errno.EINVAL, true)),
            "dtb.null-argument"),
        new("unknown requests answer EINVAL instead of ENOTTY", "v17",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.ENOTTY, Errno.EINVAL, true)),
            "device.unknown-request"),
        new("MAP_MEM ignores UNMAP's flag match", "v17",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.ENOENT, 0, request == Request("v17", "GUNYAH_VM_MAP_MEM"))),
            "vm-memory.map.unmap-other-flags"),
        new("guest memory files allocate without KEEP_SIZE", "v17",
            k => new FallocateMutant(k),
            "guest-memfd.fallocate.needs-keep-size"),
        new("RUN ignores immediate_exit (enters the guest)", "v10",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.EINTR, 0, request == Request("v10", "GH_VCPU_RUN"))),
            "vcpu-run.immediate-exit"),
        new("the irqfd bind accepts a closed fd", "android15-6.6",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.EBADF, 0, request == Request("android15-6.6", "GUNYAH_VM_ADD_FUNCTION"))),
            "functions.irqfd.closed-fd"),
        new("SET_USER_MEM_REGION reads a 24-byte struct (userspace_addr lost)", "v6",
            k => new IoctlMutant(k, (inner, fd, request, argument) =>
                request == Request("v6", "GH_VM_SET_USER_MEM_REGION") && argument != 0 ? Truncated(inner, fd, request, argument, 32, 24) : inner.Ioctl(fd, request, argument)),
            "vm-memory.region.duplicate-label"),
        new("a refused MEM_SHARE surfaces as ENOMEM, not EINVAL (v6)", "v6",
            k => new IoctlMutant(k, (inner, fd, request, argument) => Flip(inner.Ioctl(fd, request, argument), Errno.EINVAL, Errno.ENOMEM, request == Request("v6", "GH_VM_SET_USER_MEM_REGION"))),
            "vm-memory.region.rm-refusal-is-einval"),
        new("MMIO read data reaches the guest truncated to its first byte", "v17",
            k => new RunPageMutant(k, "v17", beforeRun: page =>
            {
                if (RunPageMutant.Reason(page) == RunPageMutant.ExitMmio && page[RunPageMutant.MmioIsWrite] == 0)
                {
                    page.Slice(RunPageMutant.MmioData + 1, 7).Clear();
                }
            }, afterExit: null),
            "vcpu-run.mmio-access-widths"),
        new("an invalid resume_action is taken as HANDLED", "v17",
            k => new RunPageMutant(k, "v17", beforeRun: page =>
            {
                if (RunPageMutant.Reason(page) == RunPageMutant.ExitMmio && page[RunPageMutant.MmioResumeAction] > 2)
                {
                    page[RunPageMutant.MmioResumeAction] = 0;
                }
            }, afterExit: null),
            "vcpu-run.mmio-resume-invalid"),
        new("MMIO exits report is_write inverted", "android14-6.1",
            k => new RunPageMutant(k, "android14-6.1", beforeRun: null, afterExit: page =>
            {
                if (RunPageMutant.Reason(page) == RunPageMutant.ExitMmio)
                {
                    page[RunPageMutant.MmioIsWrite] ^= 1;
                }
            }),
            "vcpu-run.mmio-write-exit"),
        new("a guest's SYSTEM_RESET is reported as PLATFORM_OFF", "v10",
            k => new RunPageMutant(k, "v10", beforeRun: null, afterExit: page =>
            {
                if (RunPageMutant.Reason(page) == RunPageMutant.ExitStatus && page[RunPageMutant.StatusExitType] == (byte)GhRmVmExitType.PlatformReset)
                {
                    page[RunPageMutant.StatusExitType] = (byte)GhRmVmExitType.PlatformOff;
                }
            }),
            "vcpu-run.system-reset-status-exit"),
        new("writes to an irqfd's eventfd are swallowed", "v17", k => new IrqfdSilencer(k), "vcpu-run.irqfd-reaches-guest-irq"),
        new("the RM's replies do not echo the request's seq", "v17", k => k, "rm-protocol.reply-echoes-request")
        {
            DecorateRmLink = queues => RmQueueMutant.OnReceive(queues, RmQueueMutant.SkewReplySequence),
        },
        new("the RM accepts fragments whose api_version is wrong", "v10", k => k, "rm-protocol.drops-wrong-api-version")
        {
            DecorateRmLink = queues => RmQueueMutant.OnTransmit(queues, RmQueueMutant.RepairApiByte),
        },
    ];

    private static uint Request(string generation, string name) =>
        AbiProfiles.Find(generation)!.Ioctls.Single(i => i.Name == name).Request;

    // The ioctl with a copy of the argument whose bytes past `kept` (of `size`) are zeroed: a struct read short.
    private static unsafe int Truncated(IKernel inner, int fd, uint request, nint argument, int size, int kept)
    {
        var copy = stackalloc byte[size];
        new ReadOnlySpan<byte>((void*)argument, kept).CopyTo(new Span<byte>(copy, size));
        new Span<byte>(copy + kept, size - kept).Clear();
        return inner.Ioctl(fd, request, (nint)copy);
    }

    // The result with `from` (an errno) replaced by `to` (an errno, or 0 for a faked success) when `when` holds.
    private static int Flip(int result, int from, int to, bool when) => when && result == -from ? (to == 0 ? 0 : -to) : result;

    private sealed class FallocateMutant(IKernel inner) : ForwardingKernel(inner)
    {
        public override int Fallocate(int fd, FallocateMode mode, long offset, long length) =>
            base.Fallocate(fd, mode | FallocateMode.KeepSize, offset, length);
    }

    // Remembers the eventfd of every irqfd ADD_FUNCTION the kernel accepted (its descriptor was readable then) and
    // makes later writes to it succeed without reaching the kernel: the doorbell never rings.
    private sealed class IrqfdSilencer(IKernel inner) : ForwardingKernel(inner)
    {
        private readonly uint addFunction = Request("v17", "GUNYAH_VM_ADD_FUNCTION");
        private readonly HashSet<int> silenced = [];

        public override unsafe int Ioctl(int fd, uint request, nint argument)
        {
            var result = base.Ioctl(fd, request, argument);
            if (request == addFunction && result >= 0 && ((uint*)argument)[0] == 2)
            {
                lock (silenced)
                    silenced.Add((int)*(uint*)(nint)((ulong*)argument)[1]);
            }

            return result;
        }

        public override int Write(int fd, ReadOnlySpan<byte> buffer)
        {
            lock (silenced)
            {
                if (silenced.Contains(fd))
                    return buffer.Length;
            }

            return base.Write(fd, buffer);
        }
    }
}
