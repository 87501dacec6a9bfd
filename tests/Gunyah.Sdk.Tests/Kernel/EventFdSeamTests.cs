using System.Buffers.Binary;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>Real eventfds through the raw seam: the kernel's counter semantics, with errors as -errno.</summary>
public class EventFdSeamTests
{
    private static readonly IKernel Kernel = LinuxKernel.Instance;

    [Fact]
    public void A_write_adds_to_the_counter_and_a_read_returns_it_and_resets_it_to_zero()
    {
        var fd = Open(5, EventFdFlags.NonBlocking);
        try
        {
            Assert.Equal(8, WriteCounter(fd, 7));
            Assert.Equal(8, WriteCounter(fd, 30));

            Assert.Equal(42ul, ReadCounter(fd, out var result));
            Assert.Equal(8, result);
            ReadCounter(fd, out result);
            Assert.Equal(-Errno.EAGAIN, result);
        }
        finally
        {
            Assert.Equal(0, Kernel.Close(fd));
        }
    }

    [Fact]
    public void In_semaphore_mode_each_read_returns_one_and_decrements_the_counter()
    {
        var fd = Open(3, EventFdFlags.Semaphore | EventFdFlags.NonBlocking);
        try
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(1ul, ReadCounter(fd, out var result));
                Assert.Equal(8, result);
            }

            ReadCounter(fd, out var empty);
            Assert.Equal(-Errno.EAGAIN, empty);
        }
        finally
        {
            Kernel.Close(fd);
        }
    }

    [Fact]
    public void Buffers_shorter_than_eight_bytes_and_the_value_all_ones_are_EINVAL()
    {
        var fd = Open(1, EventFdFlags.NonBlocking);
        try
        {
            Assert.Equal(-Errno.EINVAL, Kernel.Read(fd, new byte[4]));
            Assert.Equal(-Errno.EINVAL, Kernel.Write(fd, new byte[4]));
            Assert.Equal(-Errno.EINVAL, WriteCounter(fd, ulong.MaxValue));

            // None of them touched the counter.
            Assert.Equal(1ul, ReadCounter(fd, out _));
        }
        finally
        {
            Kernel.Close(fd);
        }
    }

    [Fact]
    public void A_blocking_read_waits_for_a_write_from_another_thread()
    {
        var fd = Open(0, EventFdFlags.None);
        try
        {
            ulong value = 0;
            var reader = new Thread(() => value = ReadCounter(fd, out _)) { IsBackground = true };
            reader.Start();
            Assert.False(reader.Join(50), "the read returned before anything was written");

            Assert.Equal(8, WriteCounter(fd, 9));
            Assert.True(reader.Join(TimeSpan.FromSeconds(10)));
            Assert.Equal(9ul, value);
        }
        finally
        {
            Kernel.Close(fd);
        }
    }

    [Fact]
    public void Unknown_flags_are_EINVAL()
    {
        Assert.Equal(-Errno.EINVAL, Kernel.EventFd(0, (EventFdFlags)0x4));
    }

    private static int Open(uint initialValue, EventFdFlags flags)
    {
        var fd = Kernel.EventFd(initialValue, flags | EventFdFlags.CloseOnExec);
        Assert.True(fd >= 0, $"eventfd returned {fd}");
        return fd;
    }

    private static int WriteCounter(int fd, ulong value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, value);
        return Kernel.Write(fd, buffer);
    }

    private static ulong ReadCounter(int fd, out int result)
    {
        Span<byte> buffer = stackalloc byte[8];
        result = Kernel.Read(fd, buffer);
        return BinaryPrimitives.ReadUInt64LittleEndian(buffer);
    }
}
