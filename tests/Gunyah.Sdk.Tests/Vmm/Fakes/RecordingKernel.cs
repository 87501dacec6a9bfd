using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>
/// A kernel seam that plays /dev/gunyah: it hands out fake fd numbers (from 1,000,000) for the device, VMs, vCPUs
/// and guest memory files, records every call, and answers ioctls through a responder a test can replace per
/// request. The vCPU fd's mmap is a zeroed, page-aligned native page, so a responder can write an exit into the
/// run page as a kernel would. Real fds (eventfd, memfd, their mmaps) go to <see cref="LinuxKernel"/>; a close of
/// an fd this kernel never handed out is refused (-EBADF) and recorded, so a buggy caller cannot close the test
/// host's own fds.
/// </summary>
internal sealed unsafe class RecordingKernel : IKernel, IDisposable
{
    public const int FirstFakeFd = 1_000_000;
    public const int PageSize = 4096;

    private readonly Lock gate = new();
    private readonly List<int> finalizerCloses = [];
    private readonly Dictionary<int, string> fakeFds = [];
    private readonly Dictionary<int, string> realFds = [];
    private readonly Dictionary<nint, (int Fd, nuint Length)> fakeMappings = [];
    private readonly Dictionary<int, nint> runPages = [];
    private readonly Dictionary<uint, IoctlResponder> responders = [];
    private readonly List<KernelEvent> events = [];
    private readonly List<IoctlRecord> ioctls = [];
    private int nextFd = FirstFakeFd;

    public RecordingKernel() => Fallback = Answer;

    /// <summary>Answers requests that have no <see cref="RespondTo"/> responder; defaults to <see cref="Answer"/>.</summary>
    public IoctlResponder Fallback { get; set; }

    /// <summary>When false, calls are answered but not recorded (for allocation measurements).</summary>
    public bool Recording { get; set; } = true;

    /// <summary>What Open returns instead of a new device fd, when set (e.g. -ENOENT).</summary>
    public int? OpenResult { get; set; }

    /// <summary>What InterruptThread returns.</summary>
    public int InterruptResult { get; set; }

    /// <summary>Every call, in order.</summary>
    public IReadOnlyList<KernelEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Every ioctl, in order.</summary>
    public IReadOnlyList<IoctlRecord> Ioctls
    {
        get
        {
            lock (gate)
            {
                return [.. ioctls];
            }
        }
    }

    /// <summary>The fds closed, in order (fake and real, refused or not).</summary>
    public IReadOnlyList<KernelEvent> Closes => [.. Events.Where(e => e.Kind == KernelEventKind.Close)];

    /// <summary>The fake fds handed out and not closed yet.</summary>
    public IReadOnlyDictionary<int, string> OpenFakeFds
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<int, string>(fakeFds);
            }
        }
    }

    /// <summary>Answers <paramref name="request"/> with <paramref name="responder"/> from now on.</summary>
    public void RespondTo(uint request, IoctlResponder responder)
    {
        lock (gate)
        {
            responders[request] = responder;
        }
    }

    /// <summary>Answers <paramref name="request"/> with -<paramref name="errno"/> from now on.</summary>
    public void Fail(uint request, int errno) => RespondTo(request, (in IoctlCall _) => -errno);

    /// <summary>Forgets what was recorded so far (fds and mappings stay).</summary>
    public void ClearRecords()
    {
        lock (gate)
        {
            events.Clear();
            ioctls.Clear();
        }
    }

    /// <summary>A new fake fd of <paramref name="kind"/>.</summary>
    public int NewFd(string kind)
    {
        lock (gate)
        {
            var fd = nextFd++;
            fakeFds.Add(fd, kind);
            return fd;
        }
    }

    /// <summary>The run page mapped for vCPU fd <paramref name="vcpuFd"/> (the first mapping of that fd).</summary>
    public Span<byte> RunPage(int vcpuFd)
    {
        lock (gate)
        {
            return runPages.TryGetValue(vcpuFd, out var page)
                ? new Span<byte>((void*)page, PageSize)
                : throw new InvalidOperationException($"fd {vcpuFd} has no run page mapped.");
        }
    }

    /// <summary>
    /// The default answers, as a Gunyah kernel of any generation would give them: CREATE_VM (0x4700 and v6's
    /// 0x4740) makes a vm fd, ADD_FUNCTION of type 1 (vCPU) a vcpu fd, CREATE_GUEST_MEM a guest_mem fd,
    /// VCPU_MMAP_SIZE is one page; everything else succeeds with 0.
    /// </summary>
    public int Answer(in IoctlCall call) => (call.FdKind, call.Request) switch
    {
        (FdKinds.Device, 0x4700 or 0x4740) => NewFd(FdKinds.Vm),
        (FdKinds.Device, 0x40404708) => NewFd(FdKinds.GuestMem),
        (FdKinds.Vm, 0x40104704) when call.Argument != 0 && BinaryPrimitives.ReadUInt32LittleEndian(Bytes(call.Argument, 4)) == 1 => NewFd(FdKinds.Vcpu),
        (FdKinds.Vcpu, 0x4706) => PageSize,
        _ => 0,
    };

    public int Open(string path, OpenFlags flags)
    {
        var fd = OpenResult ?? NewFd(FdKinds.Device);
        Record(new KernelEvent(KernelEventKind.Open, fd, FdKinds.Device));
        return fd;
    }

    /// <summary>Fds closed by a finalizer (through <see cref="IKernel.CloseFromFinalizer"/>), in order.</summary>
    public IReadOnlyList<int> FinalizerCloses
    {
        get
        {
            lock (gate)
            {
                return finalizerCloses.ToArray();
            }
        }
    }

    public int CloseFromFinalizer(int fd)
    {
        lock (gate)
        {
            finalizerCloses.Add(fd);
        }

        return Close(fd);
    }

    public int Close(int fd)
    {
        int result;
        string kind;
        lock (gate)
        {
            if (fakeFds.Remove(fd, out var fake))
            {
                kind = fake;
                runPages.Remove(fd);
                result = 0;
            }
            else if (realFds.Remove(fd, out var real))
            {
                kind = real;
                result = LinuxKernel.Instance.Close(fd);
            }
            else
            {
                kind = FdKinds.Unknown;
                result = -Errno.EBADF;
            }
        }

        Record(new KernelEvent(KernelEventKind.Close, fd, kind));
        return result;
    }

    public int Ioctl(int fd, uint request, nint argument)
    {
        string kind;
        IoctlResponder? responder;
        lock (gate)
        {
            if (!fakeFds.TryGetValue(fd, out kind!))
            {
                kind = realFds.TryGetValue(fd, out var real) ? real : FdKinds.Unknown;
            }

            responder = responders.GetValueOrDefault(request);
        }

        if (kind is not (FdKinds.Device or FdKinds.Vm or FdKinds.Vcpu or FdKinds.GuestMem))
        {
            return RecordIoctl(fd, kind, request, argument, kind == FdKinds.Unknown ? -Errno.EBADF : LinuxKernel.Instance.Ioctl(fd, request, argument));
        }

        if (!Recording)
        {
            return (responder ?? Fallback)(new IoctlCall(this, fd, kind, request, argument));
        }

        // Copy what was sent before the responder runs: it may rewrite the argument, as _IOWR ioctls do.
        var bytes = ArgumentBytes(request, argument);
        var functionArgument = FunctionArgumentBytes(request, argument);
        var result = (responder ?? Fallback)(new IoctlCall(this, fd, kind, request, argument));
        lock (gate)
        {
            events.Add(new KernelEvent(KernelEventKind.Ioctl, fd, kind));
            ioctls.Add(new IoctlRecord(fd, kind, request, argument, bytes, functionArgument, result));
        }

        return result;
    }

    public nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset)
    {
        string? kind;
        lock (gate)
        {
            fakeFds.TryGetValue(fd, out kind);
        }

        if (kind is null)
        {
            return LinuxKernel.Instance.Mmap(address, length, protection, flags, fd, offset);
        }

        var rounded = (length + PageSize - 1) / PageSize * PageSize;
        var page = (nint)NativeMemory.AlignedAlloc(rounded, PageSize);
        NativeMemory.Clear((void*)page, rounded);
        lock (gate)
        {
            fakeMappings.Add(page, (fd, rounded));
            runPages.TryAdd(fd, page);
        }

        Record(new KernelEvent(KernelEventKind.Mmap, fd, kind, page, length));
        return page;
    }

    public int Munmap(nint address, nuint length)
    {
        (int Fd, nuint Length) mapping;
        string? kind;
        lock (gate)
        {
            if (!fakeMappings.Remove(address, out mapping))
            {
                kind = null;
            }
            else
            {
                kind = fakeFds.GetValueOrDefault(mapping.Fd, FdKinds.Closed);
                if (runPages.TryGetValue(mapping.Fd, out var page) && page == address)
                {
                    runPages.Remove(mapping.Fd);
                }
            }
        }

        if (kind is null)
        {
            return LinuxKernel.Instance.Munmap(address, length);
        }

        NativeMemory.AlignedFree((void*)address);
        Record(new KernelEvent(KernelEventKind.Munmap, mapping.Fd, kind, address, length));
        return 0;
    }

    public int Read(int fd, Span<byte> buffer) => IsFake(fd) ? -Errno.EBADF : LinuxKernel.Instance.Read(fd, buffer);

    public int Write(int fd, ReadOnlySpan<byte> buffer) => IsFake(fd) ? -Errno.EBADF : LinuxKernel.Instance.Write(fd, buffer);

    public int EventFd(uint initialValue, EventFdFlags flags) => TrackReal(LinuxKernel.Instance.EventFd(initialValue, flags), FdKinds.EventFd);

    public int MemfdCreate(string name, MemfdFlags flags) => TrackReal(LinuxKernel.Instance.MemfdCreate(name, flags), FdKinds.MemFd);

    public int Ftruncate(int fd, long length) => IsFake(fd) ? -Errno.EBADF : LinuxKernel.Instance.Ftruncate(fd, length);

    public int Fallocate(int fd, FallocateMode mode, long offset, long length) =>
        IsFake(fd) ? -Errno.EBADF : LinuxKernel.Instance.Fallocate(fd, mode, offset, length);

    public int CurrentThreadId()
    {
        var id = LinuxKernel.Instance.CurrentThreadId();
        Record(new KernelEvent(KernelEventKind.CurrentThreadId, id, null));
        return id;
    }

    public int InterruptThread(int threadId)
    {
        Record(new KernelEvent(KernelEventKind.InterruptThread, threadId, null));
        return InterruptResult;
    }

    /// <summary>Frees the fake mappings still alive and closes the real fds still open.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            foreach (var page in fakeMappings.Keys)
            {
                NativeMemory.AlignedFree((void*)page);
            }

            fakeMappings.Clear();
            runPages.Clear();
            foreach (var fd in realFds.Keys)
            {
                LinuxKernel.Instance.Close(fd);
            }

            realFds.Clear();
        }
    }

    // asm-generic encoding: 14 size bits at bit 16. An integer argument (size 0) has no bytes, nor has NULL.
    private static byte[] ArgumentBytes(uint request, nint argument)
    {
        var size = (int)((request >> 16) & 0x3fff);
        return size > 0 && argument != 0 ? Bytes(argument, size).ToArray() : [];
    }

    // ADD_FUNCTION and REMOVE_FUNCTION ('G' 4 and 7, a 16-byte fn_desc): arg_size @4, arg @8.
    private static byte[]? FunctionArgumentBytes(uint request, nint argument)
    {
        if (request is not (0x40104704 or 0x40104707) || argument == 0)
        {
            return null;
        }

        var descriptor = Bytes(argument, 16);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(descriptor[4..]);
        var pointer = (nint)BinaryPrimitives.ReadUInt64LittleEndian(descriptor[8..]);
        return size > 0 && pointer != 0 ? Bytes(pointer, (int)size).ToArray() : [];
    }

    private static ReadOnlySpan<byte> Bytes(nint address, int length) => new((void*)address, length);

    private int RecordIoctl(int fd, string kind, uint request, nint argument, int result)
    {
        if (Recording)
        {
            lock (gate)
            {
                events.Add(new KernelEvent(KernelEventKind.Ioctl, fd, kind));
                ioctls.Add(new IoctlRecord(fd, kind, request, argument, [], null, result));
            }
        }

        return result;
    }

    private bool IsFake(int fd)
    {
        lock (gate)
        {
            return fakeFds.ContainsKey(fd);
        }
    }

    private int TrackReal(int fd, string kind)
    {
        if (fd >= 0)
        {
            lock (gate)
            {
                realFds[fd] = kind;
            }
        }

        return fd;
    }

    private void Record(KernelEvent kernelEvent)
    {
        if (!Recording)
        {
            return;
        }

        lock (gate)
        {
            events.Add(kernelEvent);
        }
    }
}
