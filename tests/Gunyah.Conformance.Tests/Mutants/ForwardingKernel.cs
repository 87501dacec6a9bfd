using Gunyah.Sdk.Kernel;

namespace Gunyah.Conformance.Tests.Mutants;

/// <summary>A kernel seam that passes every call to another; mutants override the one call they get wrong.</summary>
internal class ForwardingKernel(IKernel inner) : IKernel
{
    protected IKernel Inner { get; } = inner;

    public virtual int Open(string path, OpenFlags flags) => Inner.Open(path, flags);

    public virtual int Close(int fd) => Inner.Close(fd);

    public virtual int Ioctl(int fd, uint request, nint argument) => Inner.Ioctl(fd, request, argument);

    public virtual nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset) =>
        Inner.Mmap(address, length, protection, flags, fd, offset);

    public virtual int Munmap(nint address, nuint length) => Inner.Munmap(address, length);

    public virtual int Read(int fd, Span<byte> buffer) => Inner.Read(fd, buffer);

    public virtual int Write(int fd, ReadOnlySpan<byte> buffer) => Inner.Write(fd, buffer);

    public virtual int EventFd(uint initialValue, EventFdFlags flags) => Inner.EventFd(initialValue, flags);

    public virtual int MemfdCreate(string name, MemfdFlags flags) => Inner.MemfdCreate(name, flags);

    public virtual int Ftruncate(int fd, long length) => Inner.Ftruncate(fd, length);

    public virtual int Fallocate(int fd, FallocateMode mode, long offset, long length) => Inner.Fallocate(fd, mode, offset, length);

    public virtual int CurrentThreadId() => Inner.CurrentThreadId();

    public virtual int InterruptThread(int threadId) => Inner.InterruptThread(threadId);
}
