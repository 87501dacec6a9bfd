namespace Gunyah.Sdk.DeviceTree
{
    public readonly struct DeviceTreeCell
    {
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode? Target { get; }
        public uint Value { get; }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeCell Reference(Gunyah.Sdk.DeviceTree.DeviceTreeNode target) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeCell op_Implicit(Gunyah.Sdk.DeviceTree.DeviceTreeNode target) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeCell op_Implicit(uint value) { }
    }
    public readonly struct DeviceTreeChosen
    {
        public string? BootArgs { get; set; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode Node { get; }
        public string? StdoutPath { get; set; }
        public void ClearInitrd() { }
        public void SetInitrd(ulong start, ulong end) { }
        public void SetStdout(Gunyah.Sdk.DeviceTree.DeviceTreeNode console, string? options = null) { }
        public bool TryGetInitrd(out ulong start, out ulong end) { }
    }
    public sealed class DeviceTreeDocument
    {
        public DeviceTreeDocument() { }
        public uint BootCpuIdPhys { get; set; }
        public System.Collections.Generic.IList<Gunyah.Sdk.DeviceTree.MemoryReservation> MemoryReservations { get; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode Root { get; }
        public void AssignPhandles() { }
        public bool ContentEquals(Gunyah.Sdk.DeviceTree.DeviceTreeDocument other) { }
        public string? FindFirstDifference(Gunyah.Sdk.DeviceTree.DeviceTreeDocument other) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode? FindNode(string path) { }
        public int GetBlobSize() { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeChosen GetOrAddChosen() { }
        public byte[] ToArray() { }
        public int WriteTo(System.Buffers.IBufferWriter<byte> output) { }
        public int WriteTo(System.Span<byte> destination) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeDocument Parse(System.ReadOnlySpan<byte> blob) { }
    }
    public enum DeviceTreeFormatError
    {
        Truncated = 0,
        BadMagic = 1,
        UnsupportedVersion = 2,
        BadTotalSize = 3,
        TotalSizeExceedsBuffer = 4,
        BlockOutOfRange = 5,
        BlockMisaligned = 6,
        BlocksOverlap = 7,
        ReservationUnterminated = 8,
        BadToken = 9,
        UnterminatedName = 10,
        NameTooLong = 11,
        BadName = 12,
        StringOffsetOutOfRange = 13,
        UnterminatedString = 14,
        PropertyTruncated = 15,
        PropertyOutsideNode = 16,
        PropertyAfterChild = 17,
        UnbalancedNodes = 18,
        MissingRootNode = 19,
        MultipleRootNodes = 20,
        NestingTooDeep = 21,
        MissingEnd = 22,
        DuplicateName = 23,
        BadPropertyValue = 24,
    }
    public sealed class DeviceTreeFormatException : System.Exception
    {
        public DeviceTreeFormatException(Gunyah.Sdk.DeviceTree.DeviceTreeFormatError reason, int offset, string? detail = null) { }
        public int Offset { get; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeFormatError Reason { get; }
    }
    public sealed class DeviceTreeNode
    {
        public DeviceTreeNode(string name) { }
        public int AddressCells { get; }
        public string BaseName { get; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.DeviceTree.DeviceTreeNode> Children { get; }
        public int Depth { get; }
        public bool IsRoot { get; }
        public string Name { get; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode? Parent { get; }
        public string Path { get; }
        public uint? Phandle { get; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.DeviceTree.DeviceTreeProperty> Properties { get; }
        public int SizeCells { get; }
        public string? UnitAddress { get; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode AddChild(Gunyah.Sdk.DeviceTree.DeviceTreeNode child) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode AddChild(string name) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode? FindChild(System.ReadOnlySpan<char> component) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode? GetChild(string name) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode GetOrAddChild(string name) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeProperty? GetProperty(string name) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeRegion[] GetReg() { }
        public bool HasProperty(string name) { }
        public bool RemoveChild(string name) { }
        public bool RemoveProperty(string name) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetBytes(string name, System.ReadOnlySpan<byte> value) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetCellSizes(uint addressCells, uint sizeCells) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetCells(string name, [System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<uint> cells) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetCellsWithReferences(string name, [System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<Gunyah.Sdk.DeviceTree.DeviceTreeCell> cells) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetEmpty(string name) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetInt32(string name, int value) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetPhandle(uint phandle) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetProperty(Gunyah.Sdk.DeviceTree.DeviceTreeProperty property) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetReference(string name, Gunyah.Sdk.DeviceTree.DeviceTreeNode target) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetReg([System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<Gunyah.Sdk.DeviceTree.DeviceTreeRegion> regions) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetString(string name, string value) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetStringList(string name, [System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<string> values) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetU32(string name, uint value) { }
        public Gunyah.Sdk.DeviceTree.DeviceTreeNode SetU64(string name, ulong value) { }
        public override string ToString() { }
    }
    public sealed class DeviceTreeProperty
    {
        public DeviceTreeProperty(string name, System.ReadOnlySpan<byte> value) { }
        public bool HasReferences { get; }
        public int Length { get; }
        public string Name { get; }
        public System.Collections.Generic.IEnumerable<Gunyah.Sdk.DeviceTree.DeviceTreeNode> ReferencedNodes { get; }
        public System.ReadOnlySpan<byte> Value { get; }
        public System.ReadOnlyMemory<byte> ValueMemory { get; }
        public byte[] AsBytes() { }
        public uint[] AsCells() { }
        public int AsInt32() { }
        public string AsString() { }
        public string[] AsStringList() { }
        public uint AsU32() { }
        public ulong AsU64() { }
        public override string ToString() { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty Bytes(string name, System.ReadOnlySpan<byte> value) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty Cells(string name, [System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<uint> cells) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty CellsWithReferences(string name, [System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<Gunyah.Sdk.DeviceTree.DeviceTreeCell> cells) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty Empty(string name) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty Int32(string name, int value) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty Reference(string name, Gunyah.Sdk.DeviceTree.DeviceTreeNode target) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty String(string name, string value) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty StringList(string name, [System.Runtime.CompilerServices.ParamCollection] [System.Runtime.CompilerServices.ScopedRef] System.ReadOnlySpan<string> values) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty U32(string name, uint value) { }
        public static Gunyah.Sdk.DeviceTree.DeviceTreeProperty U64(string name, ulong value) { }
    }
    public readonly struct DeviceTreeRegion : System.IEquatable<Gunyah.Sdk.DeviceTree.DeviceTreeRegion>
    {
        public DeviceTreeRegion(ulong Address, ulong Size) { }
        public ulong Address { get; init; }
        public ulong Size { get; init; }
    }
    public static class Fdt
    {
        public const int HeaderSize = 40;
        public const uint LastCompatibleVersion = 16u;
        public const uint Magic = 3490578157u;
        public const int MaxDepth = 64;
        public const int MaxNameLength = 256;
        public const uint OldestReadableVersion = 16u;
        public const int ReservationEntrySize = 16;
        public const uint Version = 17u;
        public const int Version16HeaderSize = 36;
    }
    public sealed class FdtBlob
    {
        public uint BootCpuIdPhys { get; }
        public Gunyah.Sdk.DeviceTree.FdtHeader Header { get; }
        public System.ReadOnlyMemory<byte> Memory { get; }
        public int ReservationCount { get; }
        public Gunyah.Sdk.DeviceTree.FdtNode Root { get; }
        public Gunyah.Sdk.DeviceTree.FdtNode? FindNode(string path) { }
        public Gunyah.Sdk.DeviceTree.FdtNode? FindNodeByPhandle(uint phandle) { }
        public Gunyah.Sdk.DeviceTree.MemoryReservation[] GetMemoryReservations() { }
        public Gunyah.Sdk.DeviceTree.MemoryReservation GetReservation(int index) { }
        public bool TryFindNode(string path, out Gunyah.Sdk.DeviceTree.FdtNode node) { }
        public static Gunyah.Sdk.DeviceTree.FdtBlob Open(System.ReadOnlyMemory<byte> blob) { }
    }
    public readonly struct FdtHeader
    {
        public uint BootCpuIdPhys { get; }
        public uint LastCompatibleVersion { get; }
        public int ReservationCount { get; }
        public int ReservationOffset { get; }
        public int StringsOffset { get; }
        public int StringsSize { get; }
        public int StructOffset { get; }
        public int StructSize { get; }
        public int TotalSize { get; }
        public uint Version { get; }
        public static Gunyah.Sdk.DeviceTree.FdtHeader Read(System.ReadOnlySpan<byte> blob) { }
    }
    public readonly struct FdtNode
    {
        public Gunyah.Sdk.DeviceTree.FdtNode.ChildEnumerator Children { get; }
        public string Name { get; }
        public System.ReadOnlySpan<byte> NameBytes { get; }
        public int Offset { get; }
        public Gunyah.Sdk.DeviceTree.FdtNode.PropertyEnumerator Properties { get; }
        public Gunyah.Sdk.DeviceTree.FdtProperty? GetProperty(string name) { }
        public override string ToString() { }
        public bool TryFindChild(System.ReadOnlySpan<char> component, out Gunyah.Sdk.DeviceTree.FdtNode child) { }
        public bool TryGetProperty(string name, out Gunyah.Sdk.DeviceTree.FdtProperty property) { }
        public ref struct ChildEnumerator
        {
            public Gunyah.Sdk.DeviceTree.FdtNode Current { get; }
            public Gunyah.Sdk.DeviceTree.FdtNode.ChildEnumerator GetEnumerator() { }
            public bool MoveNext() { }
        }
        public ref struct PropertyEnumerator
        {
            public Gunyah.Sdk.DeviceTree.FdtProperty Current { get; }
            public Gunyah.Sdk.DeviceTree.FdtNode.PropertyEnumerator GetEnumerator() { }
            public bool MoveNext() { }
        }
    }
    public readonly struct FdtProperty
    {
        public int Length { get; }
        public string Name { get; }
        public System.ReadOnlySpan<byte> NameBytes { get; }
        public int Offset { get; }
        public System.ReadOnlySpan<byte> Value { get; }
        public byte[] AsBytes() { }
        public uint[] AsCells() { }
        public ulong AsNumber() { }
        public string AsString() { }
        public string[] AsStringList() { }
        public uint AsU32() { }
        public ulong AsU64() { }
        public override string ToString() { }
        public bool TryGetString(out string value) { }
        public bool TryGetU32(out uint value) { }
    }
    public sealed class FdtWriter
    {
        public FdtWriter() { }
        public int Measure(Gunyah.Sdk.DeviceTree.DeviceTreeDocument tree) { }
        public byte[] ToArray(Gunyah.Sdk.DeviceTree.DeviceTreeDocument tree) { }
        public int Write(Gunyah.Sdk.DeviceTree.DeviceTreeDocument tree, System.Buffers.IBufferWriter<byte> output) { }
        public int Write(Gunyah.Sdk.DeviceTree.DeviceTreeDocument tree, System.Span<byte> destination) { }
    }
    public readonly struct GicInterrupt : System.IEquatable<Gunyah.Sdk.DeviceTree.GicInterrupt>
    {
        public const uint EdgeFalling = 2u;
        public const uint EdgeRising = 1u;
        public const uint LevelHigh = 4u;
        public const uint LevelLow = 8u;
        public uint Flags { get; }
        public uint Number { get; }
        public Gunyah.Sdk.DeviceTree.GicInterruptType Type { get; }
        public static Gunyah.Sdk.DeviceTree.GicInterrupt Ppi(uint number, uint flags) { }
        public static Gunyah.Sdk.DeviceTree.GicInterrupt Spi(uint number, uint flags = 1) { }
    }
    public enum GicInterruptType : uint
    {
        Spi = 0u,
        Ppi = 1u,
    }
    public sealed class GunyahCpuIdleState
    {
        public GunyahCpuIdleState() { }
        public uint EntryLatencyUs { get; init; }
        public uint ExitLatencyUs { get; init; }
        public uint MinResidencyUs { get; init; }
        public string NodeName { get; init; }
        public uint PsciSuspendParam { get; init; }
    }
    public sealed class GunyahDoorbellVdevice : Gunyah.Sdk.DeviceTree.GunyahVdevice
    {
        public GunyahDoorbellVdevice(string nodeName) { }
        public Gunyah.Sdk.DeviceTree.GicInterrupt? Interrupt { get; init; }
        public bool IsSource { get; init; }
        public string? Peer { get; init; }
        public bool SourceCanClear { get; init; }
        public override string VdeviceType { get; }
    }
    public enum GunyahMemoryNodeStyle
    {
        UnitAddress = 0,
        Plain = 1,
        None = 2,
    }
    public sealed class GunyahMessageQueuePairVdevice : Gunyah.Sdk.DeviceTree.GunyahQueuePairVdevice
    {
        public GunyahMessageQueuePairVdevice(string nodeName) { }
        public string? Peer { get; init; }
        public override string VdeviceType { get; }
    }
    public sealed class GunyahMessageQueueVdevice : Gunyah.Sdk.DeviceTree.GunyahQueueVdevice
    {
        public GunyahMessageQueueVdevice(string nodeName) { }
        public Gunyah.Sdk.DeviceTree.GicInterrupt? Interrupt { get; init; }
        public bool IsSender { get; init; }
        public override string VdeviceType { get; }
    }
    public sealed class GunyahPl011Console
    {
        public GunyahPl011Console() { }
        public ulong BaseAddress { get; init; }
        public uint ClockFrequency { get; init; }
        public Gunyah.Sdk.DeviceTree.GicInterrupt Interrupt { get; init; }
        public bool IsStdout { get; init; }
        public ulong Size { get; init; }
        public string? StdoutOptions { get; init; }
    }
    public abstract class GunyahQueuePairVdevice : Gunyah.Sdk.DeviceTree.GunyahQueueVdevice
    {
        public Gunyah.Sdk.DeviceTree.GicInterrupt? RxInterrupt { get; init; }
        public Gunyah.Sdk.DeviceTree.GicInterrupt? TxInterrupt { get; init; }
    }
    public abstract class GunyahQueueVdevice : Gunyah.Sdk.DeviceTree.GunyahVdevice
    {
        public const uint MaxMessageSize = 1023u;
        public const uint MaxQueueDepth = 255u;
        public uint? MessageSize { get; init; }
        public uint? QueueDepth { get; init; }
    }
    public sealed class GunyahRmRpcVdevice : Gunyah.Sdk.DeviceTree.GunyahQueuePairVdevice
    {
        public GunyahRmRpcVdevice(string nodeName) { }
        public bool IsConsole { get; init; }
        public override string VdeviceType { get; }
    }
    public enum GunyahVcpuAffinity
    {
        Static = 0,
        Sticky = 1,
        Pinned = 2,
        Proxy = 3,
    }
    public abstract class GunyahVdevice
    {
        public string? Generate { get; init; }
        public uint? Label { get; init; }
        public string NodeName { get; }
        public System.Collections.Generic.IReadOnlyList<string> PushCompatible { get; init; }
        public abstract string VdeviceType { get; }
    }
    public sealed class GunyahVmDeviceTreeBuilder
    {
        public GunyahVmDeviceTreeBuilder(Gunyah.Sdk.DeviceTree.GunyahVmDeviceTreeOptions? options = null) { }
        public Gunyah.Sdk.DeviceTree.GunyahVmDeviceTreeOptions Options { get; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeDocument Build() { }
    }
    public sealed class GunyahVmDeviceTreeOptions
    {
        public const ulong DistributorSize = 65536ul;
        public const int MaxVcpus = 256;
        public const ulong RedistributorStride = 131072ul;
        public GunyahVmDeviceTreeOptions() { }
        public Gunyah.Sdk.DeviceTree.GunyahVcpuAffinity? Affinity { get; init; }
        public System.Collections.Generic.IReadOnlyList<uint>? AffinityMap { get; init; }
        public string? BootArgs { get; init; }
        public Gunyah.Sdk.DeviceTree.GunyahPl011Console? Console { get; init; }
        public Gunyah.Sdk.DeviceTree.GunyahCpuIdleState? CpuIdleState { get; init; }
        public ulong GicDistributorBase { get; init; }
        public ulong? GicRedistributorBase { get; init; }
        public string ImageName { get; init; }
        public Gunyah.Sdk.DeviceTree.DeviceTreeRegion? Initrd { get; init; }
        public ulong MemoryBase { get; init; }
        public Gunyah.Sdk.DeviceTree.GunyahMemoryNodeStyle MemoryNode { get; init; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.DeviceTree.MemoryReservation> MemoryReservations { get; init; }
        public ulong MemorySize { get; init; }
        public ulong? MemorySizeMax { get; init; }
        public string? Model { get; init; }
        public string? OsType { get; init; }
        public string RootCompatible { get; init; }
        public int SchedPriority { get; init; }
        public uint SchedTimeslice { get; init; }
        public uint? TimerClockFrequency { get; init; }
        public int VcpuCount { get; init; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.DeviceTree.GunyahVdevice> Vdevices { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> VmAttributes { get; init; }
        public string? VmType { get; init; }
    }
    public readonly struct MemoryReservation : System.IEquatable<Gunyah.Sdk.DeviceTree.MemoryReservation>
    {
        public MemoryReservation(ulong Address, ulong Size) { }
        public ulong Address { get; init; }
        public ulong Size { get; init; }
    }
}
namespace Gunyah.Sdk
{
    public static class Errno
    {
        public const int E2BIG = 7;
        public const int EACCES = 13;
        public const int EAGAIN = 11;
        public const int EBADF = 9;
        public const int EBADMSG = 74;
        public const int EBUSY = 16;
        public const int EEXIST = 17;
        public const int EFAULT = 14;
        public const int EINTR = 4;
        public const int EINVAL = 22;
        public const int EIO = 5;
        public const int EMFILE = 24;
        public const int ENODEV = 19;
        public const int ENOENT = 2;
        public const int ENOMEM = 12;
        public const int ENOSPC = 28;
        public const int ENOSYS = 38;
        public const int ENOTTY = 25;
        public const int EOPNOTSUPP = 95;
        public const int EOVERFLOW = 75;
        public const int EPERM = 1;
        public const int ESRCH = 3;
        public const int ETIMEDOUT = 110;
        public static string NameOf(int errno) { }
    }
}
namespace Gunyah.Sdk.Kernel
{
    [System.Flags]
    public enum EventFdFlags
    {
        None = 0,
        Semaphore = 1,
        NonBlocking = 2048,
        CloseOnExec = 524288,
    }
    [System.Flags]
    public enum FallocateMode
    {
        Default = 0,
        KeepSize = 1,
        PunchHole = 2,
        ZeroRange = 16,
    }
    public interface IKernel
    {
        int Close(int fd);
        int CloseFromFinalizer(int fd);
        int CurrentThreadId();
        int EventFd(uint initialValue, Gunyah.Sdk.Kernel.EventFdFlags flags);
        int Fallocate(int fd, Gunyah.Sdk.Kernel.FallocateMode mode, long offset, long length);
        int Ftruncate(int fd, long length);
        int InterruptThread(int threadId);
        int Ioctl(int fd, uint request, nint argument);
        int MemfdCreate(string name, Gunyah.Sdk.Kernel.MemfdFlags flags);
        nint Mmap(nint address, nuint length, Gunyah.Sdk.Kernel.MemoryProtection protection, Gunyah.Sdk.Kernel.MapFlags flags, int fd, long offset);
        int Munmap(nint address, nuint length);
        int Open(string path, Gunyah.Sdk.Kernel.OpenFlags flags);
        int Read(int fd, System.Span<byte> buffer);
        int Write(int fd, System.ReadOnlySpan<byte> buffer);
    }
    [System.Flags]
    public enum MapFlags
    {
        Shared = 1,
        Private = 2,
        Fixed = 16,
        Anonymous = 32,
        NoReserve = 16384,
        Populate = 32768,
    }
    [System.Flags]
    public enum MemfdFlags : uint
    {
        None = 0u,
        CloseOnExec = 1u,
        AllowSealing = 2u,
    }
    [System.Flags]
    public enum MemoryProtection
    {
        None = 0,
        Read = 1,
        Write = 2,
        Execute = 4,
        ReadWrite = 3,
    }
    [System.Flags]
    public enum OpenFlags
    {
        ReadOnly = 0,
        WriteOnly = 1,
        ReadWrite = 2,
        NonBlocking = 2048,
        CloseOnExec = 524288,
    }
}
namespace Gunyah.Sdk.Kernel.Handles
{
    public sealed class EventFdHandle : Gunyah.Sdk.Kernel.Handles.KernelFileHandle
    {
        public EventFdHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public override string FdKind { get; }
    }
    public sealed class GuestMemoryHandle : Gunyah.Sdk.Kernel.Handles.KernelFileHandle
    {
        public GuestMemoryHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public override string FdKind { get; }
    }
    public sealed class GunyahDeviceHandle : Gunyah.Sdk.Kernel.Handles.KernelFileHandle
    {
        public GunyahDeviceHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public override string FdKind { get; }
    }
    public abstract class KernelFileHandle : System.Runtime.InteropServices.SafeHandle, Gunyah.Interop.IIoctlTarget
    {
        protected KernelFileHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public int Fd { get; }
        public abstract string FdKind { get; }
        public override bool IsInvalid { get; }
        public Gunyah.Sdk.Kernel.IKernel Kernel { get; }
        public int Allocate(Gunyah.Sdk.Kernel.FallocateMode mode, long offset, long length) { }
        protected override void Dispose(bool disposing) { }
        public int Ioctl(uint request, nint argument) { }
        public Gunyah.Sdk.Kernel.Handles.KernelFileHandle.FdLease LeaseFd() { }
        public int Read(System.Span<byte> buffer) { }
        protected override bool ReleaseHandle() { }
        public int Truncate(long length) { }
        public int Write(System.ReadOnlySpan<byte> buffer) { }
        public readonly ref struct FdLease
        {
            public int Fd { get; }
            public void Dispose() { }
        }
    }
    public sealed class KernelMapping : System.Runtime.InteropServices.SafeHandle
    {
        public System.IntPtr Address { get; }
        public override bool IsInvalid { get; }
        public Gunyah.Sdk.Kernel.IKernel Kernel { get; }
        public System.UIntPtr Length { get; }
        public System.Span<byte> AsSpan() { }
        protected override bool ReleaseHandle() { }
        public static Gunyah.Sdk.Kernel.Handles.KernelMapping? TryMap(Gunyah.Sdk.Kernel.IKernel kernel, nuint length, Gunyah.Sdk.Kernel.MemoryProtection protection, Gunyah.Sdk.Kernel.MapFlags flags, int fd, long offset, out int errno) { }
    }
    public sealed class MemFdHandle : Gunyah.Sdk.Kernel.Handles.KernelFileHandle
    {
        public MemFdHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public override string FdKind { get; }
    }
    public sealed class VcpuHandle : Gunyah.Sdk.Kernel.Handles.KernelFileHandle
    {
        public VcpuHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public override string FdKind { get; }
    }
    public sealed class VmHandle : Gunyah.Sdk.Kernel.Handles.KernelFileHandle
    {
        public VmHandle(Gunyah.Sdk.Kernel.IKernel kernel, int fd) { }
        public override string FdKind { get; }
    }
}
namespace Gunyah.Sdk.Kernel.Native
{
    public sealed class LinuxKernel : Gunyah.Sdk.Kernel.IKernel
    {
        public static Gunyah.Sdk.Kernel.Native.LinuxKernel Instance { get; }
        public int Close(int fd) { }
        public int CurrentThreadId() { }
        public int EventFd(uint initialValue, Gunyah.Sdk.Kernel.EventFdFlags flags) { }
        public int Fallocate(int fd, Gunyah.Sdk.Kernel.FallocateMode mode, long offset, long length) { }
        public int Ftruncate(int fd, long length) { }
        public int InterruptThread(int threadId) { }
        public int Ioctl(int fd, uint request, nint argument) { }
        public int MemfdCreate(string name, Gunyah.Sdk.Kernel.MemfdFlags flags) { }
        public nint Mmap(nint address, nuint length, Gunyah.Sdk.Kernel.MemoryProtection protection, Gunyah.Sdk.Kernel.MapFlags flags, int fd, long offset) { }
        public int Munmap(nint address, nuint length) { }
        public int Open(string path, Gunyah.Sdk.Kernel.OpenFlags flags) { }
        public int Read(int fd, System.Span<byte> buffer) { }
        public int Write(int fd, System.ReadOnlySpan<byte> buffer) { }
    }
}
namespace Gunyah.Sdk.ResourceManager.Client
{
    public sealed class RmClient : Gunyah.Interop.Rpc.IRpcChannel, Gunyah.Interop.Rpc.IRpcNotificationSource, System.IAsyncDisposable
    {
        public RmClient(Gunyah.Sdk.ResourceManager.Transport.RmQueuePair queues, Gunyah.Sdk.ResourceManager.Client.RmClientOptions? options = null, Microsoft.Extensions.Logging.ILogger<Gunyah.Sdk.ResourceManager.Client.RmClient>? logger = null) { }
        public long AbortedMessages { get; }
        public long DroppedMessages { get; }
        public event Gunyah.Interop.Rpc.RpcNotificationHandler? NotificationReceived;
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcReply> CallAsync(uint messageId, System.ReadOnlyMemory<byte> request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask DisposeAsync() { }
        public void Start() { }
    }
    public sealed class RmClientOptions
    {
        public RmClientOptions() { }
        public System.TimeSpan? CallTimeout { get; init; }
    }
}
namespace Gunyah.Sdk.ResourceManager.Errors
{
    public sealed class RmArgumentException : System.ArgumentException
    {
        public RmArgumentException(int errno, uint messageId, string message, string? paramName) { }
        public int Errno { get; }
        public uint MessageId { get; }
    }
    public static class RmErrors
    {
        public static int? ErrnoOf(System.Exception exception) { }
        public static string NameOf(Gunyah.Sdk.ResourceManager.Protocol.GhRmError code) { }
        public static int ToErrno(Gunyah.Sdk.ResourceManager.Protocol.GhRmError code) { }
    }
    public sealed class RmException : System.Exception
    {
        public RmException(Gunyah.Sdk.ResourceManager.Protocol.GhRmError code, uint messageId) { }
        public RmException(Gunyah.Sdk.ResourceManager.Protocol.GhRmError code, uint messageId, System.ReadOnlyMemory<byte> errorDetail) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmError Code { get; }
        public int Errno { get; }
        public System.ReadOnlyMemory<byte> ErrorDetail { get; }
        public uint MessageId { get; }
    }
    public sealed class RmTimeoutException : System.TimeoutException
    {
        public RmTimeoutException(uint messageId, System.TimeSpan timeout) { }
        public uint MessageId { get; }
        public System.TimeSpan Timeout { get; }
    }
    public sealed class RmTransportException : System.IO.IOException
    {
        public RmTransportException(int errno, uint messageId, string message, System.Exception? innerException = null) { }
        public int Errno { get; }
        public uint MessageId { get; }
    }
}
namespace Gunyah.Sdk.ResourceManager.Framing
{
    public enum RmDropReason : byte
    {
        None = 0,
        TooShort = 1,
        TooLong = 2,
        BadApiVersion = 3,
        BadHeaderWords = 4,
        TooManyFragments = 5,
        ContinuationWithoutStart = 6,
        MismatchedContinuation = 7,
        Oversize = 8,
        UnexpectedType = 9,
    }
    public static class RmFragmenter
    {
        public static int ContinuationFragmentsFor(int payloadLength) { }
        public static int FragmentCountFor(int payloadLength) { }
        public static int FragmentLength(int payloadLength, int fragmentIndex) { }
        public static int WriteFragment(System.Span<byte> destination, Gunyah.Sdk.ResourceManager.Framing.RmMessageType firstType, ushort sequence, uint messageId, System.ReadOnlySpan<byte> payload, int fragmentIndex) { }
    }
    public readonly struct RmHeader : System.IEquatable<Gunyah.Sdk.ResourceManager.Framing.RmHeader>
    {
        public RmHeader(Gunyah.Sdk.ResourceManager.Framing.RmMessageType Type, int ContinuationFragments, ushort Sequence, uint MessageId) { }
        public int ContinuationFragments { get; init; }
        public uint MessageId { get; init; }
        public ushort Sequence { get; init; }
        public Gunyah.Sdk.ResourceManager.Framing.RmMessageType Type { get; init; }
        public void Write(System.Span<byte> destination) { }
        public static Gunyah.Sdk.ResourceManager.Framing.RmHeaderStatus TryRead(System.ReadOnlySpan<byte> message, out Gunyah.Sdk.ResourceManager.Framing.RmHeader header) { }
    }
    public enum RmHeaderStatus
    {
        Ok = 0,
        TooShort = 1,
        BadApiVersion = 2,
        BadHeaderWords = 3,
        TooManyFragments = 4,
    }
    public enum RmMessageType : byte
    {
        Continuation = 0,
        Request = 1,
        Reply = 2,
        Notification = 3,
    }
    public sealed class RmReassembler
    {
        public RmReassembler(Gunyah.Sdk.ResourceManager.Framing.RmReassemblyRole role, int maxPayload = 14616) { }
        public int MaxPayload { get; }
        public Gunyah.Sdk.ResourceManager.Framing.RmHeader? Partial { get; }
        public Gunyah.Sdk.ResourceManager.Framing.RmReassemblyRole Role { get; }
        public Gunyah.Sdk.ResourceManager.Framing.RmReceiveResult Accept(System.ReadOnlySpan<byte> message) { }
        public Gunyah.Sdk.ResourceManager.Framing.RmHeader? Reset() { }
    }
    public enum RmReassemblyRole
    {
        ResourceManager = 0,
        Linux = 1,
    }
    public enum RmReceiveKind : byte
    {
        Incomplete = 0,
        Complete = 1,
        Dropped = 2,
        Aborted = 3,
    }
    public readonly struct RmReceiveResult
    {
        public Gunyah.Sdk.ResourceManager.Framing.RmHeader Header { get; }
        public bool IsComplete { get; }
        public Gunyah.Sdk.ResourceManager.Framing.RmReceiveKind Kind { get; }
        public System.ReadOnlySpan<byte> Payload { get; }
        public Gunyah.Sdk.ResourceManager.Framing.RmDropReason Reason { get; }
        public Gunyah.Sdk.ResourceManager.Framing.RmHeader? SupersededPartial { get; }
        public override string ToString() { }
    }
    public static class RmWire
    {
        public const byte ApiByte = 33;
        public const int ApiVersion = 1;
        public const int ErrorWordSize = 4;
        public const int FragmentPayloadSize = 232;
        public const int HeaderSize = 8;
        public const int HeaderWords = 2;
        public const int MaxContinuationFragments = 62;
        public const int MaxMessageSize = 240;
        public const int MaxPayload = 14616;
        public const int MaxRequestPayload = 14384;
    }
}
namespace Gunyah.Sdk.ResourceManager.Protocol
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GH_RM_CONSOLE_WRITE_CHARS")]
        public const uint GH_RM_CONSOLE_WRITE_CHARS = 228u;
        [Gunyah.Interop.CName("GH_RM_ERROR_MSG_INVALID")]
        public const int GH_RM_ERROR_MSG_INVALID = 4;
        [Gunyah.Interop.CName("GH_RM_HOST_TYPE_ARCH_AARCH64")]
        public const uint GH_RM_HOST_TYPE_ARCH_AARCH64 = 100u;
        [Gunyah.Interop.CName("GH_RM_HOST_TYPE_GUNYAH_AARCH64")]
        public const uint GH_RM_HOST_TYPE_GUNYAH_AARCH64 = 16777572u;
        [Gunyah.Interop.CName("GH_RM_HOST_TYPE_HYP_GUNYAH_RM")]
        public const uint GH_RM_HOST_TYPE_HYP_GUNYAH_RM = 1u;
        [Gunyah.Interop.CName("GH_RM_HOST_TYPE_VERSION_1")]
        public const uint GH_RM_HOST_TYPE_VERSION_1 = 1u;
        [Gunyah.Interop.CName("GH_RM_IPA_RESERVE_MAX_ENTRIES")]
        public const uint GH_RM_IPA_RESERVE_MAX_ENTRIES = 30u;
        [Gunyah.Interop.CName("GH_RM_MEM_HANDLE_INVALID")]
        public const uint GH_RM_MEM_HANDLE_INVALID = 4294967295u;
        [Gunyah.Interop.CName("GH_RM_MEM_MAX_LIST_ENTRIES")]
        public const uint GH_RM_MEM_MAX_LIST_ENTRIES = 512u;
        [Gunyah.Interop.CName("GH_RM_MEM_MAX_PARCELS_PER_VM")]
        public const uint GH_RM_MEM_MAX_PARCELS_PER_VM = 64u;
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_DOORBELL")]
        public const int GH_RM_RESOURCE_TYPE_DOORBELL = 1;
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_DOORBELL_SRC")]
        public const int GH_RM_RESOURCE_TYPE_DOORBELL_SRC = 0;
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_MSG_QUEUE_RECV")]
        public const int GH_RM_RESOURCE_TYPE_MSG_QUEUE_RECV = 3;
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_MSG_QUEUE_SEND")]
        public const int GH_RM_RESOURCE_TYPE_MSG_QUEUE_SEND = 2;
        [Gunyah.Interop.CName("GH_RM_RPC_API_VERSION")]
        public const uint GH_RM_RPC_API_VERSION = 1u;
        [Gunyah.Interop.CName("GH_RM_RPC_API_VERSION_MASK")]
        public const uint GH_RM_RPC_API_VERSION_MASK = 15u;
        [Gunyah.Interop.CName("GH_RM_RPC_FRAGMENTS_MASK")]
        public const uint GH_RM_RPC_FRAGMENTS_MASK = 63u;
        [Gunyah.Interop.CName("GH_RM_RPC_FRAGMENTS_SHIFT")]
        public const int GH_RM_RPC_FRAGMENTS_SHIFT = 2;
        [Gunyah.Interop.CName("GH_RM_RPC_FRAGMENT_PAYLOAD_SIZE")]
        public const uint GH_RM_RPC_FRAGMENT_PAYLOAD_SIZE = 232u;
        [Gunyah.Interop.CName("GH_RM_RPC_FW_MILESTONE")]
        public const uint GH_RM_RPC_FW_MILESTONE = 1358954528u;
        [Gunyah.Interop.CName("GH_RM_RPC_FW_SET_VM_FIRMWARE")]
        public const uint GH_RM_RPC_FW_SET_VM_FIRMWARE = 1358954529u;
        [Gunyah.Interop.CName("GH_RM_RPC_GET_FEATURES")]
        public const uint GH_RM_RPC_GET_FEATURES = 2u;
        [Gunyah.Interop.CName("GH_RM_RPC_GET_IDENT")]
        public const uint GH_RM_RPC_GET_IDENT = 1u;
        [Gunyah.Interop.CName("GH_RM_RPC_HEADER_BYTE0")]
        public const uint GH_RM_RPC_HEADER_BYTE0 = 33u;
        [Gunyah.Interop.CName("GH_RM_RPC_HEADER_SIZE")]
        public const uint GH_RM_RPC_HEADER_SIZE = 8u;
        [Gunyah.Interop.CName("GH_RM_RPC_HEADER_WORDS")]
        public const uint GH_RM_RPC_HEADER_WORDS = 2u;
        [Gunyah.Interop.CName("GH_RM_RPC_HEADER_WORDS_SHIFT")]
        public const int GH_RM_RPC_HEADER_WORDS_SHIFT = 4;
        [Gunyah.Interop.CName("GH_RM_RPC_IPA_RESERVE")]
        public const uint GH_RM_RPC_IPA_RESERVE = 1442840752u;
        [Gunyah.Interop.CName("GH_RM_RPC_IPA_UNRESERVE")]
        public const uint GH_RM_RPC_IPA_UNRESERVE = 1442840753u;
        [Gunyah.Interop.CName("GH_RM_RPC_LINUX_MAX_REQUEST_SIZE")]
        public const uint GH_RM_RPC_LINUX_MAX_REQUEST_SIZE = 14384u;
        [Gunyah.Interop.CName("GH_RM_RPC_MAX_CONTINUATION_FRAGMENTS")]
        public const uint GH_RM_RPC_MAX_CONTINUATION_FRAGMENTS = 62u;
        [Gunyah.Interop.CName("GH_RM_RPC_MAX_MSG_SIZE")]
        public const uint GH_RM_RPC_MAX_MSG_SIZE = 240u;
        [Gunyah.Interop.CName("GH_RM_RPC_MAX_PAYLOAD_SIZE")]
        public const uint GH_RM_RPC_MAX_PAYLOAD_SIZE = 14616u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_ACCEPT")]
        public const uint GH_RM_RPC_MEM_ACCEPT = 1358954513u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_APPEND")]
        public const uint GH_RM_RPC_MEM_APPEND = 1358954520u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_DONATE")]
        public const uint GH_RM_RPC_MEM_DONATE = 1358954512u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_LEND")]
        public const uint GH_RM_RPC_MEM_LEND = 1358954514u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_NOTIFY")]
        public const uint GH_RM_RPC_MEM_NOTIFY = 1358954519u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_QCOM_LOOKUP_SGL")]
        public const uint GH_RM_RPC_MEM_QCOM_LOOKUP_SGL = 1358954522u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_RECLAIM")]
        public const uint GH_RM_RPC_MEM_RECLAIM = 1358954517u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_RELEASE")]
        public const uint GH_RM_RPC_MEM_RELEASE = 1358954516u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_SHARE")]
        public const uint GH_RM_RPC_MEM_SHARE = 1358954515u;
        [Gunyah.Interop.CName("GH_RM_RPC_MSG_TYPE_MASK")]
        public const uint GH_RM_RPC_MSG_TYPE_MASK = 3u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_ACCEPTED")]
        public const uint GH_RM_RPC_NOTIF_MEM_ACCEPTED = 1360003091u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_RECALL")]
        public const uint GH_RM_RPC_NOTIF_MEM_RECALL = 1360003092u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_RELEASED")]
        public const uint GH_RM_RPC_NOTIF_MEM_RELEASED = 1360003090u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_SHARED")]
        public const uint GH_RM_RPC_NOTIF_MEM_SHARED = 1360003089u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS")]
        public const uint GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS = 1443889280u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_EXITED")]
        public const uint GH_RM_RPC_NOTIF_VM_EXITED = 1443889153u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_IRQ_ACCEPTED")]
        public const uint GH_RM_RPC_NOTIF_VM_IRQ_ACCEPTED = 1443889171u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_IRQ_LENT")]
        public const uint GH_RM_RPC_NOTIF_VM_IRQ_LENT = 1443889169u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_IRQ_RELEASED")]
        public const uint GH_RM_RPC_NOTIF_VM_IRQ_RELEASED = 1443889170u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_SHUTDOWN")]
        public const uint GH_RM_RPC_NOTIF_VM_SHUTDOWN = 1443889154u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_STATUS")]
        public const uint GH_RM_RPC_NOTIF_VM_STATUS = 1443889160u;
        [Gunyah.Interop.CName("GH_RM_RPC_REPLY_ERROR_SIZE")]
        public const uint GH_RM_RPC_REPLY_ERROR_SIZE = 4u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_ALLOCATE")]
        public const uint GH_RM_RPC_VM_ALLOCATE = 1442840577u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_ALLOC_VMID")]
        public const uint GH_RM_RPC_VM_ALLOC_VMID = 1442840577u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_AUTH_IMAGE")]
        public const uint GH_RM_RPC_VM_AUTH_IMAGE = 1442840586u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONFIG_IMAGE")]
        public const uint GH_RM_RPC_VM_CONFIG_IMAGE = 1442840585u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_CLOSE")]
        public const uint GH_RM_RPC_VM_CONSOLE_CLOSE = 1442840706u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_FLUSH")]
        public const uint GH_RM_RPC_VM_CONSOLE_FLUSH = 1442840708u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_OPEN")]
        public const uint GH_RM_RPC_VM_CONSOLE_OPEN = 1442840705u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_WRITE")]
        public const uint GH_RM_RPC_VM_CONSOLE_WRITE = 1442840707u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_DEALLOCATE")]
        public const uint GH_RM_RPC_VM_DEALLOCATE = 1442840578u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_DEALLOC_VMID")]
        public const uint GH_RM_RPC_VM_DEALLOC_VMID = 1442840578u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_EXIT")]
        public const uint GH_RM_RPC_VM_EXIT = 1442840709u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_CRASH_MSG")]
        public const uint GH_RM_RPC_VM_GET_CRASH_MSG = 1442840601u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_HYP_CAPIDS")]
        public const uint GH_RM_RPC_VM_GET_HYP_CAPIDS = 1442840609u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_HYP_IRQS")]
        public const uint GH_RM_RPC_VM_GET_HYP_IRQS = 1442840610u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_HYP_RESOURCES")]
        public const uint GH_RM_RPC_VM_GET_HYP_RESOURCES = 1442840608u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_ID")]
        public const uint GH_RM_RPC_VM_GET_ID = 1442840592u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_OWNER")]
        public const uint GH_RM_RPC_VM_GET_OWNER = 1442840597u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_PEERS")]
        public const uint GH_RM_RPC_VM_GET_PEERS = 1442840613u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_STATE")]
        public const uint GH_RM_RPC_VM_GET_STATE = 1442840599u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_VMID")]
        public const uint GH_RM_RPC_VM_GET_VMID = 1442840612u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_HOST_GET_TYPE")]
        public const uint GH_RM_RPC_VM_HOST_GET_TYPE = 1442840736u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_INIT")]
        public const uint GH_RM_RPC_VM_INIT = 1442840587u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_ACCEPT")]
        public const uint GH_RM_RPC_VM_IRQ_ACCEPT = 1442840656u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_LEND")]
        public const uint GH_RM_RPC_VM_IRQ_LEND = 1442840657u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_NOTIFY")]
        public const uint GH_RM_RPC_VM_IRQ_NOTIFY = 1442840660u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_RECLAIM")]
        public const uint GH_RM_RPC_VM_IRQ_RECLAIM = 1442840659u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_RELEASE")]
        public const uint GH_RM_RPC_VM_IRQ_RELEASE = 1442840658u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_UNMAP")]
        public const uint GH_RM_RPC_VM_IRQ_UNMAP = 1442840661u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_LOOKUP_GUID")]
        public const uint GH_RM_RPC_VM_LOOKUP_GUID = 1442840594u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_LOOKUP_NAME")]
        public const uint GH_RM_RPC_VM_LOOKUP_NAME = 1442840595u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_LOOKUP_URI")]
        public const uint GH_RM_RPC_VM_LOOKUP_URI = 1442840593u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_MINIDUMP_DEREGISTER_SLOT")]
        public const uint GH_RM_RPC_VM_MINIDUMP_DEREGISTER_SLOT = 1442840642u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_MINIDUMP_GET_INFO")]
        public const uint GH_RM_RPC_VM_MINIDUMP_GET_INFO = 1442840640u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_MINIDUMP_GET_SLOT_NUMBER")]
        public const uint GH_RM_RPC_VM_MINIDUMP_GET_SLOT_NUMBER = 1442840643u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_MINIDUMP_REGISTER_RANGE")]
        public const uint GH_RM_RPC_VM_MINIDUMP_REGISTER_RANGE = 1442840641u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_RESET")]
        public const uint GH_RM_RPC_VM_RESET = 1442840582u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_RESUME")]
        public const uint GH_RM_RPC_VM_RESUME = 1442840584u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_ADDRESS_LAYOUT")]
        public const uint GH_RM_RPC_VM_SET_ADDRESS_LAYOUT = 1442840628u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_BOOT_CONTEXT")]
        public const uint GH_RM_RPC_VM_SET_BOOT_CONTEXT = 1442840625u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_CONTEXT")]
        public const uint GH_RM_RPC_VM_SET_CONTEXT = 1442840625u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_CRASH_MSG")]
        public const uint GH_RM_RPC_VM_SET_CRASH_MSG = 1442840710u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_DEMAND_PAGING")]
        public const uint GH_RM_RPC_VM_SET_DEMAND_PAGING = 1442840627u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_FIRMWARE_MEM")]
        public const uint GH_RM_RPC_VM_SET_FIRMWARE_MEM = 1442840626u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_STATUS")]
        public const uint GH_RM_RPC_VM_SET_STATUS = 1442840704u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_TIME_BASE")]
        public const uint GH_RM_RPC_VM_SET_TIME_BASE = 1442840624u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_START")]
        public const uint GH_RM_RPC_VM_START = 1442840580u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_STOP")]
        public const uint GH_RM_RPC_VM_STOP = 1442840581u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SUSPEND")]
        public const uint GH_RM_RPC_VM_SUSPEND = 1442840583u;
        [Gunyah.Interop.CName("GH_RM_VMID_ANY")]
        public const uint GH_RM_VMID_ANY = 65534u;
        [Gunyah.Interop.CName("GH_RM_VMID_DYNAMIC_FIRST")]
        public const uint GH_RM_VMID_DYNAMIC_FIRST = 128u;
        [Gunyah.Interop.CName("GH_RM_VMID_DYNAMIC_LAST")]
        public const uint GH_RM_VMID_DYNAMIC_LAST = 190u;
        [Gunyah.Interop.CName("GH_RM_VMID_HLOS")]
        public const uint GH_RM_VMID_HLOS = 3u;
        [Gunyah.Interop.CName("GH_RM_VMID_HYP")]
        public const uint GH_RM_VMID_HYP = 0u;
        [Gunyah.Interop.CName("GH_RM_VMID_INVALID")]
        public const uint GH_RM_VMID_INVALID = 65535u;
        [Gunyah.Interop.CName("GH_RM_VMID_PEER_DEFAULT")]
        public const uint GH_RM_VMID_PEER_DEFAULT = 65535u;
        [Gunyah.Interop.CName("GH_RM_VMID_RM")]
        public const uint GH_RM_VMID_RM = 255u;
        [Gunyah.Interop.CName("GH_RM_VMID_SECONDARY_LIMIT")]
        public const uint GH_RM_VMID_SECONDARY_LIMIT = 64u;
        [Gunyah.Interop.CName("GH_RM_VMID_SELF")]
        public const uint GH_RM_VMID_SELF = 0u;
        [Gunyah.Interop.CName("GH_RM_VM_AUTH_ANDROID")]
        public const int GH_RM_VM_AUTH_ANDROID = 2;
        [Gunyah.Interop.CName("GH_RM_VM_AUTH_PLATFORM")]
        public const int GH_RM_VM_AUTH_PLATFORM = 1;
        [Gunyah.Interop.CName("GH_RM_VM_CRASH_MSG_MAX")]
        public const uint GH_RM_VM_CRASH_MSG_MAX = 192u;
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_REASON_CODE_SHIFT")]
        public const int GH_RM_VM_EXIT_REASON_CODE_SHIFT = 16;
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_REASON_FLAGS_MASK")]
        public const uint GH_RM_VM_EXIT_REASON_FLAGS_MASK = 65535u;
        [Gunyah.Interop.CName("GH_RM_VM_GUID_SIZE")]
        public const uint GH_RM_VM_GUID_SIZE = 16u;
        [Gunyah.Interop.CName("GH_RM_VM_LOOKUP_MAX_LEN")]
        public const uint GH_RM_VM_LOOKUP_MAX_LEN = 79u;
        [Gunyah.Interop.CName("GH_RM_VM_STOP_REASON_FORCE_STOP")]
        public const uint GH_RM_VM_STOP_REASON_FORCE_STOP = 3u;
    }
    public sealed class GhRmClient : System.IDisposable
    {
        public GhRmClient(Gunyah.Interop.Rpc.IRpcChannel channel, Gunyah.Interop.Rpc.IRpcNotificationSource? notifications = null) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_ACCEPTED")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemOwnerPayload>? NotifMemAcceptedReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_RECALL")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRecallPayload>? NotifMemRecallReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_RELEASED")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemOwnerPayload>? NotifMemReleasedReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_SHARED")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayloadPayload>? NotifMemSharedReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_CONSOLE_CHARS")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayloadPayload>? NotifVmConsoleCharsReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_EXITED")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayloadPayload>? NotifVmExitedReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_IRQ_ACCEPTED")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqOwnerPayload>? NotifVmIrqAcceptedReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_IRQ_LENT")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLentPayload>? NotifVmIrqLentReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_IRQ_RELEASED")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqOwnerPayload>? NotifVmIrqReleasedReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_SHUTDOWN")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmShutdownPayload>? NotifVmShutdownReceived;
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_STATUS")]
        public event System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatusPayload>? NotifVmStatusReceived;
        public event System.Action<Gunyah.Interop.Rpc.RpcDecodeException>? NotificationDecodeFailed;
        public void Dispose() { }
        [Gunyah.Interop.CName("GH_RM_CALL_FW_MILESTONE")]
        public System.Threading.Tasks.ValueTask FwMilestoneAsync(System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_FW_SET_VM_FIRMWARE")]
        public System.Threading.Tasks.ValueTask FwSetVmFirmwareAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmFwSetVmFirmwareReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_IPA_RESERVE")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveRespPayload> IpaReserveAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReq request, System.ReadOnlyMemory<byte> entries, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_ACCEPT")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptRespPayload> MemAcceptAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_APPEND")]
        public System.Threading.Tasks.ValueTask MemAppendAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_DONATE")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp> MemDonateAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_LEND")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp> MemLendAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_NOTIFY")]
        public System.Threading.Tasks.ValueTask MemNotifyAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry> vmids, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_QCOM_LOOKUP_SGL")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp> MemQcomLookupSglAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_RECLAIM")]
        public System.Threading.Tasks.ValueTask MemReclaimAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_RELEASE")]
        public System.Threading.Tasks.ValueTask MemReleaseAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_SHARE")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp> MemShareAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_ALLOC_VMID")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidResp> VmAllocVmidAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_AUTH_IMAGE")]
        public System.Threading.Tasks.ValueTask VmAuthImageAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam> @params, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONFIG_IMAGE")]
        public System.Threading.Tasks.ValueTask VmConfigImageAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConfigImageReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_CLOSE")]
        public System.Threading.Tasks.ValueTask VmConsoleCloseAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_FLUSH")]
        public System.Threading.Tasks.ValueTask VmConsoleFlushAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_OPEN")]
        public System.Threading.Tasks.ValueTask VmConsoleOpenAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_WRITE")]
        public System.Threading.Tasks.ValueTask VmConsoleWriteAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReq request, System.ReadOnlyMemory<byte> data, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_DEALLOC_VMID")]
        public System.Threading.Tasks.ValueTask VmDeallocVmidAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_EXIT")]
        public System.Threading.Tasks.ValueTask VmExitAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_CRASH_MSG")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgPayload> VmGetCrashMsgAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_HYP_RESOURCES")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesRespPayload> VmGetHypResourcesAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_ID")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdRespPayload> VmGetIdAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_OWNER")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp> VmGetOwnerAsync(System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_PEERS")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersRespPayload> VmGetPeersAsync(System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_STATE")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetStateResp> VmGetStateAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_VMID")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp> VmGetVmidAsync(System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_HOST_GET_TYPE")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmHostGetTypeResp> VmHostGetTypeAsync(System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_INIT")]
        public System.Threading.Tasks.ValueTask VmInitAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_ACCEPT")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptResp> VmIrqAcceptAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_LEND")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendResp> VmIrqLendAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_NOTIFY")]
        public System.Threading.Tasks.ValueTask VmIrqNotifyAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry> vmids, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_RECLAIM")]
        public System.Threading.Tasks.ValueTask VmIrqReclaimAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_RELEASE")]
        public System.Threading.Tasks.ValueTask VmIrqReleaseAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_LOOKUP_GUID")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload> VmLookupGuidAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupGuidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_LOOKUP_NAME")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload> VmLookupNameAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReq request, System.ReadOnlyMemory<byte> name, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_LOOKUP_URI")]
        public System.Threading.Tasks.ValueTask<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload> VmLookupUriAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReq request, System.ReadOnlyMemory<byte> name, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_RESET")]
        public System.Threading.Tasks.ValueTask VmResetAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_ADDRESS_LAYOUT")]
        public System.Threading.Tasks.ValueTask VmSetAddressLayoutAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetAddressLayoutReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_CONTEXT")]
        public System.Threading.Tasks.ValueTask VmSetContextAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetContextReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_CRASH_MSG")]
        public System.Threading.Tasks.ValueTask VmSetCrashMsgAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsg request, System.ReadOnlyMemory<byte> msg, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_DEMAND_PAGING")]
        public System.Threading.Tasks.ValueTask VmSetDemandPagingAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReq request, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange> ranges, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_FIRMWARE_MEM")]
        public System.Threading.Tasks.ValueTask VmSetFirmwareMemAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetFirmwareMemReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_STATUS")]
        public System.Threading.Tasks.ValueTask VmSetStatusAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetStatusReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_TIME_BASE")]
        public System.Threading.Tasks.ValueTask VmSetTimeBaseAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetTimeBaseReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_START")]
        public System.Threading.Tasks.ValueTask VmStartAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_CALL_VM_STOP")]
        public System.Threading.Tasks.ValueTask VmStopAsync(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStopReq request, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class GhRmDispatcher : Gunyah.Interop.Rpc.IRpcService
    {
        public GhRmDispatcher(Gunyah.Sdk.ResourceManager.Protocol.IGhRmHandler handler, uint invalidMessageStatus, uint unimplementedStatus) { }
        public System.Threading.Tasks.ValueTask<uint> HandleAsync(Gunyah.Interop.Rpc.RpcCaller caller, uint messageId, System.ReadOnlyMemory<byte> request, System.Buffers.IBufferWriter<byte> reply, System.Threading.CancellationToken cancellationToken) { }
    }
    [Gunyah.Interop.CName("gh_rm_error")]
    public enum GhRmError : uint
    {
        [Gunyah.Interop.CName("GH_RM_ERROR_OK")]
        Ok = 0u,
        [Gunyah.Interop.CName("GH_RM_ERROR_NOMEM")]
        Nomem = 1u,
        [Gunyah.Interop.CName("GH_RM_ERROR_NORESOURCE")]
        Noresource = 2u,
        [Gunyah.Interop.CName("GH_RM_ERROR_DENIED")]
        Denied = 3u,
        [Gunyah.Interop.CName("GH_RM_ERROR_INVALID")]
        Invalid = 4u,
        [Gunyah.Interop.CName("GH_RM_ERROR_BUSY")]
        Busy = 5u,
        [Gunyah.Interop.CName("GH_RM_ERROR_ARGUMENT_INVALID")]
        ArgumentInvalid = 6u,
        [Gunyah.Interop.CName("GH_RM_ERROR_HANDLE_INVALID")]
        HandleInvalid = 7u,
        [Gunyah.Interop.CName("GH_RM_ERROR_VALIDATE_FAILED")]
        ValidateFailed = 8u,
        [Gunyah.Interop.CName("GH_RM_ERROR_MAP_FAILED")]
        MapFailed = 9u,
        [Gunyah.Interop.CName("GH_RM_ERROR_MEM_INVALID")]
        MemInvalid = 10u,
        [Gunyah.Interop.CName("GH_RM_ERROR_MEM_INUSE")]
        MemInuse = 11u,
        [Gunyah.Interop.CName("GH_RM_ERROR_MEM_RELEASED")]
        MemReleased = 12u,
        [Gunyah.Interop.CName("GH_RM_ERROR_VMID_INVALID")]
        VmidInvalid = 13u,
        [Gunyah.Interop.CName("GH_RM_ERROR_LOOKUP_FAILED")]
        LookupFailed = 14u,
        [Gunyah.Interop.CName("GH_RM_ERROR_IRQ_INVALID")]
        IrqInvalid = 15u,
        [Gunyah.Interop.CName("GH_RM_ERROR_IRQ_INUSE")]
        IrqInuse = 16u,
        [Gunyah.Interop.CName("GH_RM_ERROR_IRQ_RELEASED")]
        IrqReleased = 17u,
        [Gunyah.Interop.CName("GH_RM_ERROR_IN_USE")]
        InUse = 18u,
        [Gunyah.Interop.CName("GH_RM_ERROR_IRQ_NOT_MAPPED")]
        IrqNotMapped = 19u,
        [Gunyah.Interop.CName("GH_RM_ERROR_VM_STATE")]
        VmState = 20u,
        [Gunyah.Interop.CName("GH_RM_ERROR_UNIMPLEMENTED")]
        Unimplemented = 4294967295u,
    }
    [Gunyah.Interop.CName("gh_rm_fw_set_vm_firmware_req")]
    public struct GhRmFwSetVmFirmwareReq
    {
        [Gunyah.Interop.CName("auth_type")]
        public ushort AuthType;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("offset")]
        public ulong Offset;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmFwSetVmFirmwareReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmFwSetVmFirmwareReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_hyp_error_detail")]
    public struct GhRmHypErrorDetail
    {
        [Gunyah.Interop.CName("hyp_error")]
        public uint HypError;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmHypErrorDetail value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmHypErrorDetail value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_hyp_resource")]
    public struct GhRmHypResource
    {
        [Gunyah.Interop.CName("base")]
        public ulong Base;
        [Gunyah.Interop.CName("cap_id")]
        public ulong CapId;
        [Gunyah.Interop.CName("partner_vmid")]
        public ushort PartnerVmid;
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        [Gunyah.Interop.CName("resource_handle")]
        public uint ResourceHandle;
        [Gunyah.Interop.CName("resource_label")]
        public uint ResourceLabel;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        [Gunyah.Interop.CName("type")]
        public byte Type;
        [Gunyah.Interop.CName("virq")]
        public uint Virq;
        [Gunyah.Interop.CName("virq_handle")]
        public uint VirqHandle;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource value, out int consumed) { }
    }
    public readonly ref struct GhRmHypResourceListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResourceListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_ipa_alloc_entry")]
    public struct GhRmIpaAllocEntry
    {
        [Gunyah.Interop.CName("alignment")]
        public ulong Alignment;
        [Gunyah.Interop.CName("region_base")]
        public ulong RegionBase;
        [Gunyah.Interop.CName("region_size")]
        public ulong RegionSize;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaAllocEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaAllocEntry value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_ipa_constraint")]
    public enum GhRmIpaConstraint : uint
    {
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_ECC")]
        Ecc = 1u,
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_TAGGED")]
        Tagged = 2u,
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_NORMAL")]
        Normal = 4u,
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_IO")]
        Io = 8u,
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_OWNER_VM_VISIBLE")]
        OwnerVmVisible = 16u,
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_EXTERNAL_BUS_VISIBLE")]
        ExternalBusVisible = 32u,
        [Gunyah.Interop.CName("GH_RM_IPA_CONSTRAINT_BASE_MEMORY_COMPATIBLE")]
        BaseMemoryCompatible = 64u,
    }
    [Gunyah.Interop.CName("gh_rm_ipa_entry")]
    public struct GhRmIpaEntry
    {
        [Gunyah.Interop.CName("ipa")]
        public ulong Ipa;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmIpaEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_ipa_fixed_entry")]
    public struct GhRmIpaFixedEntry
    {
        [Gunyah.Interop.CName("base")]
        public ulong Base;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaFixedEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaFixedEntry value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_ipa_reserve_req")]
    public struct GhRmIpaReserveReq
    {
        [Gunyah.Interop.CName("alloc_type")]
        public byte AllocType;
        public const int EntriesOffset = 16;
        [Gunyah.Interop.CName("generic_constraints")]
        public uint GenericConstraints;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("platform_constraints")]
        public uint PlatformConstraints;
        [Gunyah.Interop.CName("reserved0")]
        public byte Reserved0;
        [Gunyah.Interop.CName("reserved1")]
        public ushort Reserved1;
        [Gunyah.Interop.CName("reserved2")]
        public ushort Reserved2;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReq value, System.ReadOnlySpan<byte> entries) { }
        public static int GetEncodedLength(int entriesLength) { }
    }
    public sealed class GhRmIpaReserveReqPayload
    {
        public GhRmIpaReserveReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReq @fixed, byte[] entries) { }
        public byte[] Entries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReq Fixed { get; }
    }
    public readonly ref struct GhRmIpaReserveReqReader
    {
        public byte AllocType { get; }
        public System.ReadOnlySpan<byte> Entries { get; }
        public uint GenericConstraints { get; }
        public ushort NEntries { get; }
        public uint PlatformConstraints { get; }
        public byte Reserved0 { get; }
        public ushort Reserved1 { get; }
        public ushort Reserved2 { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_ipa_reserve_resp")]
    public struct GhRmIpaReserveResp
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public uint NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveResp value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry> entries) { }
        public static int GetEncodedLength(int entriesCount) { }
    }
    public sealed class GhRmIpaReserveRespPayload
    {
        public GhRmIpaReserveRespPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveResp @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry[] entries) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntry[] Entries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveResp Fixed { get; }
    }
    public readonly ref struct GhRmIpaReserveRespReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaEntryListReader Entries { get; }
        public uint NEntries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveResp ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveRespPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveRespReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_ipa_reserve_type")]
    public enum GhRmIpaReserveType : uint
    {
        [Gunyah.Interop.CName("GH_RM_IPA_RESERVE_FIXED_LIST")]
        FixedList = 0u,
        [Gunyah.Interop.CName("GH_RM_IPA_RESERVE_ALLOC_LIST")]
        AllocList = 1u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_accept_flags")]
    public enum GhRmMemAcceptFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_VALIDATE_SANITIZED")]
        ValidateSanitized = 1u,
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_VALIDATE_ACL_ATTR")]
        ValidateAclAttr = 2u,
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_VALIDATE_LABEL")]
        ValidateLabel = 4u,
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_MAP_OTHER")]
        MapOther = 8u,
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_MAP_CONTIGUOUS")]
        MapContiguous = 16u,
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_SANITIZE")]
        Sanitize = 32u,
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_FLAG_DONE")]
        Done = 128u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_accept_req")]
    public struct GhRmMemAcceptReq
    {
        [Gunyah.Interop.CName("acl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclList Acl;
        [Gunyah.Interop.CName("attrs")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrList Attrs;
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("mem_type")]
        public byte MemType;
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        [Gunyah.Interop.CName("sgl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptSglList Sgl;
        [Gunyah.Interop.CName("trans_type")]
        public byte TransType;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs) { }
        public static int GetEncodedLength(int aclCount, int sglCount, int attrsCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReq value, int aclCount, int sglCount, int attrsCount) { }
    }
    public sealed class GhRmMemAcceptReqPayload
    {
        public GhRmMemAcceptReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] acl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] sgl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] attrs) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] Attrs { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] Sgl { get; }
    }
    public readonly ref struct GhRmMemAcceptReqReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntryListReader Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntryListReader Attrs { get; }
        public byte Flags { get; }
        public uint Label { get; }
        public uint MemHandle { get; }
        public byte MemType { get; }
        public byte Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntryListReader Sgl { get; }
        public byte TransType { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_accept_resp")]
    public struct GhRmMemAcceptResp
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptResp value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> entries) { }
        public static int GetEncodedLength(int entriesCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptResp value, int entriesCount) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_accept_resp_flags")]
    public enum GhRmMemAcceptRespFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_ACCEPT_RESP_FLAG_INCOMPLETE")]
        Incomplete = 1u,
    }
    public sealed class GhRmMemAcceptRespPayload
    {
        public GhRmMemAcceptRespPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptResp @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] entries) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] Entries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptResp Fixed { get; }
    }
    public readonly ref struct GhRmMemAcceptRespReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntryListReader Entries { get; }
        public byte Flags { get; }
        public ushort NEntries { get; }
        public byte Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptResp ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptRespPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptRespReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_accept_sgl_list")]
    public struct GhRmMemAcceptSglList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("map_vmid")]
        public ushort MapVmid;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptSglList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptSglList value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_acl_entry")]
    public struct GhRmMemAclEntry
    {
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        [Gunyah.Interop.CName("rights")]
        public byte Rights;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmMemAclEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_mem_acl_list")]
    public struct GhRmMemAclList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclList value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_acl_rights")]
    public enum GhRmMemAclRights : uint
    {
        [Gunyah.Interop.CName("GH_RM_ACL_X")]
        X = 1u,
        [Gunyah.Interop.CName("GH_RM_ACL_W")]
        W = 2u,
        [Gunyah.Interop.CName("GH_RM_ACL_R")]
        R = 4u,
        [Gunyah.Interop.CName("GH_RM_ACL_RX")]
        Rx = 5u,
        [Gunyah.Interop.CName("GH_RM_ACL_RW")]
        Rw = 6u,
        [Gunyah.Interop.CName("GH_RM_ACL_RWX")]
        Rwx = 7u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_append_flags")]
    public enum GhRmMemAppendFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_APPEND_FLAG_END")]
        End = 1u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_append_req")]
    public struct GhRmMemAppendReq
    {
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("reserved")]
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved;
        [Gunyah.Interop.CName("sgl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSglList Sgl;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl) { }
        public static int GetEncodedLength(int sglCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReq value, int sglCount) { }
    }
    public sealed class GhRmMemAppendReqPayload
    {
        public GhRmMemAppendReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] sgl) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] Sgl { get; }
    }
    public readonly ref struct GhRmMemAppendReqReader
    {
        public byte Flags { get; }
        public uint MemHandle { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntryListReader Sgl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_attr")]
    public enum GhRmMemAttr : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_ATTR_NORMAL")]
        Normal = 0u,
        [Gunyah.Interop.CName("GH_RM_MEM_ATTR_DEVICE")]
        Device = 1u,
        [Gunyah.Interop.CName("GH_RM_MEM_ATTR_UNCACHED")]
        Uncached = 2u,
        [Gunyah.Interop.CName("GH_RM_MEM_ATTR_CACHED")]
        Cached = 3u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_attr_entry")]
    public struct GhRmMemAttrEntry
    {
        [Gunyah.Interop.CName("attr")]
        public ushort Attr;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmMemAttrEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_mem_attr_list")]
    public struct GhRmMemAttrList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrList value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_entry")]
    public struct GhRmMemEntry
    {
        [Gunyah.Interop.CName("ipa")]
        public ulong Ipa;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmMemEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_mem_handle_resp")]
    public struct GhRmMemHandleResp
    {
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_lookup_sgl_req")]
    public struct GhRmMemLookupSglReq
    {
        [Gunyah.Interop.CName("acl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclList Acl;
        [Gunyah.Interop.CName("attrs")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrList Attrs;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("mem_type")]
        public byte MemType;
        [Gunyah.Interop.CName("reserved")]
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved;
        [Gunyah.Interop.CName("sgl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSglList Sgl;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs) { }
        public static int GetEncodedLength(int aclCount, int sglCount, int attrsCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReq value, int aclCount, int sglCount, int attrsCount) { }
    }
    public sealed class GhRmMemLookupSglReqPayload
    {
        public GhRmMemLookupSglReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] acl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] sgl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] attrs) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] Attrs { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] Sgl { get; }
    }
    public readonly ref struct GhRmMemLookupSglReqReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntryListReader Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntryListReader Attrs { get; }
        public uint Label { get; }
        public byte MemType { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntryListReader Sgl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_notify_flags")]
    public enum GhRmMemNotifyFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_NOTIFY_FLAG_SHARED")]
        Shared = 1u,
        [Gunyah.Interop.CName("GH_RM_MEM_NOTIFY_FLAG_RELEASED")]
        Released = 2u,
        [Gunyah.Interop.CName("GH_RM_MEM_NOTIFY_FLAG_ACCEPTED")]
        Accepted = 4u,
        [Gunyah.Interop.CName("GH_RM_MEM_NOTIFY_FLAG_RECALL")]
        Recall = 8u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_notify_req")]
    public struct GhRmMemNotifyReq
    {
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("mem_info_tag")]
        public uint MemInfoTag;
        [Gunyah.Interop.CName("reserved")]
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved;
        [Gunyah.Interop.CName("vmids")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidList Vmids;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry> vmids) { }
        public static int GetEncodedLength(int vmidsCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReq value, int vmidsCount) { }
    }
    public sealed class GhRmMemNotifyReqPayload
    {
        public GhRmMemNotifyReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry[] vmids) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry[] Vmids { get; }
    }
    public readonly ref struct GhRmMemNotifyReqReader
    {
        public byte Flags { get; }
        public uint MemHandle { get; }
        public uint MemInfoTag { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntryListReader Vmids { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_owner_payload")]
    public struct GhRmMemOwnerPayload
    {
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("mem_info_tag")]
        public uint MemInfoTag;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemOwnerPayload value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemOwnerPayload value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_recall_payload")]
    public struct GhRmMemRecallPayload
    {
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("mem_info_tag")]
        public uint MemInfoTag;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRecallPayload value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRecallPayload value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_region_size")]
    public struct GhRmMemRegionSize
    {
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_region_size_list")]
    public struct GhRmMemRegionSizeList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSizeList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSizeList value, out int consumed) { }
    }
    public readonly ref struct GhRmMemRegionSizeListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSizeListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_mem_release_flags")]
    public enum GhRmMemReleaseFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_RELEASE_FLAG_SANITIZE")]
        Sanitize = 1u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_release_req")]
    public struct GhRmMemReleaseReq
    {
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("reserved")]
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray3<byte> Reserved;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_sgl_list")]
    public struct GhRmMemSglList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSglList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSglList value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_share_flags")]
    public enum GhRmMemShareFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_SHARE_FLAG_SANITIZE")]
        Sanitize = 1u,
        [Gunyah.Interop.CName("GH_RM_MEM_SHARE_FLAG_APPEND")]
        Append = 2u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_share_req")]
    public struct GhRmMemShareReq
    {
        [Gunyah.Interop.CName("acl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclList Acl;
        [Gunyah.Interop.CName("attrs")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrList Attrs;
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("mem_type")]
        public byte MemType;
        [Gunyah.Interop.CName("reserved0")]
        public byte Reserved0;
        [Gunyah.Interop.CName("reserved1")]
        public byte Reserved1;
        [Gunyah.Interop.CName("sgl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSglList Sgl;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry> sgl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs) { }
        public static int GetEncodedLength(int aclCount, int sglCount, int attrsCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq value, int aclCount, int sglCount, int attrsCount) { }
    }
    public sealed class GhRmMemShareReqPayload
    {
        public GhRmMemShareReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] acl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] sgl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] attrs) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] Attrs { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntry[] Sgl { get; }
    }
    public readonly ref struct GhRmMemShareReqReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntryListReader Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntryListReader Attrs { get; }
        public byte Flags { get; }
        public uint Label { get; }
        public byte MemType { get; }
        public byte Reserved0 { get; }
        public byte Reserved1 { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemEntryListReader Sgl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_shared_flags")]
    public enum GhRmMemSharedFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_SHARED_FLAG_SANITIZED")]
        Sanitized = 1u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_shared_payload")]
    public struct GhRmMemSharedPayload
    {
        [Gunyah.Interop.CName("acl")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclList Acl;
        [Gunyah.Interop.CName("attrs")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrList Attrs;
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("mem_info_tag")]
        public uint MemInfoTag;
        [Gunyah.Interop.CName("mem_type")]
        public byte MemType;
        [Gunyah.Interop.CName("owner_vmid")]
        public ushort OwnerVmid;
        [Gunyah.Interop.CName("regions")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSizeList Regions;
        [Gunyah.Interop.CName("reserved0")]
        public byte Reserved0;
        [Gunyah.Interop.CName("reserved1")]
        public ushort Reserved1;
        [Gunyah.Interop.CName("trans_type")]
        public byte TransType;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayload value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize> regions, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs) { }
        public static int GetEncodedLength(int aclCount, int regionsCount, int attrsCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayload value, int aclCount, int regionsCount, int attrsCount) { }
    }
    public sealed class GhRmMemSharedPayloadPayload
    {
        public GhRmMemSharedPayloadPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayload @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] acl, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize[] regions, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] attrs) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry[] Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry[] Attrs { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayload Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize[] Regions { get; }
    }
    public readonly ref struct GhRmMemSharedPayloadReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntryListReader Acl { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntryListReader Attrs { get; }
        public byte Flags { get; }
        public uint Label { get; }
        public uint MemHandle { get; }
        public uint MemInfoTag { get; }
        public byte MemType { get; }
        public ushort OwnerVmid { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSizeListReader Regions { get; }
        public byte Reserved0 { get; }
        public ushort Reserved1 { get; }
        public byte TransType { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayload ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayloadPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayloadReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_mem_trans_type")]
    public enum GhRmMemTransType : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_TRANS_TYPE_DONATE")]
        Donate = 0u,
        [Gunyah.Interop.CName("GH_RM_MEM_TRANS_TYPE_LEND")]
        Lend = 1u,
        [Gunyah.Interop.CName("GH_RM_MEM_TRANS_TYPE_SHARE")]
        Share = 2u,
    }
    [Gunyah.Interop.CName("gh_rm_mem_type")]
    public enum GhRmMemType : uint
    {
        [Gunyah.Interop.CName("GH_RM_MEM_TYPE_NORMAL")]
        Normal = 0u,
        [Gunyah.Interop.CName("GH_RM_MEM_TYPE_IO")]
        Io = 1u,
    }
    public static class GhRmMessages
    {
        [Gunyah.Interop.CName("GH_RM_RPC_FW_MILESTONE")]
        public const uint GH_RM_RPC_FW_MILESTONE = 1358954528u;
        [Gunyah.Interop.CName("GH_RM_RPC_FW_SET_VM_FIRMWARE")]
        public const uint GH_RM_RPC_FW_SET_VM_FIRMWARE = 1358954529u;
        [Gunyah.Interop.CName("GH_RM_RPC_IPA_RESERVE")]
        public const uint GH_RM_RPC_IPA_RESERVE = 1442840752u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_ACCEPT")]
        public const uint GH_RM_RPC_MEM_ACCEPT = 1358954513u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_APPEND")]
        public const uint GH_RM_RPC_MEM_APPEND = 1358954520u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_DONATE")]
        public const uint GH_RM_RPC_MEM_DONATE = 1358954512u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_LEND")]
        public const uint GH_RM_RPC_MEM_LEND = 1358954514u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_NOTIFY")]
        public const uint GH_RM_RPC_MEM_NOTIFY = 1358954519u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_QCOM_LOOKUP_SGL")]
        public const uint GH_RM_RPC_MEM_QCOM_LOOKUP_SGL = 1358954522u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_RECLAIM")]
        public const uint GH_RM_RPC_MEM_RECLAIM = 1358954517u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_RELEASE")]
        public const uint GH_RM_RPC_MEM_RELEASE = 1358954516u;
        [Gunyah.Interop.CName("GH_RM_RPC_MEM_SHARE")]
        public const uint GH_RM_RPC_MEM_SHARE = 1358954515u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_ACCEPTED")]
        public const uint GH_RM_RPC_NOTIF_MEM_ACCEPTED = 1360003091u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_RECALL")]
        public const uint GH_RM_RPC_NOTIF_MEM_RECALL = 1360003092u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_RELEASED")]
        public const uint GH_RM_RPC_NOTIF_MEM_RELEASED = 1360003090u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_MEM_SHARED")]
        public const uint GH_RM_RPC_NOTIF_MEM_SHARED = 1360003089u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS")]
        public const uint GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS = 1443889280u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_EXITED")]
        public const uint GH_RM_RPC_NOTIF_VM_EXITED = 1443889153u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_IRQ_ACCEPTED")]
        public const uint GH_RM_RPC_NOTIF_VM_IRQ_ACCEPTED = 1443889171u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_IRQ_LENT")]
        public const uint GH_RM_RPC_NOTIF_VM_IRQ_LENT = 1443889169u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_IRQ_RELEASED")]
        public const uint GH_RM_RPC_NOTIF_VM_IRQ_RELEASED = 1443889170u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_SHUTDOWN")]
        public const uint GH_RM_RPC_NOTIF_VM_SHUTDOWN = 1443889154u;
        [Gunyah.Interop.CName("GH_RM_RPC_NOTIF_VM_STATUS")]
        public const uint GH_RM_RPC_NOTIF_VM_STATUS = 1443889160u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_ALLOC_VMID")]
        public const uint GH_RM_RPC_VM_ALLOC_VMID = 1442840577u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_AUTH_IMAGE")]
        public const uint GH_RM_RPC_VM_AUTH_IMAGE = 1442840586u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONFIG_IMAGE")]
        public const uint GH_RM_RPC_VM_CONFIG_IMAGE = 1442840585u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_CLOSE")]
        public const uint GH_RM_RPC_VM_CONSOLE_CLOSE = 1442840706u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_FLUSH")]
        public const uint GH_RM_RPC_VM_CONSOLE_FLUSH = 1442840708u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_OPEN")]
        public const uint GH_RM_RPC_VM_CONSOLE_OPEN = 1442840705u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_CONSOLE_WRITE")]
        public const uint GH_RM_RPC_VM_CONSOLE_WRITE = 1442840707u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_DEALLOC_VMID")]
        public const uint GH_RM_RPC_VM_DEALLOC_VMID = 1442840578u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_EXIT")]
        public const uint GH_RM_RPC_VM_EXIT = 1442840709u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_CRASH_MSG")]
        public const uint GH_RM_RPC_VM_GET_CRASH_MSG = 1442840601u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_HYP_RESOURCES")]
        public const uint GH_RM_RPC_VM_GET_HYP_RESOURCES = 1442840608u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_ID")]
        public const uint GH_RM_RPC_VM_GET_ID = 1442840592u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_OWNER")]
        public const uint GH_RM_RPC_VM_GET_OWNER = 1442840597u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_PEERS")]
        public const uint GH_RM_RPC_VM_GET_PEERS = 1442840613u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_STATE")]
        public const uint GH_RM_RPC_VM_GET_STATE = 1442840599u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_GET_VMID")]
        public const uint GH_RM_RPC_VM_GET_VMID = 1442840612u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_HOST_GET_TYPE")]
        public const uint GH_RM_RPC_VM_HOST_GET_TYPE = 1442840736u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_INIT")]
        public const uint GH_RM_RPC_VM_INIT = 1442840587u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_ACCEPT")]
        public const uint GH_RM_RPC_VM_IRQ_ACCEPT = 1442840656u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_LEND")]
        public const uint GH_RM_RPC_VM_IRQ_LEND = 1442840657u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_NOTIFY")]
        public const uint GH_RM_RPC_VM_IRQ_NOTIFY = 1442840660u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_RECLAIM")]
        public const uint GH_RM_RPC_VM_IRQ_RECLAIM = 1442840659u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_IRQ_RELEASE")]
        public const uint GH_RM_RPC_VM_IRQ_RELEASE = 1442840658u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_LOOKUP_GUID")]
        public const uint GH_RM_RPC_VM_LOOKUP_GUID = 1442840594u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_LOOKUP_NAME")]
        public const uint GH_RM_RPC_VM_LOOKUP_NAME = 1442840595u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_LOOKUP_URI")]
        public const uint GH_RM_RPC_VM_LOOKUP_URI = 1442840593u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_RESET")]
        public const uint GH_RM_RPC_VM_RESET = 1442840582u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_ADDRESS_LAYOUT")]
        public const uint GH_RM_RPC_VM_SET_ADDRESS_LAYOUT = 1442840628u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_CONTEXT")]
        public const uint GH_RM_RPC_VM_SET_CONTEXT = 1442840625u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_CRASH_MSG")]
        public const uint GH_RM_RPC_VM_SET_CRASH_MSG = 1442840710u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_DEMAND_PAGING")]
        public const uint GH_RM_RPC_VM_SET_DEMAND_PAGING = 1442840627u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_FIRMWARE_MEM")]
        public const uint GH_RM_RPC_VM_SET_FIRMWARE_MEM = 1442840626u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_STATUS")]
        public const uint GH_RM_RPC_VM_SET_STATUS = 1442840704u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_SET_TIME_BASE")]
        public const uint GH_RM_RPC_VM_SET_TIME_BASE = 1442840624u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_START")]
        public const uint GH_RM_RPC_VM_START = 1442840580u;
        [Gunyah.Interop.CName("GH_RM_RPC_VM_STOP")]
        public const uint GH_RM_RPC_VM_STOP = 1442840581u;
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Interop.Rpc.MessageDescriptor> All { get; }
        public static Gunyah.Interop.Rpc.MessageDescriptor? FindByName(string name) { }
        public static string FormatPayload(uint id, bool isReply, System.ReadOnlySpan<byte> payload) { }
        public static bool TryFind(uint id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.Rpc.MessageDescriptor descriptor) { }
    }
    public static class GhRmNotifications
    {
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_ACCEPTED")]
        public static System.Threading.Tasks.ValueTask SendNotifMemAcceptedAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemOwnerPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_RECALL")]
        public static System.Threading.Tasks.ValueTask SendNotifMemRecallAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRecallPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_RELEASED")]
        public static System.Threading.Tasks.ValueTask SendNotifMemReleasedAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemOwnerPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_MEM_SHARED")]
        public static System.Threading.Tasks.ValueTask SendNotifMemSharedAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemSharedPayload payload, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAclEntry> acl, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemRegionSize> regions, System.ReadOnlyMemory<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAttrEntry> attrs, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_CONSOLE_CHARS")]
        public static System.Threading.Tasks.ValueTask SendNotifVmConsoleCharsAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayload payload, System.ReadOnlyMemory<byte> data, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_EXITED")]
        public static System.Threading.Tasks.ValueTask SendNotifVmExitedAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayload payload, System.ReadOnlyMemory<byte> exitReason, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_IRQ_ACCEPTED")]
        public static System.Threading.Tasks.ValueTask SendNotifVmIrqAcceptedAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqOwnerPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_IRQ_LENT")]
        public static System.Threading.Tasks.ValueTask SendNotifVmIrqLentAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLentPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_IRQ_RELEASED")]
        public static System.Threading.Tasks.ValueTask SendNotifVmIrqReleasedAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqOwnerPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_SHUTDOWN")]
        public static System.Threading.Tasks.ValueTask SendNotifVmShutdownAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmShutdownPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
        [Gunyah.Interop.CName("GH_RM_NOTIF_VM_STATUS")]
        public static System.Threading.Tasks.ValueTask SendNotifVmStatusAsync(Gunyah.Interop.Rpc.IRpcNotificationSink sink, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatusPayload payload, System.Threading.CancellationToken cancellationToken = default) { }
    }
    [Gunyah.Interop.CName("gh_rm_os_status")]
    public enum GhRmOsStatus : uint
    {
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_NONE")]
        None = 0u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_EARLY_BOOT")]
        EarlyBoot = 1u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_BOOT")]
        Boot = 2u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_INIT")]
        Init = 3u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_RUN")]
        Run = 4u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_SHUTDOWN")]
        Shutdown = 5u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_HALTED")]
        Halted = 6u,
        [Gunyah.Interop.CName("GH_RM_OS_STATUS_CRASHED")]
        Crashed = 7u,
    }
    [Gunyah.Interop.CName("gh_rm_resource_type")]
    public enum GhRmResourceType : uint
    {
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_BELL_TX")]
        BellTx = 0u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_BELL_RX")]
        BellRx = 1u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_MSGQ_TX")]
        MsgqTx = 2u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_MSGQ_RX")]
        MsgqRx = 3u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_VCPU")]
        Vcpu = 4u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_VIRTUAL_PM")]
        VirtualPm = 5u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_VIRTIO_MMIO")]
        VirtioMmio = 6u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_VRTC")]
        Vrtc = 7u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_WATCHDOG")]
        Watchdog = 8u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_MEM_EXTENT")]
        MemExtent = 9u,
        [Gunyah.Interop.CName("GH_RM_RESOURCE_TYPE_ADDR_SPACE")]
        AddrSpace = 10u,
    }
    [Gunyah.Interop.CName("gh_rm_rpc_hdr")]
    public struct GhRmRpcHdr
    {
        [Gunyah.Interop.CName("api")]
        public byte Api;
        [Gunyah.Interop.CName("msg_id")]
        public uint MsgId;
        [Gunyah.Interop.CName("seq")]
        public ushort Seq;
        [Gunyah.Interop.CName("type")]
        public byte Type;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmRpcHdr value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmRpcHdr value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_rpc_msg_type")]
    public enum GhRmRpcMsgType : uint
    {
        [Gunyah.Interop.CName("GH_RM_RPC_TYPE_CONTINUATION")]
        Continuation = 0u,
        [Gunyah.Interop.CName("GH_RM_RPC_TYPE_REQUEST")]
        Request = 1u,
        [Gunyah.Interop.CName("GH_RM_RPC_TYPE_REPLY")]
        Reply = 2u,
        [Gunyah.Interop.CName("GH_RM_RPC_TYPE_NOTIFICATION")]
        Notification = 3u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_addr_range")]
    public struct GhRmVmAddrRange
    {
        [Gunyah.Interop.CName("base")]
        public ulong Base;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_addr_range_list")]
    public struct GhRmVmAddrRangeList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public uint NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRangeList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRangeList value, out int consumed) { }
    }
    public readonly ref struct GhRmVmAddrRangeListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRangeListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_vm_address_range_id")]
    public enum GhRmVmAddressRangeId : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_ADDRESS_RANGE_ID_IMAGE")]
        Image = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_ADDRESS_RANGE_ID_FIRMWARE")]
        Firmware = 1u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_alloc_vmid_req")]
    public struct GhRmVmAllocVmidReq
    {
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_alloc_vmid_resp")]
    public struct GhRmVmAllocVmidResp
    {
        [Gunyah.Interop.CName("vmid")]
        public uint Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_auth_image_req")]
    public struct GhRmVmAuthImageReq
    {
        [Gunyah.Interop.CName("params")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParamList Params;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam> @params) { }
        public static int GetEncodedLength(int paramsCount) { }
    }
    public sealed class GhRmVmAuthImageReqPayload
    {
        public GhRmVmAuthImageReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam[] @params) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam[] Params { get; }
    }
    public readonly ref struct GhRmVmAuthImageReqReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParamListReader Params { get; }
        public ushort Vmid { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_auth_mech")]
    public enum GhRmVmAuthMech : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_AUTH_NONE")]
        None = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_AUTH_QCOM_PIL_ELF")]
        QcomPilElf = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_AUTH_QCOM_ANDROID_PVM")]
        QcomAndroidPvm = 2u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_auth_param")]
    public struct GhRmVmAuthParam
    {
        [Gunyah.Interop.CName("type")]
        public uint Type;
        [Gunyah.Interop.CName("value")]
        public uint Value;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_auth_param_list")]
    public struct GhRmVmAuthParamList
    {
        public const int EntriesOffset = 2;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParamList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParamList value, out int consumed) { }
    }
    public readonly ref struct GhRmVmAuthParamListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParamListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthParam Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_vm_boot_context_reg_set")]
    public enum GhRmVmBootContextRegSet : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_BOOT_CONTEXT_REG_SET_X")]
        X = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_BOOT_CONTEXT_REG_SET_PC")]
        Pc = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_BOOT_CONTEXT_REG_SET_SP")]
        Sp = 2u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_common_vmid_req")]
    public struct GhRmVmCommonVmidReq
    {
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_config_image_req")]
    public struct GhRmVmConfigImageReq
    {
        [Gunyah.Interop.CName("auth_mech")]
        public ushort AuthMech;
        [Gunyah.Interop.CName("dtb_offset")]
        public ulong DtbOffset;
        [Gunyah.Interop.CName("dtb_size")]
        public ulong DtbSize;
        [Gunyah.Interop.CName("image_offset")]
        public ulong ImageOffset;
        [Gunyah.Interop.CName("image_size")]
        public ulong ImageSize;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConfigImageReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConfigImageReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_console_chars_payload")]
    public struct GhRmVmConsoleCharsPayload
    {
        public const int DataOffset = 4;
        [Gunyah.Interop.CName("from_vmid")]
        public ushort FromVmid;
        [Gunyah.Interop.CName("num_bytes")]
        public ushort NumBytes;
        [Gunyah.Interop.CName("data")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> Data(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayload value, System.ReadOnlySpan<byte> data) { }
        public static int GetEncodedLength(int dataLength) { }
    }
    public sealed class GhRmVmConsoleCharsPayloadPayload
    {
        public GhRmVmConsoleCharsPayloadPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayload @fixed, byte[] data) { }
        public byte[] Data { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayload Fixed { get; }
    }
    public readonly ref struct GhRmVmConsoleCharsPayloadReader
    {
        public System.ReadOnlySpan<byte> Data { get; }
        public ushort FromVmid { get; }
        public ushort NumBytes { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayload ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayloadPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleCharsPayloadReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_console_write_req")]
    public struct GhRmVmConsoleWriteReq
    {
        public const int DataOffset = 4;
        [Gunyah.Interop.CName("num_bytes")]
        public ushort NumBytes;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        [Gunyah.Interop.CName("data")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> Data(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReq value, System.ReadOnlySpan<byte> data) { }
        public static int GetEncodedLength(int dataLength) { }
    }
    public sealed class GhRmVmConsoleWriteReqPayload
    {
        public GhRmVmConsoleWriteReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReq @fixed, byte[] data) { }
        public byte[] Data { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReq Fixed { get; }
    }
    public readonly ref struct GhRmVmConsoleWriteReqReader
    {
        public System.ReadOnlySpan<byte> Data { get; }
        public ushort NumBytes { get; }
        public ushort Vmid { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_crash_msg")]
    public struct GhRmVmCrashMsg
    {
        [Gunyah.Interop.CName("len")]
        public ushort Len;
        public const int MsgOffset = 4;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("msg")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> Msg(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsg value, System.ReadOnlySpan<byte> msg) { }
        public static int GetEncodedLength(int msgLength) { }
    }
    public sealed class GhRmVmCrashMsgPayload
    {
        public GhRmVmCrashMsgPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsg @fixed, byte[] msg) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsg Fixed { get; }
        public byte[] Msg { get; }
    }
    public readonly ref struct GhRmVmCrashMsgReader
    {
        public ushort Len { get; }
        public System.ReadOnlySpan<byte> Msg { get; }
        public ushort Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsg ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_exit_code")]
    public enum GhRmVmExitCode : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_CODE_NORMAL")]
        Normal = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_CODE_SOFTWARE_ERROR")]
        SoftwareError = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_CODE_UNKNOWN_ERROR")]
        UnknownError = 2u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_CODE_BUS_ERROR")]
        BusError = 3u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_CODE_DEVICE_ERROR")]
        DeviceError = 4u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_exit_flags")]
    public enum GhRmVmExitFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_FLAG_RESTART")]
        Restart = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_FLAG_SMC64")]
        Smc64 = 32768u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_exit_reason")]
    public struct GhRmVmExitReason
    {
        [Gunyah.Interop.CName("code")]
        public ushort Code;
        [Gunyah.Interop.CName("flags")]
        public ushort Flags;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReason value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReason value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_exit_reason_reset2")]
    public struct GhRmVmExitReasonReset2
    {
        [Gunyah.Interop.CName("code")]
        public ushort Code;
        [Gunyah.Interop.CName("cookie")]
        public ulong Cookie;
        [Gunyah.Interop.CName("flags")]
        public ushort Flags;
        [Gunyah.Interop.CName("reset_type")]
        public uint ResetType;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReasonReset2 value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReasonReset2 value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_exit_req")]
    public struct GhRmVmExitReq
    {
        [Gunyah.Interop.CName("exit_code")]
        public byte ExitCode;
        [Gunyah.Interop.CName("exit_flags")]
        public ushort ExitFlags;
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_exit_type")]
    public enum GhRmVmExitType : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_VM_EXIT")]
        VmExit = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_PLATFORM_OFF")]
        PlatformOff = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_PLATFORM_RESET")]
        PlatformReset = 2u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_PSCI_SYSTEM_RESET2")]
        PsciSystemReset2 = 3u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_WATCHDOG_BITE")]
        WatchdogBite = 4u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_SOFTWARE_ERROR")]
        SoftwareError = 5u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_ASYNC_HW_ERROR")]
        AsyncHwError = 6u,
        [Gunyah.Interop.CName("GH_RM_VM_EXIT_TYPE_VM_STOP_FORCED")]
        VmStopForced = 7u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_exited_payload")]
    public struct GhRmVmExitedPayload
    {
        public const int ExitReasonOffset = 8;
        [Gunyah.Interop.CName("exit_reason_size")]
        public uint ExitReasonSize;
        [Gunyah.Interop.CName("exit_type")]
        public ushort ExitType;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        [Gunyah.Interop.CName("exit_reason")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> ExitReason(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayload value, System.ReadOnlySpan<byte> exitReason) { }
        public static int GetEncodedLength(int exitReasonLength) { }
    }
    public sealed class GhRmVmExitedPayloadPayload
    {
        public GhRmVmExitedPayloadPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayload @fixed, byte[] exitReason) { }
        public byte[] ExitReason { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayload Fixed { get; }
    }
    public readonly ref struct GhRmVmExitedPayloadReader
    {
        public System.ReadOnlySpan<byte> ExitReason { get; }
        public uint ExitReasonSize { get; }
        public ushort ExitType { get; }
        public ushort Vmid { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayload ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayloadPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitedPayloadReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_get_hyp_resources_resp")]
    public struct GhRmVmGetHypResourcesResp
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public uint NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesResp value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource> entries) { }
        public static int GetEncodedLength(int entriesCount) { }
    }
    public sealed class GhRmVmGetHypResourcesRespPayload
    {
        public GhRmVmGetHypResourcesRespPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesResp @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource[] entries) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource[] Entries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesResp Fixed { get; }
    }
    public readonly ref struct GhRmVmGetHypResourcesRespReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResourceListReader Entries { get; }
        public uint NEntries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesResp ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesRespPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesRespReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_get_id_resp")]
    public struct GhRmVmGetIdResp
    {
        public const int DataOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public uint NEntries;
        [Gunyah.Interop.CName("data")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> Data(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdResp value, System.ReadOnlySpan<byte> data) { }
        public static int GetEncodedLength(int dataLength) { }
    }
    public sealed class GhRmVmGetIdRespPayload
    {
        public GhRmVmGetIdRespPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdResp @fixed, byte[] data) { }
        public byte[] Data { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdResp Fixed { get; }
    }
    public readonly ref struct GhRmVmGetIdRespReader
    {
        public System.ReadOnlySpan<byte> Data { get; }
        public uint NEntries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdResp ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdRespPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdRespReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_get_peers_resp")]
    public struct GhRmVmGetPeersResp
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public uint NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersResp value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry> entries) { }
        public static int GetEncodedLength(int entriesCount) { }
    }
    public sealed class GhRmVmGetPeersRespPayload
    {
        public GhRmVmGetPeersRespPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersResp @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry[] entries) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry[] Entries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersResp Fixed { get; }
    }
    public readonly ref struct GhRmVmGetPeersRespReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntryListReader Entries { get; }
        public uint NEntries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersResp ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersRespPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersRespReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_get_state_resp")]
    public struct GhRmVmGetStateResp
    {
        [Gunyah.Interop.CName("app_status")]
        public ushort AppStatus;
        [Gunyah.Interop.CName("os_status")]
        public byte OsStatus;
        [Gunyah.Interop.CName("vm_status")]
        public byte VmStatus;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetStateResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetStateResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_host_get_type_resp")]
    public struct GhRmVmHostGetTypeResp
    {
        [Gunyah.Interop.CName("host_type")]
        public uint HostType;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmHostGetTypeResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmHostGetTypeResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_id_entry_hdr")]
    public struct GhRmVmIdEntryHdr
    {
        [Gunyah.Interop.CName("id_size")]
        public ushort IdSize;
        [Gunyah.Interop.CName("id_type")]
        public byte IdType;
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIdEntryHdr value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIdEntryHdr value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_id_type")]
    public enum GhRmVmIdType : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_ID_TYPE_GUID")]
        Guid = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_ID_TYPE_URI")]
        Uri = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_ID_TYPE_NAME")]
        Name = 2u,
        [Gunyah.Interop.CName("GH_RM_VM_ID_TYPE_SIGN_AUTH")]
        SignAuth = 3u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_accept_req")]
    public struct GhRmVmIrqAcceptReq
    {
        [Gunyah.Interop.CName("handle")]
        public uint Handle;
        [Gunyah.Interop.CName("virq")]
        public uint Virq;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_accept_resp")]
    public struct GhRmVmIrqAcceptResp
    {
        [Gunyah.Interop.CName("virq")]
        public uint Virq;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_handle_req")]
    public struct GhRmVmIrqHandleReq
    {
        [Gunyah.Interop.CName("handle")]
        public uint Handle;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_lend_req")]
    public struct GhRmVmIrqLendReq
    {
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("virq")]
        public uint Virq;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_lend_resp")]
    public struct GhRmVmIrqLendResp
    {
        [Gunyah.Interop.CName("handle")]
        public uint Handle;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_lent_payload")]
    public struct GhRmVmIrqLentPayload
    {
        [Gunyah.Interop.CName("handle")]
        public uint Handle;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("owner_vmid")]
        public ushort OwnerVmid;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLentPayload value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLentPayload value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_notify_flags")]
    public enum GhRmVmIrqNotifyFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_IRQ_NOTIFY_FLAG_LENT")]
        Lent = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_IRQ_NOTIFY_FLAG_RELEASED")]
        Released = 2u,
        [Gunyah.Interop.CName("GH_RM_VM_IRQ_NOTIFY_FLAG_ACCEPTED")]
        Accepted = 4u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_notify_req")]
    public struct GhRmVmIrqNotifyReq
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("handle")]
        public uint Handle;
        [Gunyah.Interop.CName("vmids")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidList Vmids;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry> vmids) { }
        public static int GetEncodedLength(int vmidsCount) { }
        public static int GetEncodedLength(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReq value, int vmidsCount) { }
    }
    public sealed class GhRmVmIrqNotifyReqPayload
    {
        public GhRmVmIrqNotifyReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry[] vmids) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry[] Vmids { get; }
    }
    public readonly ref struct GhRmVmIrqNotifyReqReader
    {
        public uint Flags { get; }
        public uint Handle { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntryListReader Vmids { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_irq_owner_payload")]
    public struct GhRmVmIrqOwnerPayload
    {
        [Gunyah.Interop.CName("handle")]
        public uint Handle;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqOwnerPayload value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqOwnerPayload value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_lookup_entry")]
    public struct GhRmVmLookupEntry
    {
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmVmLookupEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_vm_lookup_guid_req")]
    public struct GhRmVmLookupGuidReq
    {
        [Gunyah.Interop.CName("guid")]
        public Gunyah.Sdk.ResourceManager.Protocol.InlineArray16<byte> Guid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupGuidReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupGuidReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_lookup_name_req")]
    public struct GhRmVmLookupNameReq
    {
        [Gunyah.Interop.CName("len")]
        public ushort Len;
        public const int NameOffset = 4;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("name")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<byte> Name(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReq value, System.ReadOnlySpan<byte> name) { }
        public static int GetEncodedLength(int nameLength) { }
    }
    public sealed class GhRmVmLookupNameReqPayload
    {
        public GhRmVmLookupNameReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReq @fixed, byte[] name) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReq Fixed { get; }
        public byte[] Name { get; }
    }
    public readonly ref struct GhRmVmLookupNameReqReader
    {
        public ushort Len { get; }
        public System.ReadOnlySpan<byte> Name { get; }
        public ushort Reserved { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_lookup_resp")]
    public struct GhRmVmLookupResp
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public uint NEntries;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupResp value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry> entries) { }
        public static int GetEncodedLength(int entriesCount) { }
    }
    public sealed class GhRmVmLookupRespPayload
    {
        public GhRmVmLookupRespPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupResp @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry[] entries) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntry[] Entries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupResp Fixed { get; }
    }
    public readonly ref struct GhRmVmLookupRespReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupEntryListReader Entries { get; }
        public uint NEntries { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupResp ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_peer_entry")]
    public struct GhRmVmPeerEntry
    {
        [Gunyah.Interop.CName("vmid")]
        public uint Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmVmPeerEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmPeerEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_vm_set_address_layout_req")]
    public struct GhRmVmSetAddressLayoutReq
    {
        [Gunyah.Interop.CName("base")]
        public ulong Base;
        [Gunyah.Interop.CName("range_id")]
        public uint RangeId;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetAddressLayoutReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetAddressLayoutReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_set_context_req")]
    public struct GhRmVmSetContextReq
    {
        [Gunyah.Interop.CName("reg_index")]
        public byte RegIndex;
        [Gunyah.Interop.CName("reg_set")]
        public byte RegSet;
        [Gunyah.Interop.CName("reserved")]
        public uint Reserved;
        [Gunyah.Interop.CName("value")]
        public ulong Value;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetContextReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetContextReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_set_demand_paging_req")]
    public struct GhRmVmSetDemandPagingReq
    {
        [Gunyah.Interop.CName("ranges")]
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRangeList Ranges;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(System.Span<byte> destination, in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReq value, System.ReadOnlySpan<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange> ranges) { }
        public static int GetEncodedLength(int rangesCount) { }
    }
    public sealed class GhRmVmSetDemandPagingReqPayload
    {
        public GhRmVmSetDemandPagingReqPayload(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReq @fixed, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange[] ranges) { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReq Fixed { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRange[] Ranges { get; }
    }
    public readonly ref struct GhRmVmSetDemandPagingReqReader
    {
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAddrRangeListReader Ranges { get; }
        public ushort Reserved { get; }
        public ushort Vmid { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReq ReadFixed() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReqPayload ToPayload() { }
        public static bool TryRead(System.ReadOnlySpan<byte> payload, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReqReader reader) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_set_firmware_mem_req")]
    public struct GhRmVmSetFirmwareMemReq
    {
        [Gunyah.Interop.CName("fw_offset")]
        public ulong FwOffset;
        [Gunyah.Interop.CName("fw_size")]
        public ulong FwSize;
        [Gunyah.Interop.CName("mem_handle")]
        public uint MemHandle;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetFirmwareMemReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetFirmwareMemReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_set_status_req")]
    public struct GhRmVmSetStatusReq
    {
        [Gunyah.Interop.CName("app_status")]
        public ushort AppStatus;
        [Gunyah.Interop.CName("os_status")]
        public byte OsStatus;
        [Gunyah.Interop.CName("vm_status")]
        public byte VmStatus;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetStatusReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetStatusReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_set_time_base_req")]
    public struct GhRmVmSetTimeBaseReq
    {
        [Gunyah.Interop.CName("arch_timer_ref")]
        public ulong ArchTimerRef;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("time_base")]
        public ulong TimeBase;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetTimeBaseReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetTimeBaseReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_shutdown_payload")]
    public struct GhRmVmShutdownPayload
    {
        [Gunyah.Interop.CName("stop_reason")]
        public uint StopReason;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmShutdownPayload value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmShutdownPayload value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_status")]
    public enum GhRmVmStatus : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_NO_STATE")]
        NoState = 0u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_INIT")]
        Init = 1u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_READY")]
        Ready = 2u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_RUNNING")]
        Running = 3u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_PAUSED")]
        Paused = 4u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_LOAD")]
        Load = 5u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_AUTH")]
        Auth = 6u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_INIT_FAILED")]
        InitFailed = 8u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_EXITED")]
        Exited = 9u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_RESETTING")]
        Resetting = 10u,
        [Gunyah.Interop.CName("GH_RM_VM_STATUS_RESET")]
        Reset = 11u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_status_payload")]
    public struct GhRmVmStatusPayload
    {
        [Gunyah.Interop.CName("app_status")]
        public ushort AppStatus;
        [Gunyah.Interop.CName("os_status")]
        public byte OsStatus;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vm_status")]
        public byte VmStatus;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatusPayload value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatusPayload value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_stop_flags")]
    public enum GhRmVmStopFlags : uint
    {
        [Gunyah.Interop.CName("GH_RM_VM_STOP_FLAG_FORCE")]
        Force = 1u,
    }
    [Gunyah.Interop.CName("gh_rm_vm_stop_req")]
    public struct GhRmVmStopReq
    {
        [Gunyah.Interop.CName("flags")]
        public byte Flags;
        [Gunyah.Interop.CName("reserved")]
        public byte Reserved;
        [Gunyah.Interop.CName("stop_reason")]
        public uint StopReason;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStopReq value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStopReq value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vm_vmid_resp")]
    public struct GhRmVmVmidResp
    {
        [Gunyah.Interop.CName("vmid")]
        public uint Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp value, out int consumed) { }
    }
    [Gunyah.Interop.CName("gh_rm_vmid_entry")]
    public struct GhRmVmidEntry
    {
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("vmid")]
        public ushort Vmid;
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry value, out int consumed) { }
    }
    public readonly ref struct GhRmVmidEntryListReader
    {
        public int Count { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry this[int index] { get; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntryListReader.Enumerator GetEnumerator() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry[] ToArray() { }
        public ref struct Enumerator
        {
            public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry Current { get; }
            public bool MoveNext() { }
        }
    }
    [Gunyah.Interop.CName("gh_rm_vmid_list")]
    public struct GhRmVmidList
    {
        public const int EntriesOffset = 4;
        [Gunyah.Interop.CName("n_entries")]
        public ushort NEntries;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("entries")]
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public System.Span<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidEntry> Entries(int count) { }
        public override string ToString() { }
        public static int Encode(in Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidList value, System.Span<byte> destination) { }
        public static bool TryDecode(System.ReadOnlySpan<byte> source, out Gunyah.Sdk.ResourceManager.Protocol.GhRmVmidList value, out int consumed) { }
    }
    public interface IGhRmHandler
    {
        [Gunyah.Interop.CName("GH_RM_CALL_FW_MILESTONE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> FwMilestoneAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_FW_SET_VM_FIRMWARE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> FwSetVmFirmwareAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmFwSetVmFirmwareReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_IPA_RESERVE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveRespPayload>> IpaReserveAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_ACCEPT")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptRespPayload>> MemAcceptAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_APPEND")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemAppendAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_DONATE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemDonateAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_LEND")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemLendAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_NOTIFY")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemNotifyAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_QCOM_LOOKUP_SGL")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemQcomLookupSglAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_RECLAIM")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemReclaimAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_RELEASE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemReleaseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_MEM_SHARE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemShareAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_ALLOC_VMID")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidResp>> VmAllocVmidAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_AUTH_IMAGE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmAuthImageAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONFIG_IMAGE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConfigImageAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConfigImageReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_CLOSE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleCloseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_FLUSH")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleFlushAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_OPEN")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleOpenAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_CONSOLE_WRITE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleWriteAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_DEALLOC_VMID")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmDeallocVmidAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_EXIT")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmExitAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_CRASH_MSG")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgPayload>> VmGetCrashMsgAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_HYP_RESOURCES")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesRespPayload>> VmGetHypResourcesAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_ID")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdRespPayload>> VmGetIdAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_OWNER")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp>> VmGetOwnerAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_PEERS")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersRespPayload>> VmGetPeersAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_STATE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetStateResp>> VmGetStateAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_GET_VMID")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp>> VmGetVmidAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_HOST_GET_TYPE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmHostGetTypeResp>> VmHostGetTypeAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_INIT")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmInitAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_ACCEPT")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptResp>> VmIrqAcceptAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_LEND")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendResp>> VmIrqLendAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_NOTIFY")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmIrqNotifyAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_RECLAIM")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmIrqReclaimAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_IRQ_RELEASE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmIrqReleaseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_LOOKUP_GUID")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload>> VmLookupGuidAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupGuidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_LOOKUP_NAME")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload>> VmLookupNameAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_LOOKUP_URI")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload>> VmLookupUriAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_RESET")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmResetAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_ADDRESS_LAYOUT")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetAddressLayoutAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetAddressLayoutReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_CONTEXT")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetContextAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetContextReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_CRASH_MSG")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetCrashMsgAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_DEMAND_PAGING")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetDemandPagingAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReqPayload request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_FIRMWARE_MEM")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetFirmwareMemAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetFirmwareMemReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_STATUS")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetStatusAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetStatusReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_SET_TIME_BASE")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetTimeBaseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetTimeBaseReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_START")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmStartAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken);
        [Gunyah.Interop.CName("GH_RM_CALL_VM_STOP")]
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmStopAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStopReq request, System.Threading.CancellationToken cancellationToken);
    }
    [System.Runtime.CompilerServices.InlineArray(16)]
    public struct InlineArray16<T>
        where T :  unmanaged { }
    [System.Runtime.CompilerServices.InlineArray(3)]
    public struct InlineArray3<T>
        where T :  unmanaged { }
}
namespace Gunyah.Sdk.ResourceManager.Server
{
    public sealed class RmServer : System.IAsyncDisposable
    {
        public const int MaxPendingNotifications = 256;
        public RmServer(Gunyah.Interop.Rpc.IRpcService service, Microsoft.Extensions.Logging.ILogger? logger = null, Gunyah.Sdk.ResourceManager.Server.RmServerOptions? options = null) { }
        public long DroppedMessages { get; }
        public long DroppedNotifications { get; }
        public void AddClient(uint clientVmid, Gunyah.Sdk.ResourceManager.Transport.RmQueuePair queues) { }
        public System.Threading.Tasks.ValueTask DisposeAsync() { }
        public Gunyah.Interop.Rpc.IRpcNotificationSink GetNotificationSink(uint clientVmid) { }
        public int PendingNotifications(uint clientVmid) { }
        public System.Threading.Tasks.ValueTask<bool> RemoveClientAsync(uint clientVmid) { }
    }
    public sealed class RmServerOptions
    {
        public RmServerOptions() { }
        public System.Func<uint, System.Threading.Tasks.ValueTask>? AfterReply { get; init; }
        public bool InlineHandoffs { get; init; }
    }
}
namespace Gunyah.Sdk.ResourceManager.Transport
{
    public interface IRmMessageQueue
    {
        System.Threading.Tasks.ValueTask<int> ReceiveAsync(System.Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.ValueTask SendAsync(System.ReadOnlyMemory<byte> message, System.Threading.CancellationToken cancellationToken = default);
        bool TryReceive(System.Span<byte> buffer, out int length);
        bool TrySend(System.ReadOnlySpan<byte> message);
    }
    public sealed class InMemoryMessageQueue : Gunyah.Sdk.ResourceManager.Transport.IRmMessageQueue
    {
        public const int DefaultDepth = 8;
        public const int MaxDepth = 255;
        public InMemoryMessageQueue(int depth = 8) { }
        public int Count { get; }
        public int Depth { get; }
        public System.Threading.Tasks.ValueTask<int> ReceiveAsync(System.Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.ValueTask SendAsync(System.ReadOnlyMemory<byte> message, System.Threading.CancellationToken cancellationToken = default) { }
        public bool TryReceive(System.Span<byte> buffer, out int length) { }
        public bool TrySend(System.ReadOnlySpan<byte> message) { }
    }
    public static class InMemoryRmLink
    {
        [return: System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "Client",
                "Server"})]
        public static System.ValueTuple<Gunyah.Sdk.ResourceManager.Transport.RmQueuePair, Gunyah.Sdk.ResourceManager.Transport.RmQueuePair> Create(int depth = 8) { }
    }
    public sealed class RmQueuePair : System.IEquatable<Gunyah.Sdk.ResourceManager.Transport.RmQueuePair>
    {
        public RmQueuePair(Gunyah.Sdk.ResourceManager.Transport.IRmMessageQueue Transmit, Gunyah.Sdk.ResourceManager.Transport.IRmMessageQueue Receive) { }
        public Gunyah.Sdk.ResourceManager.Transport.IRmMessageQueue Receive { get; init; }
        public Gunyah.Sdk.ResourceManager.Transport.IRmMessageQueue Transmit { get; init; }
    }
}
namespace Gunyah.Sdk.Uapi
{
    public sealed class AbiProfile : System.IEquatable<Gunyah.Sdk.Uapi.AbiProfile>
    {
        public AbiProfile(string Name, string Description, string Namespace, System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> Ioctls, Gunyah.Sdk.Uapi.IoctlLookup Lookup) { }
        public string Description { get; init; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> Ioctls { get; init; }
        public Gunyah.Sdk.Uapi.IoctlLookup Lookup { get; init; }
        public string Name { get; init; }
        public string Namespace { get; init; }
        public Gunyah.Interop.IoctlDescriptor? FindByRequest(uint request) { }
    }
    public static class AbiProfiles
    {
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.Uapi.AbiProfile> All { get; }
        public static Gunyah.Sdk.Uapi.AbiProfile Android14 { get; }
        public static Gunyah.Sdk.Uapi.AbiProfile Android15 { get; }
        public static Gunyah.Sdk.Uapi.AbiProfile V10 { get; }
        public static Gunyah.Sdk.Uapi.AbiProfile V17 { get; }
        public static Gunyah.Sdk.Uapi.AbiProfile V6 { get; }
        public static Gunyah.Sdk.Uapi.AbiProfile? Find(string name) { }
    }
    public delegate bool IoctlLookup(uint request, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.IoctlDescriptor descriptor);
}
namespace Gunyah.Sdk.Uapi.Android14
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GH_ANDROID_IOCTL_TYPE")]
        public const int GH_ANDROID_IOCTL_TYPE = 65;
        [Gunyah.Interop.CName("GH_FN_MAX_ARG_SIZE")]
        public const int GH_FN_MAX_ARG_SIZE = 256;
        [Gunyah.Interop.CName("GH_IOCTL_TYPE")]
        public const int GH_IOCTL_TYPE = 71;
        [Gunyah.Interop.CName("GH_VM_MAX_EXIT_REASON_SIZE")]
        public const uint GH_VM_MAX_EXIT_REASON_SIZE = 8u;
    }
    public readonly struct DeviceIoctls
    {
        public DeviceIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_CREATE_VM")]
        public int CreateVm(nint argument = 0) { }
    }
    [Gunyah.Interop.CName("gh_fn_desc")]
    public struct GhFnDesc
    {
        [Gunyah.Interop.CName("arg")]
        public ulong Arg;
        [Gunyah.Interop.CName("arg_size")]
        public uint ArgSize;
        [Gunyah.Interop.CName("type")]
        public uint Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_fn_ioeventfd_arg")]
    public struct GhFnIoeventfdArg
    {
        [Gunyah.Interop.CName("addr")]
        public ulong Addr;
        [Gunyah.Interop.CName("datamatch")]
        public ulong Datamatch;
        [Gunyah.Interop.CName("fd")]
        public int Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("len")]
        public uint Len;
        [Gunyah.Interop.CName("padding")]
        public uint Padding;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_fn_irqfd_arg")]
    public struct GhFnIrqfdArg
    {
        [Gunyah.Interop.CName("fd")]
        public uint Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("padding")]
        public uint Padding;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_fn_type")]
    public enum GhFnType : uint
    {
        [Gunyah.Interop.CName("GH_FN_VCPU")]
        Vcpu = 1u,
        [Gunyah.Interop.CName("GH_FN_IRQFD")]
        Irqfd = 2u,
        [Gunyah.Interop.CName("GH_FN_IOEVENTFD")]
        Ioeventfd = 3u,
    }
    [Gunyah.Interop.CName("gh_fn_vcpu_arg")]
    public struct GhFnVcpuArg
    {
        [Gunyah.Interop.CName("id")]
        public uint Id;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_ioeventfd_flags")]
    public enum GhIoeventfdFlags : uint
    {
        [Gunyah.Interop.CName("GH_IOEVENTFD_FLAGS_DATAMATCH")]
        Datamatch = 1u,
    }
    [Gunyah.Interop.CName("gh_irqfd_flags")]
    public enum GhIrqfdFlags : uint
    {
        [Gunyah.Interop.CName("GH_IRQFD_FLAGS_LEVEL")]
        Level = 1u,
    }
    [Gunyah.Interop.CName("gh_mem_flags")]
    public enum GhMemFlags : uint
    {
        [Gunyah.Interop.CName("GH_MEM_ALLOW_READ")]
        Read = 1u,
        [Gunyah.Interop.CName("GH_MEM_ALLOW_WRITE")]
        Write = 2u,
        [Gunyah.Interop.CName("GH_MEM_ALLOW_EXEC")]
        Exec = 4u,
    }
    [Gunyah.Interop.CName("gh_userspace_memory_region")]
    public struct GhUserspaceMemoryRegion
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("memory_size")]
        public ulong MemorySize;
        [Gunyah.Interop.CName("userspace_addr")]
        public ulong UserspaceAddr;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vcpu_exit")]
    public enum GhVcpuExit : uint
    {
        [Gunyah.Interop.CName("GH_VCPU_EXIT_UNKNOWN")]
        Unknown = 0u,
        [Gunyah.Interop.CName("GH_VCPU_EXIT_MMIO")]
        Mmio = 1u,
        [Gunyah.Interop.CName("GH_VCPU_EXIT_STATUS")]
        Status = 2u,
    }
    [Gunyah.Interop.CName("gh_vcpu_run")]
    public struct GhVcpuRun
    {
        [Gunyah.Interop.CName("exit_reason")]
        public uint ExitReason;
        [Gunyah.Interop.CName("immediate_exit")]
        public byte ImmediateExit;
        [Gunyah.Interop.CName("mmio")]
        public Gunyah.Sdk.Uapi.Android14.GhVcpuRun.MmioStruct Mmio;
        [Gunyah.Interop.CName("padding")]
        public Gunyah.Sdk.Uapi.Android14.InlineArray7<byte> Padding;
        [Gunyah.Interop.CName("status")]
        public Gunyah.Sdk.Uapi.Android14.GhVcpuRun.StatusStruct Status;
        public override string ToString() { }
        [Gunyah.Interop.CName("gh_vcpu_run.mmio")]
        public struct MmioStruct
        {
            [Gunyah.Interop.CName("data")]
            public Gunyah.Sdk.Uapi.Android14.InlineArray8<byte> Data;
            [Gunyah.Interop.CName("is_write")]
            public byte IsWrite;
            [Gunyah.Interop.CName("len")]
            public uint Len;
            [Gunyah.Interop.CName("phys_addr")]
            public ulong PhysAddr;
            public override string ToString() { }
        }
        [Gunyah.Interop.CName("gh_vcpu_run.status")]
        public struct StatusStruct
        {
            [Gunyah.Interop.CName("exit_info")]
            public Gunyah.Sdk.Uapi.Android14.GhVmExitInfo ExitInfo;
            [Gunyah.Interop.CName("status")]
            public Gunyah.Sdk.Uapi.Android14.GhVmStatus Status;
            public override string ToString() { }
        }
    }
    [Gunyah.Interop.CName("gh_vm_dtb_config")]
    public struct GhVmDtbConfig
    {
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vm_exit_info")]
    public struct GhVmExitInfo
    {
        [Gunyah.Interop.CName("padding")]
        public ushort Padding;
        [Gunyah.Interop.CName("reason")]
        public Gunyah.Sdk.Uapi.Android14.InlineArray8<byte> Reason;
        [Gunyah.Interop.CName("reason_size")]
        public uint ReasonSize;
        [Gunyah.Interop.CName("type")]
        public ushort Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vm_firmware_config")]
    public struct GhVmFirmwareConfig
    {
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vm_status")]
    public enum GhVmStatus : uint
    {
        [Gunyah.Interop.CName("GH_VM_STATUS_LOAD_FAILED")]
        LoadFailed = 1u,
        [Gunyah.Interop.CName("GH_VM_STATUS_EXITED")]
        Exited = 2u,
        [Gunyah.Interop.CName("GH_VM_STATUS_CRASHED")]
        Crashed = 3u,
    }
    [System.Runtime.CompilerServices.InlineArray(7)]
    public struct InlineArray7<T>
        where T :  unmanaged { }
    [System.Runtime.CompilerServices.InlineArray(8)]
    public struct InlineArray8<T>
        where T :  unmanaged { }
    public static class IoctlTable
    {
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> All { get; }
        public static Gunyah.Interop.IoctlDescriptor? FindByName(string name) { }
        public static bool TryFind(uint request, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.IoctlDescriptor descriptor) { }
    }
    public static class Ioctls
    {
        [Gunyah.Interop.CName("GH_CREATE_VM")]
        public const uint GH_CREATE_VM = 18176u;
        [Gunyah.Interop.CName("GH_VCPU_MMAP_SIZE")]
        public const uint GH_VCPU_MMAP_SIZE = 18182u;
        [Gunyah.Interop.CName("GH_VCPU_RUN")]
        public const uint GH_VCPU_RUN = 18181u;
        [Gunyah.Interop.CName("GH_VM_ADD_FUNCTION")]
        public const uint GH_VM_ADD_FUNCTION = 1074808580u;
        [Gunyah.Interop.CName("GH_VM_ANDROID_LEND_USER_MEM")]
        public const uint GH_VM_ANDROID_LEND_USER_MEM = 1075855633u;
        [Gunyah.Interop.CName("GH_VM_ANDROID_SET_FW_CONFIG")]
        public const uint GH_VM_ANDROID_SET_FW_CONFIG = 1074807058u;
        [Gunyah.Interop.CName("GH_VM_REMOVE_FUNCTION")]
        public const uint GH_VM_REMOVE_FUNCTION = 1074808583u;
        [Gunyah.Interop.CName("GH_VM_SET_DTB_CONFIG")]
        public const uint GH_VM_SET_DTB_CONFIG = 1074808578u;
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public const uint GH_VM_SET_USER_MEM_REGION = 1075857153u;
        [Gunyah.Interop.CName("GH_VM_START")]
        public const uint GH_VM_START = 18179u;
    }
    public readonly struct VcpuIoctls
    {
        public VcpuIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_VCPU_MMAP_SIZE")]
        public int MmapSize(nint argument = 0) { }
        [Gunyah.Interop.CName("GH_VCPU_RUN")]
        public int Run(nint argument = 0) { }
    }
    public readonly struct VmIoctls
    {
        public VmIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_VM_ADD_FUNCTION")]
        public int AddFunction(in Gunyah.Sdk.Uapi.Android14.GhFnDesc argument) { }
        [Gunyah.Interop.CName("GH_VM_ANDROID_LEND_USER_MEM")]
        public int AndroidLendUserMem(in Gunyah.Sdk.Uapi.Android14.GhUserspaceMemoryRegion argument) { }
        [Gunyah.Interop.CName("GH_VM_ANDROID_SET_FW_CONFIG")]
        public int AndroidSetFwConfig(in Gunyah.Sdk.Uapi.Android14.GhVmFirmwareConfig argument) { }
        [Gunyah.Interop.CName("GH_VM_REMOVE_FUNCTION")]
        public int RemoveFunction(in Gunyah.Sdk.Uapi.Android14.GhFnDesc argument) { }
        [Gunyah.Interop.CName("GH_VM_SET_DTB_CONFIG")]
        public int SetDtbConfig(in Gunyah.Sdk.Uapi.Android14.GhVmDtbConfig argument) { }
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public int SetUserMemRegion(in Gunyah.Sdk.Uapi.Android14.GhUserspaceMemoryRegion argument) { }
        [Gunyah.Interop.CName("GH_VM_START")]
        public int Start(nint argument = 0) { }
    }
}
namespace Gunyah.Sdk.Uapi.Android15
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GH_ANDROID_IOCTL_TYPE")]
        public const int GH_ANDROID_IOCTL_TYPE = 65;
        [Gunyah.Interop.CName("GUNYAH_FN_MAX_ARG_SIZE")]
        public const int GUNYAH_FN_MAX_ARG_SIZE = 256;
        [Gunyah.Interop.CName("GUNYAH_IOCTL_TYPE")]
        public const int GUNYAH_IOCTL_TYPE = 71;
        [Gunyah.Interop.CName("GUNYAH_MEM_ACCESS_MASK")]
        public const int GUNYAH_MEM_ACCESS_MASK = 112;
        [Gunyah.Interop.CName("GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT")]
        public const int GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT = 8;
        [Gunyah.Interop.CName("GUNYAH_VM_MAX_EXIT_REASON_SIZE")]
        public const uint GUNYAH_VM_MAX_EXIT_REASON_SIZE = 8u;
    }
    public readonly struct DeviceIoctls
    {
        public DeviceIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GUNYAH_CREATE_VM")]
        public int CreateVm(nint argument = 0) { }
    }
    [Gunyah.Interop.CName("gunyah_fn_desc")]
    public struct GunyahFnDesc
    {
        [Gunyah.Interop.CName("arg")]
        public ulong Arg;
        [Gunyah.Interop.CName("arg_size")]
        public uint ArgSize;
        [Gunyah.Interop.CName("type")]
        public uint Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_ioeventfd_arg")]
    public struct GunyahFnIoeventfdArg
    {
        [Gunyah.Interop.CName("addr")]
        public ulong Addr;
        [Gunyah.Interop.CName("datamatch")]
        public ulong Datamatch;
        [Gunyah.Interop.CName("fd")]
        public int Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("len")]
        public uint Len;
        [Gunyah.Interop.CName("padding")]
        public uint Padding;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_irqfd_arg")]
    public struct GunyahFnIrqfdArg
    {
        [Gunyah.Interop.CName("fd")]
        public uint Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("padding")]
        public uint Padding;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_type")]
    public enum GunyahFnType : uint
    {
        [Gunyah.Interop.CName("GUNYAH_FN_VCPU")]
        Vcpu = 1u,
        [Gunyah.Interop.CName("GUNYAH_FN_IRQFD")]
        Irqfd = 2u,
        [Gunyah.Interop.CName("GUNYAH_FN_IOEVENTFD")]
        Ioeventfd = 3u,
    }
    [Gunyah.Interop.CName("gunyah_fn_vcpu_arg")]
    public struct GunyahFnVcpuArg
    {
        [Gunyah.Interop.CName("id")]
        public uint Id;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_ioeventfd_flags")]
    public enum GunyahIoeventfdFlags : uint
    {
        [Gunyah.Interop.CName("GUNYAH_IOEVENTFD_FLAGS_DATAMATCH")]
        Datamatch = 1u,
    }
    [Gunyah.Interop.CName("gunyah_irqfd_flags")]
    public enum GunyahIrqfdFlags : uint
    {
        [Gunyah.Interop.CName("GUNYAH_IRQFD_FLAGS_LEVEL")]
        Level = 1u,
    }
    [Gunyah.Interop.CName("gunyah_map_flags")]
    public enum GunyahMapFlags : uint
    {
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_READ")]
        AllowRead = 1u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_WRITE")]
        AllowWrite = 2u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_EXEC")]
        AllowExec = 4u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_RWX")]
        AllowRwx = 7u,
        [Gunyah.Interop.CName("GUNYAH_MEM_DEFAULT_ACCESS")]
        DefaultAccess = 0u,
        [Gunyah.Interop.CName("GUNYAH_MEM_FORCE_LEND")]
        ForceLend = 16u,
        [Gunyah.Interop.CName("GUNYAH_MEM_FORCE_SHARE")]
        ForceShare = 32u,
        [Gunyah.Interop.CName("GUNYAH_MEM_UNMAP")]
        Unmap = 256u,
    }
    [Gunyah.Interop.CName("gunyah_map_mem_args")]
    public struct GunyahMapMemArgs
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("guest_addr")]
        public ulong GuestAddr;
        [Gunyah.Interop.CName("guest_mem_fd")]
        public uint GuestMemFd;
        [Gunyah.Interop.CName("offset")]
        public ulong Offset;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_userspace_memory_region")]
    public struct GunyahUserspaceMemoryRegion
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("memory_size")]
        public ulong MemorySize;
        [Gunyah.Interop.CName("userspace_addr")]
        public ulong UserspaceAddr;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vcpu_exit")]
    public enum GunyahVcpuExit : uint
    {
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_UNKNOWN")]
        Unknown = 0u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_MMIO")]
        Mmio = 1u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_STATUS")]
        Status = 2u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_PAGE_FAULT")]
        PageFault = 3u,
    }
    [Gunyah.Interop.CName("gunyah_vcpu_resume_action")]
    public enum GunyahVcpuResumeAction : uint
    {
        [Gunyah.Interop.CName("GUNYAH_VCPU_RESUME_HANDLED")]
        Handled = 0u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_RESUME_FAULT")]
        Fault = 1u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_RESUME_RETRY")]
        Retry = 2u,
    }
    [Gunyah.Interop.CName("gunyah_vcpu_run")]
    public struct GunyahVcpuRun
    {
        [Gunyah.Interop.CName("exit_reason")]
        public uint ExitReason;
        [Gunyah.Interop.CName("immediate_exit")]
        public byte ImmediateExit;
        [Gunyah.Interop.CName("mmio")]
        public Gunyah.Sdk.Uapi.Android15.GunyahVcpuRun.MmioStruct Mmio;
        [Gunyah.Interop.CName("padding")]
        public Gunyah.Sdk.Uapi.Android15.InlineArray7<byte> Padding;
        [Gunyah.Interop.CName("page_fault")]
        public Gunyah.Sdk.Uapi.Android15.GunyahVcpuRun.PageFaultStruct PageFault;
        [Gunyah.Interop.CName("status")]
        public Gunyah.Sdk.Uapi.Android15.GunyahVcpuRun.StatusStruct Status;
        public override string ToString() { }
        [Gunyah.Interop.CName("gunyah_vcpu_run.mmio")]
        public struct MmioStruct
        {
            [Gunyah.Interop.CName("data")]
            public Gunyah.Sdk.Uapi.Android15.InlineArray8<byte> Data;
            [Gunyah.Interop.CName("is_write")]
            public byte IsWrite;
            [Gunyah.Interop.CName("len")]
            public uint Len;
            [Gunyah.Interop.CName("phys_addr")]
            public ulong PhysAddr;
            [Gunyah.Interop.CName("resume_action")]
            public byte ResumeAction;
            public override string ToString() { }
        }
        [Gunyah.Interop.CName("gunyah_vcpu_run.page_fault")]
        public struct PageFaultStruct
        {
            [Gunyah.Interop.CName("attempt")]
            public int Attempt;
            [Gunyah.Interop.CName("phys_addr")]
            public ulong PhysAddr;
            [Gunyah.Interop.CName("resume_action")]
            public byte ResumeAction;
            public override string ToString() { }
        }
        [Gunyah.Interop.CName("gunyah_vcpu_run.status")]
        public struct StatusStruct
        {
            [Gunyah.Interop.CName("exit_info")]
            public Gunyah.Sdk.Uapi.Android15.GunyahVmExitInfo ExitInfo;
            [Gunyah.Interop.CName("status")]
            public Gunyah.Sdk.Uapi.Android15.GunyahVmStatus Status;
            public override string ToString() { }
        }
    }
    [Gunyah.Interop.CName("gunyah_vm_boot_context")]
    public struct GunyahVmBootContext
    {
        [Gunyah.Interop.CName("reg")]
        public uint Reg;
        [Gunyah.Interop.CName("reserved")]
        public uint Reserved;
        [Gunyah.Interop.CName("value")]
        public ulong Value;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_boot_context_reg")]
    public enum GunyahVmBootContextReg : uint
    {
        [Gunyah.Interop.CName("REG_SET_X")]
        X = 0u,
        [Gunyah.Interop.CName("REG_SET_PC")]
        Pc = 1u,
        [Gunyah.Interop.CName("REG_SET_SP")]
        Sp = 2u,
    }
    [Gunyah.Interop.CName("gunyah_vm_dtb_config")]
    public struct GunyahVmDtbConfig
    {
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_exit_info")]
    public struct GunyahVmExitInfo
    {
        [Gunyah.Interop.CName("padding")]
        public ushort Padding;
        [Gunyah.Interop.CName("reason")]
        public Gunyah.Sdk.Uapi.Android15.InlineArray8<byte> Reason;
        [Gunyah.Interop.CName("reason_size")]
        public uint ReasonSize;
        [Gunyah.Interop.CName("type")]
        public ushort Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_firmware_config")]
    public struct GunyahVmFirmwareConfig
    {
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_status")]
    public enum GunyahVmStatus : uint
    {
        [Gunyah.Interop.CName("GUNYAH_VM_STATUS_LOAD_FAILED")]
        LoadFailed = 1u,
        [Gunyah.Interop.CName("GUNYAH_VM_STATUS_EXITED")]
        Exited = 2u,
        [Gunyah.Interop.CName("GUNYAH_VM_STATUS_CRASHED")]
        Crashed = 3u,
    }
    [System.Runtime.CompilerServices.InlineArray(7)]
    public struct InlineArray7<T>
        where T :  unmanaged { }
    [System.Runtime.CompilerServices.InlineArray(8)]
    public struct InlineArray8<T>
        where T :  unmanaged { }
    public static class IoctlTable
    {
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> All { get; }
        public static Gunyah.Interop.IoctlDescriptor? FindByName(string name) { }
        public static bool TryFind(uint request, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.IoctlDescriptor descriptor) { }
    }
    public static class Ioctls
    {
        [Gunyah.Interop.CName("GH_VM_ANDROID_LEND_USER_MEM")]
        public const uint GH_VM_ANDROID_LEND_USER_MEM = 1075855633u;
        [Gunyah.Interop.CName("GH_VM_ANDROID_SET_FW_CONFIG")]
        public const uint GH_VM_ANDROID_SET_FW_CONFIG = 1074807058u;
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public const uint GH_VM_SET_USER_MEM_REGION = 1075857153u;
        [Gunyah.Interop.CName("GUNYAH_CREATE_VM")]
        public const uint GUNYAH_CREATE_VM = 18176u;
        [Gunyah.Interop.CName("GUNYAH_VCPU_MMAP_SIZE")]
        public const uint GUNYAH_VCPU_MMAP_SIZE = 18182u;
        [Gunyah.Interop.CName("GUNYAH_VCPU_RUN")]
        public const uint GUNYAH_VCPU_RUN = 18181u;
        [Gunyah.Interop.CName("GUNYAH_VM_ADD_FUNCTION")]
        public const uint GUNYAH_VM_ADD_FUNCTION = 1074808580u;
        [Gunyah.Interop.CName("GUNYAH_VM_MAP_MEM")]
        public const uint GUNYAH_VM_MAP_MEM = 1075857161u;
        [Gunyah.Interop.CName("GUNYAH_VM_REMOVE_FUNCTION")]
        public const uint GUNYAH_VM_REMOVE_FUNCTION = 1074808583u;
        [Gunyah.Interop.CName("GUNYAH_VM_SET_BOOT_CONTEXT")]
        public const uint GUNYAH_VM_SET_BOOT_CONTEXT = 1074808586u;
        [Gunyah.Interop.CName("GUNYAH_VM_SET_DTB_CONFIG")]
        public const uint GUNYAH_VM_SET_DTB_CONFIG = 1074808578u;
        [Gunyah.Interop.CName("GUNYAH_VM_START")]
        public const uint GUNYAH_VM_START = 18179u;
    }
    public readonly struct VcpuIoctls
    {
        public VcpuIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GUNYAH_VCPU_MMAP_SIZE")]
        public int MmapSize(nint argument = 0) { }
        [Gunyah.Interop.CName("GUNYAH_VCPU_RUN")]
        public int Run(nint argument = 0) { }
    }
    public readonly struct VmIoctls
    {
        public VmIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GUNYAH_VM_ADD_FUNCTION")]
        public int AddFunction(in Gunyah.Sdk.Uapi.Android15.GunyahFnDesc argument) { }
        [Gunyah.Interop.CName("GH_VM_ANDROID_LEND_USER_MEM")]
        public int AndroidLendUserMem(in Gunyah.Sdk.Uapi.Android15.GunyahUserspaceMemoryRegion argument) { }
        [Gunyah.Interop.CName("GH_VM_ANDROID_SET_FW_CONFIG")]
        public int AndroidSetFwConfig(in Gunyah.Sdk.Uapi.Android15.GunyahVmFirmwareConfig argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_MAP_MEM")]
        public int MapMem(in Gunyah.Sdk.Uapi.Android15.GunyahMapMemArgs argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_REMOVE_FUNCTION")]
        public int RemoveFunction(in Gunyah.Sdk.Uapi.Android15.GunyahFnDesc argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_SET_BOOT_CONTEXT")]
        public int SetBootContext(in Gunyah.Sdk.Uapi.Android15.GunyahVmBootContext argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_SET_DTB_CONFIG")]
        public int SetDtbConfig(in Gunyah.Sdk.Uapi.Android15.GunyahVmDtbConfig argument) { }
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public int SetUserMemRegion(in Gunyah.Sdk.Uapi.Android15.GunyahUserspaceMemoryRegion argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_START")]
        public int Start(nint argument = 0) { }
    }
}
namespace Gunyah.Sdk.Uapi.V10
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GH_FN_IOEVENTFD")]
        public const int GH_FN_IOEVENTFD = 3;
        [Gunyah.Interop.CName("GH_FN_IRQFD")]
        public const int GH_FN_IRQFD = 2;
        [Gunyah.Interop.CName("GH_FN_MAX_ARG_SIZE")]
        public const int GH_FN_MAX_ARG_SIZE = 256;
        [Gunyah.Interop.CName("GH_FN_VCPU")]
        public const int GH_FN_VCPU = 1;
        [Gunyah.Interop.CName("GH_IOCTL_TYPE")]
        public const int GH_IOCTL_TYPE = 71;
        [Gunyah.Interop.CName("GH_IOEVENTFD_DATAMATCH")]
        public const uint GH_IOEVENTFD_DATAMATCH = 1u;
        [Gunyah.Interop.CName("GH_IRQFD_LEVEL")]
        public const uint GH_IRQFD_LEVEL = 1u;
        [Gunyah.Interop.CName("GH_MEM_ALLOW_EXEC")]
        public const uint GH_MEM_ALLOW_EXEC = 4u;
        [Gunyah.Interop.CName("GH_MEM_ALLOW_READ")]
        public const uint GH_MEM_ALLOW_READ = 1u;
        [Gunyah.Interop.CName("GH_MEM_ALLOW_WRITE")]
        public const uint GH_MEM_ALLOW_WRITE = 2u;
        [Gunyah.Interop.CName("GH_MEM_LENT")]
        public const uint GH_MEM_LENT = 8u;
        [Gunyah.Interop.CName("GH_VCPU_EXIT_MMIO")]
        public const int GH_VCPU_EXIT_MMIO = 1;
        [Gunyah.Interop.CName("GH_VCPU_EXIT_STATUS")]
        public const int GH_VCPU_EXIT_STATUS = 2;
        [Gunyah.Interop.CName("GH_VCPU_EXIT_UNKNOWN")]
        public const int GH_VCPU_EXIT_UNKNOWN = 0;
        [Gunyah.Interop.CName("GH_VM_MAX_EXIT_REASON_SIZE")]
        public const uint GH_VM_MAX_EXIT_REASON_SIZE = 8u;
    }
    public readonly struct DeviceIoctls
    {
        public DeviceIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_CREATE_VM")]
        public int CreateVm(nint argument = 0) { }
    }
    [Gunyah.Interop.CName("gh_fn_desc")]
    public struct GhFnDesc
    {
        [Gunyah.Interop.CName("arg")]
        public ulong Arg;
        [Gunyah.Interop.CName("arg_size")]
        public uint ArgSize;
        [Gunyah.Interop.CName("type")]
        public uint Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_fn_ioeventfd_arg")]
    public struct GhFnIoeventfdArg
    {
        [Gunyah.Interop.CName("addr")]
        public ulong Addr;
        [Gunyah.Interop.CName("datamatch")]
        public ulong Datamatch;
        [Gunyah.Interop.CName("fd")]
        public int Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("len")]
        public uint Len;
        [Gunyah.Interop.CName("reserved")]
        public uint Reserved;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_fn_irqfd_arg")]
    public struct GhFnIrqfdArg
    {
        [Gunyah.Interop.CName("fd")]
        public uint Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("reserved")]
        public uint Reserved;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_userspace_memory_region")]
    public struct GhUserspaceMemoryRegion
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("memory_size")]
        public ulong MemorySize;
        [Gunyah.Interop.CName("userspace_addr")]
        public ulong UserspaceAddr;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vcpu_run")]
    public struct GhVcpuRun
    {
        [Gunyah.Interop.CName("exit_reason")]
        public uint ExitReason;
        [Gunyah.Interop.CName("immediate_exit")]
        public byte ImmediateExit;
        [Gunyah.Interop.CName("mmio")]
        public Gunyah.Sdk.Uapi.V10.GhVcpuRun.MmioStruct Mmio;
        [Gunyah.Interop.CName("padding1")]
        public Gunyah.Sdk.Uapi.V10.InlineArray7<byte> Padding1;
        [Gunyah.Interop.CName("status")]
        public Gunyah.Sdk.Uapi.V10.GhVcpuRun.StatusStruct Status;
        public override string ToString() { }
        [Gunyah.Interop.CName("gh_vcpu_run.mmio")]
        public struct MmioStruct
        {
            [Gunyah.Interop.CName("data")]
            public Gunyah.Sdk.Uapi.V10.InlineArray8<byte> Data;
            [Gunyah.Interop.CName("is_write")]
            public byte IsWrite;
            [Gunyah.Interop.CName("len")]
            public uint Len;
            [Gunyah.Interop.CName("phys_addr")]
            public ulong PhysAddr;
            public override string ToString() { }
        }
        [Gunyah.Interop.CName("gh_vcpu_run.status")]
        public struct StatusStruct
        {
            [Gunyah.Interop.CName("exit_info")]
            public Gunyah.Sdk.Uapi.V10.GhVmExitInfo ExitInfo;
            [Gunyah.Interop.CName("status")]
            public Gunyah.Sdk.Uapi.V10.GhVmStatus Status;
            public override string ToString() { }
        }
    }
    [Gunyah.Interop.CName("gh_vm_dtb_config")]
    public struct GhVmDtbConfig
    {
        [Gunyah.Interop.CName("gpa")]
        public ulong Gpa;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vm_exit_info")]
    public struct GhVmExitInfo
    {
        [Gunyah.Interop.CName("reason")]
        public Gunyah.Sdk.Uapi.V10.InlineArray8<byte> Reason;
        [Gunyah.Interop.CName("reason_size")]
        public uint ReasonSize;
        [Gunyah.Interop.CName("reserved")]
        public ushort Reserved;
        [Gunyah.Interop.CName("type")]
        public ushort Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vm_status")]
    public enum GhVmStatus : uint
    {
        [Gunyah.Interop.CName("GH_VM_STATUS_LOAD_FAILED")]
        LoadFailed = 1u,
        [Gunyah.Interop.CName("GH_VM_STATUS_EXITED")]
        Exited = 2u,
        [Gunyah.Interop.CName("GH_VM_STATUS_CRASHED")]
        Crashed = 3u,
    }
    [System.Runtime.CompilerServices.InlineArray(7)]
    public struct InlineArray7<T>
        where T :  unmanaged { }
    [System.Runtime.CompilerServices.InlineArray(8)]
    public struct InlineArray8<T>
        where T :  unmanaged { }
    public static class IoctlTable
    {
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> All { get; }
        public static Gunyah.Interop.IoctlDescriptor? FindByName(string name) { }
        public static bool TryFind(uint request, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.IoctlDescriptor descriptor) { }
    }
    public static class Ioctls
    {
        [Gunyah.Interop.CName("GH_CREATE_VM")]
        public const uint GH_CREATE_VM = 18176u;
        [Gunyah.Interop.CName("GH_VCPU_MMAP_SIZE")]
        public const uint GH_VCPU_MMAP_SIZE = 18182u;
        [Gunyah.Interop.CName("GH_VCPU_RUN")]
        public const uint GH_VCPU_RUN = 18181u;
        [Gunyah.Interop.CName("GH_VM_ADD_FUNCTION")]
        public const uint GH_VM_ADD_FUNCTION = 1074808580u;
        [Gunyah.Interop.CName("GH_VM_REMOVE_FUNCTION")]
        public const uint GH_VM_REMOVE_FUNCTION = 1074808583u;
        [Gunyah.Interop.CName("GH_VM_SET_DTB_CONFIG")]
        public const uint GH_VM_SET_DTB_CONFIG = 1074808578u;
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public const uint GH_VM_SET_USER_MEM_REGION = 1075857153u;
        [Gunyah.Interop.CName("GH_VM_START")]
        public const uint GH_VM_START = 18179u;
    }
    public readonly struct VcpuIoctls
    {
        public VcpuIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_VCPU_MMAP_SIZE")]
        public int MmapSize(nint argument = 0) { }
        [Gunyah.Interop.CName("GH_VCPU_RUN")]
        public int Run(nint argument = 0) { }
    }
    public readonly struct VmIoctls
    {
        public VmIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_VM_ADD_FUNCTION")]
        public int AddFunction(in Gunyah.Sdk.Uapi.V10.GhFnDesc argument) { }
        [Gunyah.Interop.CName("GH_VM_REMOVE_FUNCTION")]
        public int RemoveFunction(in Gunyah.Sdk.Uapi.V10.GhFnDesc argument) { }
        [Gunyah.Interop.CName("GH_VM_SET_DTB_CONFIG")]
        public int SetDtbConfig(in Gunyah.Sdk.Uapi.V10.GhVmDtbConfig argument) { }
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public int SetUserMemRegion(in Gunyah.Sdk.Uapi.V10.GhUserspaceMemoryRegion argument) { }
        [Gunyah.Interop.CName("GH_VM_START")]
        public int Start(nint argument = 0) { }
    }
}
namespace Gunyah.Sdk.Uapi.V17
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GUNYAH_FN_MAX_ARG_SIZE")]
        public const int GUNYAH_FN_MAX_ARG_SIZE = 256;
        [Gunyah.Interop.CName("GUNYAH_IOCTL_TYPE")]
        public const int GUNYAH_IOCTL_TYPE = 71;
        [Gunyah.Interop.CName("GUNYAH_MEM_ACCESS_MASK")]
        public const int GUNYAH_MEM_ACCESS_MASK = 7;
        [Gunyah.Interop.CName("GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT")]
        public const int GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT = 8;
        [Gunyah.Interop.CName("GUNYAH_VM_MAX_EXIT_REASON_SIZE")]
        public const uint GUNYAH_VM_MAX_EXIT_REASON_SIZE = 8u;
    }
    public readonly struct DeviceIoctls
    {
        public DeviceIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GUNYAH_CREATE_GUEST_MEM")]
        public int CreateGuestMem(in Gunyah.Sdk.Uapi.V17.GunyahCreateMemArgs argument) { }
        [Gunyah.Interop.CName("GUNYAH_CREATE_VM")]
        public int CreateVm(nint argument = 0) { }
    }
    [Gunyah.Interop.CName("gunyah_create_mem_args")]
    public struct GunyahCreateMemArgs
    {
        [Gunyah.Interop.CName("flags")]
        public ulong Flags;
        [Gunyah.Interop.CName("reserved")]
        public Gunyah.Sdk.Uapi.V17.InlineArray6<ulong> Reserved;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_desc")]
    public struct GunyahFnDesc
    {
        [Gunyah.Interop.CName("arg")]
        public ulong Arg;
        [Gunyah.Interop.CName("arg_size")]
        public uint ArgSize;
        [Gunyah.Interop.CName("type")]
        public uint Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_ioeventfd_arg")]
    public struct GunyahFnIoeventfdArg
    {
        [Gunyah.Interop.CName("addr")]
        public ulong Addr;
        [Gunyah.Interop.CName("datamatch")]
        public ulong Datamatch;
        [Gunyah.Interop.CName("fd")]
        public int Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("len")]
        public uint Len;
        [Gunyah.Interop.CName("padding")]
        public uint Padding;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_irqfd_arg")]
    public struct GunyahFnIrqfdArg
    {
        [Gunyah.Interop.CName("fd")]
        public uint Fd;
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("padding")]
        public uint Padding;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_fn_type")]
    public enum GunyahFnType : uint
    {
        [Gunyah.Interop.CName("GUNYAH_FN_VCPU")]
        Vcpu = 1u,
        [Gunyah.Interop.CName("GUNYAH_FN_IRQFD")]
        Irqfd = 2u,
        [Gunyah.Interop.CName("GUNYAH_FN_IOEVENTFD")]
        Ioeventfd = 3u,
    }
    [Gunyah.Interop.CName("gunyah_fn_vcpu_arg")]
    public struct GunyahFnVcpuArg
    {
        [Gunyah.Interop.CName("id")]
        public uint Id;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_ioeventfd_flags")]
    public enum GunyahIoeventfdFlags : uint
    {
        [Gunyah.Interop.CName("GUNYAH_IOEVENTFD_FLAGS_DATAMATCH")]
        Datamatch = 1u,
    }
    [Gunyah.Interop.CName("gunyah_irqfd_flags")]
    public enum GunyahIrqfdFlags : uint
    {
        [Gunyah.Interop.CName("GUNYAH_IRQFD_FLAGS_LEVEL")]
        Level = 1u,
    }
    [Gunyah.Interop.CName("gunyah_map_flags")]
    public enum GunyahMapFlags : uint
    {
        [Gunyah.Interop.CName("GUNYAH_MEM_DEFAULT_ACCESS")]
        DefaultAccess = 0u,
        [Gunyah.Interop.CName("GUNYAH_MEM_FORCE_LEND")]
        ForceLend = 1u,
        [Gunyah.Interop.CName("GUNYAH_MEM_FORCE_SHARE")]
        ForceShare = 2u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_READ")]
        AllowRead = 16u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_WRITE")]
        AllowWrite = 32u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_EXEC")]
        AllowExec = 64u,
        [Gunyah.Interop.CName("GUNYAH_MEM_ALLOW_RWX")]
        AllowRwx = 112u,
        [Gunyah.Interop.CName("GUNYAH_MEM_UNMAP")]
        Unmap = 256u,
    }
    [Gunyah.Interop.CName("gunyah_map_mem_args")]
    public struct GunyahMapMemArgs
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("guest_addr")]
        public ulong GuestAddr;
        [Gunyah.Interop.CName("guest_mem_fd")]
        public uint GuestMemFd;
        [Gunyah.Interop.CName("offset")]
        public ulong Offset;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_mem_flags")]
    public enum GunyahMemFlags : uint
    {
        [Gunyah.Interop.CName("GHMF_CLOEXEC")]
        Cloexec = 1u,
        [Gunyah.Interop.CName("GHMF_ALLOW_HUGEPAGE")]
        AllowHugepage = 2u,
    }
    [Gunyah.Interop.CName("gunyah_vcpu_exit")]
    public enum GunyahVcpuExit : uint
    {
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_UNKNOWN")]
        Unknown = 0u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_MMIO")]
        Mmio = 1u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_STATUS")]
        Status = 2u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_EXIT_PAGE_FAULT")]
        PageFault = 3u,
    }
    [Gunyah.Interop.CName("gunyah_vcpu_resume_action")]
    public enum GunyahVcpuResumeAction : uint
    {
        [Gunyah.Interop.CName("GUNYAH_VCPU_RESUME_HANDLED")]
        Handled = 0u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_RESUME_FAULT")]
        Fault = 1u,
        [Gunyah.Interop.CName("GUNYAH_VCPU_RESUME_RETRY")]
        Retry = 2u,
    }
    [Gunyah.Interop.CName("gunyah_vcpu_run")]
    public struct GunyahVcpuRun
    {
        [Gunyah.Interop.CName("exit_reason")]
        public uint ExitReason;
        [Gunyah.Interop.CName("immediate_exit")]
        public byte ImmediateExit;
        [Gunyah.Interop.CName("mmio")]
        public Gunyah.Sdk.Uapi.V17.GunyahVcpuRun.MmioStruct Mmio;
        [Gunyah.Interop.CName("padding")]
        public Gunyah.Sdk.Uapi.V17.InlineArray7<byte> Padding;
        [Gunyah.Interop.CName("page_fault")]
        public Gunyah.Sdk.Uapi.V17.GunyahVcpuRun.PageFaultStruct PageFault;
        [Gunyah.Interop.CName("status")]
        public Gunyah.Sdk.Uapi.V17.GunyahVcpuRun.StatusStruct Status;
        public override string ToString() { }
        [Gunyah.Interop.CName("gunyah_vcpu_run.mmio")]
        public struct MmioStruct
        {
            [Gunyah.Interop.CName("data")]
            public Gunyah.Sdk.Uapi.V17.InlineArray8<byte> Data;
            [Gunyah.Interop.CName("is_write")]
            public byte IsWrite;
            [Gunyah.Interop.CName("len")]
            public uint Len;
            [Gunyah.Interop.CName("phys_addr")]
            public ulong PhysAddr;
            [Gunyah.Interop.CName("resume_action")]
            public byte ResumeAction;
            public override string ToString() { }
        }
        [Gunyah.Interop.CName("gunyah_vcpu_run.page_fault")]
        public struct PageFaultStruct
        {
            [Gunyah.Interop.CName("attempt")]
            public int Attempt;
            [Gunyah.Interop.CName("phys_addr")]
            public ulong PhysAddr;
            [Gunyah.Interop.CName("resume_action")]
            public byte ResumeAction;
            public override string ToString() { }
        }
        [Gunyah.Interop.CName("gunyah_vcpu_run.status")]
        public struct StatusStruct
        {
            [Gunyah.Interop.CName("exit_info")]
            public Gunyah.Sdk.Uapi.V17.GunyahVmExitInfo ExitInfo;
            [Gunyah.Interop.CName("status")]
            public Gunyah.Sdk.Uapi.V17.GunyahVmStatus Status;
            public override string ToString() { }
        }
    }
    [Gunyah.Interop.CName("gunyah_vm_boot_context")]
    public struct GunyahVmBootContext
    {
        [Gunyah.Interop.CName("reg")]
        public uint Reg;
        [Gunyah.Interop.CName("reserved")]
        public uint Reserved;
        [Gunyah.Interop.CName("value")]
        public ulong Value;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_boot_context_reg")]
    public enum GunyahVmBootContextReg : uint
    {
        [Gunyah.Interop.CName("REG_SET_X")]
        X = 0u,
        [Gunyah.Interop.CName("REG_SET_PC")]
        Pc = 1u,
        [Gunyah.Interop.CName("REG_SET_SP")]
        Sp = 2u,
    }
    [Gunyah.Interop.CName("gunyah_vm_dtb_config")]
    public struct GunyahVmDtbConfig
    {
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_exit_info")]
    public struct GunyahVmExitInfo
    {
        [Gunyah.Interop.CName("padding")]
        public ushort Padding;
        [Gunyah.Interop.CName("reason")]
        public Gunyah.Sdk.Uapi.V17.InlineArray8<byte> Reason;
        [Gunyah.Interop.CName("reason_size")]
        public uint ReasonSize;
        [Gunyah.Interop.CName("type")]
        public ushort Type;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gunyah_vm_status")]
    public enum GunyahVmStatus : uint
    {
        [Gunyah.Interop.CName("GUNYAH_VM_STATUS_LOAD_FAILED")]
        LoadFailed = 1u,
        [Gunyah.Interop.CName("GUNYAH_VM_STATUS_EXITED")]
        Exited = 2u,
        [Gunyah.Interop.CName("GUNYAH_VM_STATUS_CRASHED")]
        Crashed = 3u,
    }
    [System.Runtime.CompilerServices.InlineArray(6)]
    public struct InlineArray6<T>
        where T :  unmanaged { }
    [System.Runtime.CompilerServices.InlineArray(7)]
    public struct InlineArray7<T>
        where T :  unmanaged { }
    [System.Runtime.CompilerServices.InlineArray(8)]
    public struct InlineArray8<T>
        where T :  unmanaged { }
    public static class IoctlTable
    {
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> All { get; }
        public static Gunyah.Interop.IoctlDescriptor? FindByName(string name) { }
        public static bool TryFind(uint request, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.IoctlDescriptor descriptor) { }
    }
    public static class Ioctls
    {
        [Gunyah.Interop.CName("GUNYAH_CREATE_GUEST_MEM")]
        public const uint GUNYAH_CREATE_GUEST_MEM = 1077954312u;
        [Gunyah.Interop.CName("GUNYAH_CREATE_VM")]
        public const uint GUNYAH_CREATE_VM = 18176u;
        [Gunyah.Interop.CName("GUNYAH_VCPU_MMAP_SIZE")]
        public const uint GUNYAH_VCPU_MMAP_SIZE = 18182u;
        [Gunyah.Interop.CName("GUNYAH_VCPU_RUN")]
        public const uint GUNYAH_VCPU_RUN = 18181u;
        [Gunyah.Interop.CName("GUNYAH_VM_ADD_FUNCTION")]
        public const uint GUNYAH_VM_ADD_FUNCTION = 1074808580u;
        [Gunyah.Interop.CName("GUNYAH_VM_MAP_MEM")]
        public const uint GUNYAH_VM_MAP_MEM = 1075857161u;
        [Gunyah.Interop.CName("GUNYAH_VM_REMOVE_FUNCTION")]
        public const uint GUNYAH_VM_REMOVE_FUNCTION = 1074808583u;
        [Gunyah.Interop.CName("GUNYAH_VM_SET_BOOT_CONTEXT")]
        public const uint GUNYAH_VM_SET_BOOT_CONTEXT = 1074808586u;
        [Gunyah.Interop.CName("GUNYAH_VM_SET_DTB_CONFIG")]
        public const uint GUNYAH_VM_SET_DTB_CONFIG = 1074808578u;
        [Gunyah.Interop.CName("GUNYAH_VM_START")]
        public const uint GUNYAH_VM_START = 18179u;
    }
    public readonly struct VcpuIoctls
    {
        public VcpuIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GUNYAH_VCPU_MMAP_SIZE")]
        public int MmapSize(nint argument = 0) { }
        [Gunyah.Interop.CName("GUNYAH_VCPU_RUN")]
        public int Run(nint argument = 0) { }
    }
    public readonly struct VmIoctls
    {
        public VmIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GUNYAH_VM_ADD_FUNCTION")]
        public int AddFunction(in Gunyah.Sdk.Uapi.V17.GunyahFnDesc argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_MAP_MEM")]
        public int MapMem(in Gunyah.Sdk.Uapi.V17.GunyahMapMemArgs argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_REMOVE_FUNCTION")]
        public int RemoveFunction(in Gunyah.Sdk.Uapi.V17.GunyahFnDesc argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_SET_BOOT_CONTEXT")]
        public int SetBootContext(in Gunyah.Sdk.Uapi.V17.GunyahVmBootContext argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_SET_DTB_CONFIG")]
        public int SetDtbConfig(in Gunyah.Sdk.Uapi.V17.GunyahVmDtbConfig argument) { }
        [Gunyah.Interop.CName("GUNYAH_VM_START")]
        public int Start(nint argument = 0) { }
    }
}
namespace Gunyah.Sdk.Uapi.V6.Arm64
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GH_REG_GENERAL")]
        public const int GH_REG_GENERAL = 65536;
        [Gunyah.Interop.CName("GH_REG_PC")]
        public const int GH_REG_PC = 131072;
        [Gunyah.Interop.CName("GH_REG_SPECIAL")]
        public const int GH_REG_SPECIAL = 131072;
        [Gunyah.Interop.CName("GH_REG_SP_EL1")]
        public const int GH_REG_SP_EL1 = 131073;
        [Gunyah.Interop.CName("GH_REG_X_MASK")]
        public const int GH_REG_X_MASK = 31;
    }
}
namespace Gunyah.Sdk.Uapi.V6
{
    public static class Constants
    {
        [Gunyah.Interop.CName("GH_IOCTL_TYPE")]
        public const int GH_IOCTL_TYPE = 71;
        [Gunyah.Interop.CName("GH_MEM_ALLOW_EXEC")]
        public const uint GH_MEM_ALLOW_EXEC = 4u;
        [Gunyah.Interop.CName("GH_MEM_ALLOW_READ")]
        public const uint GH_MEM_ALLOW_READ = 1u;
        [Gunyah.Interop.CName("GH_MEM_ALLOW_WRITE")]
        public const uint GH_MEM_ALLOW_WRITE = 2u;
        [Gunyah.Interop.CName("GH_MEM_LENT")]
        public const uint GH_MEM_LENT = 8u;
    }
    public readonly struct DeviceIoctls
    {
        public DeviceIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_CREATE_VM")]
        public int CreateVm(nint argument = 0) { }
    }
    [Gunyah.Interop.CName("gh_userspace_memory_region")]
    public struct GhUserspaceMemoryRegion
    {
        [Gunyah.Interop.CName("flags")]
        public uint Flags;
        [Gunyah.Interop.CName("guest_phys_addr")]
        public ulong GuestPhysAddr;
        [Gunyah.Interop.CName("label")]
        public uint Label;
        [Gunyah.Interop.CName("memory_size")]
        public ulong MemorySize;
        [Gunyah.Interop.CName("userspace_addr")]
        public ulong UserspaceAddr;
        public override string ToString() { }
    }
    [Gunyah.Interop.CName("gh_vm_dtb_config")]
    public struct GhVmDtbConfig
    {
        [Gunyah.Interop.CName("gpa")]
        public ulong Gpa;
        [Gunyah.Interop.CName("size")]
        public ulong Size;
        public override string ToString() { }
    }
    public static class IoctlTable
    {
        public static System.Collections.Generic.IReadOnlyList<Gunyah.Interop.IoctlDescriptor> All { get; }
        public static Gunyah.Interop.IoctlDescriptor? FindByName(string name) { }
        public static bool TryFind(uint request, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Gunyah.Interop.IoctlDescriptor descriptor) { }
    }
    public static class Ioctls
    {
        [Gunyah.Interop.CName("GH_CREATE_VM")]
        public const uint GH_CREATE_VM = 18240u;
        [Gunyah.Interop.CName("GH_VM_SET_DTB_CONFIG")]
        public const uint GH_VM_SET_DTB_CONFIG = 1074808642u;
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public const uint GH_VM_SET_USER_MEM_REGION = 1075857217u;
        [Gunyah.Interop.CName("GH_VM_START")]
        public const uint GH_VM_START = 18245u;
    }
    public readonly struct VmIoctls
    {
        public VmIoctls(Gunyah.Interop.IIoctlTarget target) { }
        [Gunyah.Interop.CName("GH_VM_SET_DTB_CONFIG")]
        public int SetDtbConfig(in Gunyah.Sdk.Uapi.V6.GhVmDtbConfig argument) { }
        [Gunyah.Interop.CName("GH_VM_SET_USER_MEM_REGION")]
        public int SetUserMemRegion(in Gunyah.Sdk.Uapi.V6.GhUserspaceMemoryRegion argument) { }
        [Gunyah.Interop.CName("GH_VM_START")]
        public int Start(nint argument = 0) { }
    }
}
namespace Gunyah.Sdk.Vmm
{
    public static class AbiProbe
    {
        public static bool TryDetect(Gunyah.Sdk.Kernel.Handles.GunyahDeviceHandle device, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Gunyah.Sdk.Uapi.AbiProfile? profile, out string reason) { }
    }
    public readonly struct BootRegister : System.IEquatable<Gunyah.Sdk.Vmm.BootRegister>
    {
        public uint Id { get; }
        public byte Index { get; }
        public Gunyah.Sdk.Vmm.BootRegisterSet Set { get; }
        public static Gunyah.Sdk.Vmm.BootRegister Pc { get; }
        public override string ToString() { }
        public static Gunyah.Sdk.Vmm.BootRegister Sp(int n = 0) { }
        public static Gunyah.Sdk.Vmm.BootRegister X(int n) { }
    }
    public enum BootRegisterSet : byte
    {
        X = 0,
        Pc = 1,
        Sp = 2,
    }
    public sealed class EventFd : System.IDisposable
    {
        public int Fd { get; }
        public Gunyah.Sdk.Kernel.Handles.EventFdHandle Handle { get; }
        public void Dispose() { }
        public ulong Read() { }
        public void Signal(ulong value = 1) { }
        public bool TryRead(out ulong value) { }
        public static Gunyah.Sdk.Vmm.EventFd Create(Gunyah.Sdk.Kernel.IKernel kernel, uint initialValue = 0, Gunyah.Sdk.Kernel.EventFdFlags flags = 524288) { }
    }
    public sealed class GuestMemory : System.IDisposable
    {
        public Gunyah.Sdk.Kernel.Handles.MemFdHandle File { get; }
        public ulong GuestAddress { get; }
        public System.IntPtr HostAddress { get; }
        public ulong Size { get; }
        public bool Contains(ulong guestAddress, ulong length) { }
        public void Dispose() { }
        public T& GetRef<T>(ulong guestAddress)
            where T :  unmanaged { }
        public System.Span<byte> GetSpan(ulong guestAddress, int length) { }
        public void Read(ulong guestAddress, System.Span<byte> destination) { }
        public T Read<T>(ulong guestAddress)
            where T :  unmanaged { }
        public Gunyah.Sdk.Vmm.UserMemoryRegion ToRegion(uint label, Gunyah.Sdk.Vmm.MemoryAccess access = 7, Gunyah.Sdk.Vmm.MemorySharing sharing = 0) { }
        public void Write(ulong guestAddress, System.ReadOnlySpan<byte> data) { }
        public void Write<T>(ulong guestAddress, T value)
            where T :  unmanaged { }
        public static Gunyah.Sdk.Vmm.GuestMemory Allocate(Gunyah.Sdk.Kernel.IKernel kernel, ulong guestAddress, ulong size, string name = "gunyah-guest-ram") { }
    }
    public readonly struct GuestMemoryBinding : System.IEquatable<Gunyah.Sdk.Vmm.GuestMemoryBinding>
    {
        public GuestMemoryBinding(ulong GuestAddress, ulong Offset, ulong Size, Gunyah.Sdk.Vmm.MemoryAccess Access, Gunyah.Sdk.Vmm.GuestMemoryMapMode Mode = 0) { }
        public Gunyah.Sdk.Vmm.MemoryAccess Access { get; init; }
        public ulong GuestAddress { get; init; }
        public Gunyah.Sdk.Vmm.GuestMemoryMapMode Mode { get; init; }
        public ulong Offset { get; init; }
        public ulong Size { get; init; }
    }
    public sealed class GuestMemoryFile : System.IDisposable
    {
        public Gunyah.Sdk.Kernel.Handles.GuestMemoryHandle Handle { get; }
        public ulong Size { get; }
        public void Allocate(ulong offset, ulong length) { }
        public void Dispose() { }
        public void Fallocate(Gunyah.Sdk.Kernel.FallocateMode mode, ulong offset, ulong length) { }
        public Gunyah.Sdk.Kernel.Handles.KernelMapping Map(ulong offset, ulong length) { }
        public void PunchHole(ulong offset, ulong length) { }
        public void ZeroRange(ulong offset, ulong length) { }
    }
    [System.Flags]
    public enum GuestMemoryFileOptions
    {
        None = 0,
        CloseOnExec = 1,
        AllowHugePages = 2,
    }
    public enum GuestMemoryMapMode
    {
        Default = 0,
        Lend = 1,
        Share = 2,
    }
    public sealed class GunyahDevice : System.IDisposable
    {
        public const string DefaultPath = "/dev/gunyah";
        public Gunyah.Sdk.Vmm.VmCapabilities Capabilities { get; }
        public Gunyah.Sdk.Kernel.Handles.GunyahDeviceHandle Handle { get; }
        public Gunyah.Sdk.Kernel.IKernel Kernel { get; }
        public Gunyah.Sdk.Uapi.AbiProfile Profile { get; }
        public Gunyah.Sdk.Vmm.GuestMemory AllocateGuestMemory(ulong guestAddress, ulong size) { }
        public Gunyah.Sdk.Vmm.EventFd CreateEventFd(uint initialValue = 0, Gunyah.Sdk.Kernel.EventFdFlags flags = 524288) { }
        public Gunyah.Sdk.Vmm.GuestMemoryFile CreateGuestMemory(ulong size, Gunyah.Sdk.Vmm.GuestMemoryFileOptions options = 1) { }
        public Gunyah.Sdk.Vmm.GunyahVm CreateVm() { }
        public void Dispose() { }
        public static Gunyah.Sdk.Vmm.GunyahDevice Open(string path = "/dev/gunyah", Gunyah.Sdk.Uapi.AbiProfile? profile = null) { }
        public static Gunyah.Sdk.Vmm.GunyahDevice Open(Gunyah.Sdk.Kernel.IKernel kernel, string path = "/dev/gunyah", Gunyah.Sdk.Uapi.AbiProfile? profile = null) { }
        public static bool TryOpen(Gunyah.Sdk.Kernel.IKernel kernel, string path, Gunyah.Sdk.Uapi.AbiProfile? profile, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Gunyah.Sdk.Vmm.GunyahDevice? device, out int errno, out string reason) { }
    }
    public class GunyahException : System.Exception
    {
        public GunyahException(int errno, string operation, string? fdKind, Gunyah.Sdk.Uapi.AbiProfile? profile) { }
        public int Errno { get; }
        public string ErrnoName { get; }
        public string? FdKind { get; }
        public string Operation { get; }
        public Gunyah.Sdk.Uapi.AbiProfile? Profile { get; }
    }
    public sealed class GunyahNotSupportedException : System.NotSupportedException
    {
        public GunyahNotSupportedException(Gunyah.Sdk.Uapi.AbiProfile profile, Gunyah.Sdk.Vmm.VmCapabilities capability, string feature) { }
        public Gunyah.Sdk.Vmm.VmCapabilities Capability { get; }
        public Gunyah.Sdk.Uapi.AbiProfile Profile { get; }
    }
    public sealed class GunyahVcpu : System.IDisposable
    {
        public Gunyah.Sdk.Kernel.Handles.VcpuHandle Handle { get; }
        public uint Id { get; }
        public int RunPageSize { get; }
        public Gunyah.Sdk.Vmm.GunyahVm Vm { get; }
        public void Dispose() { }
        public void Kick() { }
        public void RemoveFunction() { }
        public Gunyah.Sdk.Vmm.VcpuExit Run() { }
    }
    public sealed class GunyahVm : System.IDisposable
    {
        public Gunyah.Sdk.Vmm.VmCapabilities Capabilities { get; }
        public Gunyah.Sdk.Kernel.Handles.VmHandle Handle { get; }
        public Gunyah.Sdk.Kernel.IKernel Kernel { get; }
        public Gunyah.Sdk.Uapi.AbiProfile Profile { get; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.Vmm.GunyahVcpu> Vcpus { get; }
        public TBinding AddFunction<TBinding>(Gunyah.Sdk.Vmm.VmFunction<TBinding> function)
            where TBinding :  class { }
        public void AddUserMemory(uint label, Gunyah.Sdk.Vmm.GuestMemory memory, Gunyah.Sdk.Vmm.MemoryAccess access = 7, Gunyah.Sdk.Vmm.MemorySharing sharing = 0) { }
        public Gunyah.Sdk.Vmm.GunyahVcpu AddVcpu(uint id) { }
        public void DeleteUserMemoryRegion(uint label) { }
        public void Dispose() { }
        public void MapMemory(Gunyah.Sdk.Kernel.Handles.KernelFileHandle file, in Gunyah.Sdk.Vmm.GuestMemoryBinding binding) { }
        public void MapMemory(Gunyah.Sdk.Vmm.GuestMemoryFile file, in Gunyah.Sdk.Vmm.GuestMemoryBinding binding) { }
        public void SetBootRegister(Gunyah.Sdk.Vmm.BootRegister register, ulong value) { }
        public void SetDeviceTree(ulong guestAddress, ulong size) { }
        public void SetFirmwareConfig(ulong guestAddress, ulong size) { }
        public void SetUserMemoryRegion(in Gunyah.Sdk.Vmm.UserMemoryRegion region) { }
        public void Start() { }
        public void UnmapMemory(Gunyah.Sdk.Kernel.Handles.KernelFileHandle file, in Gunyah.Sdk.Vmm.GuestMemoryBinding binding) { }
        public void UnmapMemory(Gunyah.Sdk.Vmm.GuestMemoryFile file, in Gunyah.Sdk.Vmm.GuestMemoryBinding binding) { }
    }
    public sealed class IoeventfdBinding : Gunyah.Sdk.Vmm.VmFunctionBinding
    {
        public Gunyah.Sdk.Vmm.IoeventfdFunction Function { get; }
    }
    public sealed class IoeventfdFunction : Gunyah.Sdk.Vmm.VmFunction<Gunyah.Sdk.Vmm.IoeventfdBinding>, System.IEquatable<Gunyah.Sdk.Vmm.IoeventfdFunction>
    {
        public IoeventfdFunction(Gunyah.Sdk.Vmm.EventFd EventFd, ulong Address, uint Length, ulong? DataMatch = default) { }
        public ulong Address { get; init; }
        public ulong? DataMatch { get; init; }
        public Gunyah.Sdk.Vmm.EventFd EventFd { get; init; }
        public uint Length { get; init; }
    }
    public sealed class IrqfdBinding : Gunyah.Sdk.Vmm.VmFunctionBinding
    {
        public Gunyah.Sdk.Vmm.IrqfdFunction Function { get; }
    }
    public sealed class IrqfdFunction : Gunyah.Sdk.Vmm.VmFunction<Gunyah.Sdk.Vmm.IrqfdBinding>, System.IEquatable<Gunyah.Sdk.Vmm.IrqfdFunction>
    {
        public IrqfdFunction(Gunyah.Sdk.Vmm.EventFd EventFd, uint Label, bool Level = false) { }
        public Gunyah.Sdk.Vmm.EventFd EventFd { get; init; }
        public uint Label { get; init; }
        public bool Level { get; init; }
    }
    [System.Flags]
    public enum MemoryAccess
    {
        None = 0,
        Read = 1,
        Write = 2,
        Execute = 4,
        ReadWrite = 3,
        ReadWriteExecute = 7,
    }
    public enum MemorySharing
    {
        Share = 0,
        Lend = 1,
    }
    public readonly ref struct MmioExit
    {
        public ulong Address { get; }
        public System.Span<byte> Data { get; }
        public bool IsWrite { get; }
        public int Length { get; }
        public Gunyah.Sdk.Vmm.VcpuResumeAction ResumeAction { get; set; }
        public ulong Value { get; }
        public void SetReadValue(ulong value) { }
    }
    public readonly ref struct PageFaultExit
    {
        public ulong Address { get; }
        public int Attempt { get; }
        public Gunyah.Sdk.Vmm.VcpuResumeAction ResumeAction { get; set; }
    }
    public sealed class RawFunctionBinding : Gunyah.Sdk.Vmm.VmFunctionBinding
    {
        public Gunyah.Sdk.Vmm.RawVmFunction Function { get; }
        public int Result { get; }
    }
    public sealed class RawVmFunction : Gunyah.Sdk.Vmm.VmFunction<Gunyah.Sdk.Vmm.RawFunctionBinding>, System.IEquatable<Gunyah.Sdk.Vmm.RawVmFunction>
    {
        public RawVmFunction(uint Type, System.ReadOnlyMemory<byte> Argument) { }
        public System.ReadOnlyMemory<byte> Argument { get; init; }
        public uint Type { get; init; }
    }
    public readonly ref struct StatusExit
    {
        public ushort ExitType { get; }
        public System.ReadOnlySpan<byte> Reason { get; }
        public uint ReasonSize { get; }
        public Gunyah.Sdk.Vmm.VmStatus Status { get; }
    }
    public readonly struct UserMemoryRegion : System.IEquatable<Gunyah.Sdk.Vmm.UserMemoryRegion>
    {
        public UserMemoryRegion(uint Label, ulong GuestAddress, ulong Size, nint HostAddress, Gunyah.Sdk.Vmm.MemoryAccess Access, Gunyah.Sdk.Vmm.MemorySharing Sharing = 0) { }
        public Gunyah.Sdk.Vmm.MemoryAccess Access { get; init; }
        public ulong GuestAddress { get; init; }
        public System.IntPtr HostAddress { get; init; }
        public uint Label { get; init; }
        public Gunyah.Sdk.Vmm.MemorySharing Sharing { get; init; }
        public ulong Size { get; init; }
    }
    public readonly ref struct VcpuExit
    {
        public Gunyah.Sdk.Vmm.MmioExit Mmio { get; }
        public Gunyah.Sdk.Vmm.PageFaultExit PageFault { get; }
        public Gunyah.Sdk.Vmm.VcpuExitReason Reason { get; }
        public Gunyah.Sdk.Vmm.StatusExit Status { get; }
    }
    public delegate bool VcpuExitHandler(Gunyah.Sdk.Vmm.GunyahVcpu vcpu, in Gunyah.Sdk.Vmm.VcpuExit exit);
    public enum VcpuExitReason
    {
        Unknown = 0,
        Mmio = 1,
        Status = 2,
        PageFault = 3,
        Interrupted = -1,
    }
    public sealed class VcpuFunction : Gunyah.Sdk.Vmm.VmFunction<Gunyah.Sdk.Vmm.GunyahVcpu>, System.IEquatable<Gunyah.Sdk.Vmm.VcpuFunction>
    {
        public VcpuFunction(uint Id) { }
        public uint Id { get; init; }
    }
    public enum VcpuResumeAction : byte
    {
        Handled = 0,
        Fault = 1,
        Retry = 2,
    }
    public sealed class VcpuRunner : System.IDisposable
    {
        public System.Threading.Tasks.Task Completion { get; }
        public void Dispose() { }
        public void Stop() { }
        public static Gunyah.Sdk.Vmm.VcpuRunner Start(Gunyah.Sdk.Vmm.GunyahVcpu vcpu, Gunyah.Sdk.Vmm.VcpuExitHandler handler, string? threadName = null) { }
    }
    [System.Flags]
    public enum VmCapabilities
    {
        None = 0,
        UserMemoryRegions = 1,
        UserMemoryLend = 2,
        UserMemoryRegionDelete = 4,
        GuestMemoryFiles = 8,
        MapMemory = 16,
        BootContext = 32,
        FirmwareConfig = 64,
        Functions = 128,
        StatusExit = 256,
        PageFaultExit = 512,
        ResumeActions = 1024,
    }
    public abstract class VmFunctionBinding
    {
        public bool IsRemoved { get; }
        public Gunyah.Sdk.Vmm.GunyahVm Vm { get; }
        public void Remove() { }
        public bool TryRemove(out int errno) { }
    }
    public abstract class VmFunction<TBinding> : System.IEquatable<Gunyah.Sdk.Vmm.VmFunction<TBinding>>
        where TBinding :  class { }
    public enum VmStatus
    {
        LoadFailed = 1,
        Exited = 2,
        Crashed = 3,
    }
}