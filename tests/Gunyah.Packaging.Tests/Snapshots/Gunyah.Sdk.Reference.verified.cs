namespace Gunyah.Sdk.Reference.Engine
{
    public sealed class A64Interpreter
    {
        public const ulong CounterFrequency = 19200000ul;
        public const ulong GunyahApiInfo = 5188146770730844161ul;
        public const uint GunyahSmcccBase = 3321921536u;
        public const ulong IsaFeatures0 = 2097152ul;
        public const uint PsciVersion = 65537u;
        public A64Interpreter(int cpuIndex = 0) { }
        public Gunyah.Sdk.Reference.Engine.IPsciCpuControl? CpuControl { get; set; }
        public int CpuIndex { get; }
        public uint Daif { get; set; }
        public int El { get; }
        public ulong ElrEl1 { get; set; }
        public ulong EsrEl1 { get; set; }
        public ulong Far { get; set; }
        public Gunyah.Sdk.Reference.Hypervisor.IHypercalls? GuestHypercalls { get; set; }
        public bool HasPendingMmio { get; }
        public long Instructions { get; }
        public Gunyah.Sdk.Reference.Engine.IInterruptController? InterruptController { get; set; }
        public long InterruptsTaken { get; }
        public uint LastUndefined { get; }
        public ulong Mpidr { get; }
        public uint Nzcv { get; set; }
        public ulong Pc { get; set; }
        [System.Runtime.CompilerServices.TupleElementNames(new string?[]?[] {
                "Register",
                "Size",
                "Signed",
                "To64"})]
        public System.ValueTuple<int, int, bool, bool> PendingMmioDestination { get; }
        public ulong SctlrEl1 { get; set; }
        public ulong Sp { get; set; }
        public ulong SpEl0 { get; set; }
        public ulong SpEl1 { get; set; }
        public int SpSel { get; }
        public ulong SpsrEl1 { get; set; }
        public long UndefinedInstructions { get; }
        public ulong VbarEl1 { get; set; }
        public void CompleteMmio(Gunyah.Sdk.Reference.Engine.MmioCompletion completion, ulong readValue) { }
        public ulong GetX(int n) { }
        public void Reset(ulong pc, ulong x0) { }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuStop Run(Gunyah.Sdk.Reference.Engine.IGuestBus guestBus, long budget) { }
        public void SetX(int n, ulong value) { }
    }
    public sealed class A64VcpuEngine : Gunyah.Sdk.Reference.Engine.IInterruptController, Gunyah.Sdk.Reference.Engine.IPsciCpuControl, Gunyah.Sdk.Reference.Hypervisor.IVcpuEngine
    {
        public A64VcpuEngine(int cpuIndex = 0) { }
        public Gunyah.Sdk.Reference.Engine.A64Interpreter Cpu { get; }
        [System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "Error",
                "Address"})]
        public System.ValueTuple<Gunyah.Sdk.Reference.Hypervisor.HypError, ulong> LastRefusal { get; }
        public long Timeslice { get; init; }
        public void LoadBootRegisters(Gunyah.Sdk.Reference.Hypervisor.VcpuBootRegisters registers) { }
        public void PowerOn(ulong entryIpa, ulong contextArgument) { }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuStop Run(in Gunyah.Sdk.Reference.Hypervisor.VcpuResume resume, Gunyah.Sdk.Reference.Hypervisor.VcpuExecutionContext context) { }
    }
    public enum GicCpuRegister
    {
        PriorityMask = 0,
        Acknowledge = 1,
        EndOfInterrupt = 2,
        HighestPending = 3,
        BinaryPoint = 4,
        Control = 5,
        SystemRegisterEnable = 6,
        GroupEnable = 7,
        Deactivate = 8,
        RunningPriority = 9,
        GenerateSgi = 10,
        ActivePriorities = 11,
    }
    public interface IGuestBus
    {
        bool TryFetch(ulong address, out uint instruction);
        bool TryRead(ulong address, System.Span<byte> destination);
        bool TryUpdate<TUpdate>(ulong address, int length, ref TUpdate update)
            where TUpdate :  struct, Gunyah.Sdk.Reference.Engine.IGuestMemoryUpdate;
        bool TryWrite(ulong address, System.ReadOnlySpan<byte> source);
    }
    public interface IGuestMemoryUpdate
    {
        bool Update(System.Span<byte> memory);
    }
    public interface IInterruptController
    {
        bool HasSignalled(int cpu);
        bool TryReadCpuRegister(int cpu, Gunyah.Sdk.Reference.Engine.GicCpuRegister register, out ulong value);
        bool TryWriteCpuRegister(int cpu, Gunyah.Sdk.Reference.Engine.GicCpuRegister register, ulong value);
    }
    public interface IPsciCpuControl
    {
        long AffinityInfo(ulong targetMpidr, ulong lowestLevel);
        long CpuOn(ulong targetMpidr, ulong entry, ulong contextId);
    }
    public enum MmioCompletion
    {
        Emulate = 0,
        Retry = 1,
        Fault = 2,
    }
}
namespace Gunyah.Sdk.Reference.HostKernel
{
    public delegate int IoctlFaultInjector(int fd, string kind, uint request);
    public sealed class ReferenceHostKernel : System.IAsyncDisposable, System.IDisposable
    {
        public ReferenceHostKernel(Gunyah.Sdk.Uapi.AbiProfile profile, Gunyah.Sdk.ResourceManager.Transport.RmQueuePair rmQueues, Gunyah.Sdk.Reference.Hypervisor.IHypercalls hypercalls, Gunyah.Sdk.Reference.HostKernel.ReferenceHostKernelOptions? options = null) { }
        public Gunyah.Sdk.Reference.HostKernel.VmFunctionRegistry Functions { get; }
        public Gunyah.Sdk.Reference.Hypervisor.IVirqSink Interrupts { get; }
        public Gunyah.Sdk.Reference.HostKernel.ReferenceKernel Kernel { get; }
        public Gunyah.Sdk.Uapi.AbiProfile Profile { get; }
        public void Dispose() { }
        public System.Threading.Tasks.ValueTask DisposeAsync() { }
    }
    public sealed class ReferenceHostKernelOptions : System.IEquatable<Gunyah.Sdk.Reference.HostKernel.ReferenceHostKernelOptions>
    {
        public ReferenceHostKernelOptions() { }
        public string DevicePath { get; init; }
        public Gunyah.Sdk.Kernel.IKernel? RealKernel { get; init; }
        public System.TimeSpan? RmCallTimeout { get; init; }
        public System.TimeSpan TeardownTimeout { get; init; }
    }
    public sealed class ReferenceKernel : Gunyah.Sdk.Kernel.IKernel
    {
        public const int FirstVirtualFd = 1073741824;
        public string DevicePath { get; }
        public Gunyah.Sdk.Reference.HostKernel.IoctlFaultInjector? FaultInjector { get; set; }
        public int OpenVirtualFds { get; }
        public Gunyah.Sdk.Kernel.IKernel Real { get; }
        public int Close(int fd) { }
        public int CloseFromFinalizer(int fd) { }
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
        public System.Threading.Tasks.Task WhenDeferredReleasesDone() { }
        public int Write(int fd, System.ReadOnlySpan<byte> buffer) { }
        public static bool IsVirtual(int fd) { }
    }
    public sealed class VmFunctionInstance
    {
        public System.ReadOnlyMemory<byte> Argument { get; }
        public ulong ArgumentValue { get; }
        public Gunyah.Sdk.Reference.HostKernel.VmFunctionType FunctionType { get; }
        public object? State { get; set; }
        public ushort Vmid { get; }
        public int AddResourceTicket(Gunyah.Sdk.ResourceManager.Protocol.GhRmResourceType type, uint label, System.Action<Gunyah.Sdk.ResourceManager.Protocol.GhRmHypResource> populate, System.Action unpopulate) { }
        public void RemoveResourceTickets() { }
    }
    public sealed class VmFunctionRegistry
    {
        public void Register(Gunyah.Sdk.Reference.HostKernel.VmFunctionType type) { }
        public bool TryGet(uint type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Gunyah.Sdk.Reference.HostKernel.VmFunctionType? functionType) { }
        public bool Unregister(uint type) { }
    }
    public abstract class VmFunctionType
    {
        protected VmFunctionType(uint type, string name) { }
        public string Name { get; }
        public uint Type { get; }
        public abstract int Bind(Gunyah.Sdk.Reference.HostKernel.VmFunctionInstance instance);
        public abstract bool Compare(Gunyah.Sdk.Reference.HostKernel.VmFunctionInstance instance, System.ReadOnlySpan<byte> argument, ulong argumentValue);
        public abstract void Unbind(Gunyah.Sdk.Reference.HostKernel.VmFunctionInstance instance);
    }
}
namespace Gunyah.Sdk.Reference.Hypervisor
{
    public sealed class AddressSpace
    {
        public int MappingCount { get; }
        public Gunyah.Sdk.Reference.Hypervisor.GuestMemoryAccessor Memory { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm Vm { get; }
        public bool TryTranslate(ulong ipa, out ulong physicalAddress, out Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access) { }
    }
    public static class CapabilityRights
    {
        public const uint All = 4294967295u;
        public const uint DoorbellBind = 4u;
        public const uint DoorbellReceive = 2u;
        public const uint DoorbellSend = 1u;
        public const uint MessageQueueBindReceive = 8u;
        public const uint MessageQueueBindSend = 4u;
        public const uint MessageQueueReceive = 2u;
        public const uint MessageQueueSend = 1u;
        public const uint ObjectActivate = 2147483648u;
        public const uint VcpuBindVirq = 32u;
        public const uint VcpuPower = 1u;
    }
    public sealed class Doorbell : Gunyah.Sdk.Reference.Hypervisor.HypObject
    {
        public ulong Flags { get; }
    }
    public sealed class FetchQuiescence
    {
        public FetchQuiescence() { }
        public bool IsActive { get; }
        public void Deactivate() { }
    }
    public sealed class GuestMemoryAccessor
    {
        public long Violations { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Fetch(ulong ipa, System.Span<byte> destination) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError FetchCached(ulong ipa, System.Span<byte> destination, Gunyah.Sdk.Reference.Hypervisor.TranslationCache cache) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Read(ulong ipa, System.Span<byte> destination) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ReadCached(ulong ipa, System.Span<byte> destination, Gunyah.Sdk.Reference.Hypervisor.TranslationCache cache) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Update<TUpdate>(ulong ipa, int length, ref TUpdate update)
            where TUpdate :  struct, Gunyah.Sdk.Reference.Engine.IGuestMemoryUpdate { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Write(ulong ipa, System.ReadOnlySpan<byte> source) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError WriteCached(ulong ipa, System.ReadOnlySpan<byte> source, Gunyah.Sdk.Reference.Hypervisor.TranslationCache cache) { }
    }
    public enum HypError : long
    {
        Ok = 0,
        Unimplemented = -1,
        Retry = -2,
        ArgumentInvalid = 1,
        ArgumentSize = 2,
        ArgumentAlignment = 3,
        NoMemory = 10,
        NoResources = 11,
        AddressOverflow = 20,
        AddressUnderflow = 21,
        AddressInvalid = 22,
        Denied = 30,
        Busy = 31,
        Idle = 32,
        ObjectState = 33,
        ObjectConfig = 34,
        ObjectConfigured = 35,
        Failure = 36,
        VirqBound = 40,
        VirqNotBound = 41,
        CspaceCapNull = 50,
        CspaceCapRevoked = 51,
        CspaceWrongObjectType = 52,
        CspaceInsufficientRights = 53,
        CspaceFull = 54,
        MessageQueueEmpty = 60,
        MessageQueueFull = 61,
        MemdbNotOwner = 111,
        MemextentMappingsFull = 120,
        MemextentType = 121,
        ExistingMapping = 200,
    }
    public static class HypErrors
    {
        public static int ToErrno(Gunyah.Sdk.Reference.Hypervisor.HypError error, bool l24) { }
    }
    public abstract class HypObject
    {
        public Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor Hypervisor { get; }
        public bool IsAlive { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypObjectType Type { get; }
    }
    public enum HypObjectType
    {
        MessageQueue = 1,
        Doorbell = 2,
        Vcpu = 3,
    }
    public enum Hypercall : ushort
    {
        DoorbellSend = 24594,
        DoorbellReceive = 24595,
        DoorbellReset = 24596,
        DoorbellMask = 24597,
        MessageQueueSend = 24603,
        MessageQueueReceive = 24604,
        MessageQueueFlush = 24605,
        VcpuRun = 24677,
    }
    public delegate Gunyah.Sdk.Reference.Hypervisor.HypError HypercallFaultInjector(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm caller, Gunyah.Sdk.Reference.Hypervisor.Hypercall call, ulong capId);
    public readonly struct HypervisorCounters : System.IEquatable<Gunyah.Sdk.Reference.Hypervisor.HypervisorCounters>
    {
        public HypervisorCounters(int Vms, int Objects, int Capabilities, int VirqBindings, int Mappings, int Extents, int Pages, long AccessViolations) { }
        public long AccessViolations { get; init; }
        public int Capabilities { get; init; }
        public int Extents { get; init; }
        public int Mappings { get; init; }
        public int Objects { get; init; }
        public int Pages { get; init; }
        public int VirqBindings { get; init; }
        public int Vms { get; init; }
    }
    public sealed class HypervisorMessageQueue : Gunyah.Sdk.Reference.Hypervisor.IVirqSink, Gunyah.Sdk.ResourceManager.Transport.IRmMessageQueue
    {
        public HypervisorMessageQueue(Gunyah.Sdk.Reference.Hypervisor.IHypercalls hypercalls, ulong capId, uint virq, bool push = false, bool inlineWake = false) { }
        public ulong CapId { get; }
        public bool InlineWake { get; }
        public bool Push { get; }
        public uint Virq { get; }
        public void Assert(uint virq) { }
        public void Deassert(uint virq) { }
        [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<!0>))]
        public System.Threading.Tasks.ValueTask<int> ReceiveAsync(System.Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) { }
        [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
        public System.Threading.Tasks.ValueTask SendAsync(System.ReadOnlyMemory<byte> message, System.Threading.CancellationToken cancellationToken = default) { }
        public bool TryReceive(System.Span<byte> buffer, out int length) { }
        public bool TrySend(System.ReadOnlySpan<byte> message) { }
    }
    public sealed class HypervisorRmChannel : System.IEquatable<Gunyah.Sdk.Reference.Hypervisor.HypervisorRmChannel>
    {
        public HypervisorRmChannel(Gunyah.Sdk.ResourceManager.Transport.RmQueuePair Client, Gunyah.Sdk.ResourceManager.Transport.RmQueuePair Server, ulong ClientTxCapId, ulong ClientRxCapId, ulong ServerTxCapId, ulong ServerRxCapId, Gunyah.Sdk.Reference.Hypervisor.MessageQueue ToServer, Gunyah.Sdk.Reference.Hypervisor.MessageQueue ToClient) { }
        public Gunyah.Sdk.ResourceManager.Transport.RmQueuePair Client { get; init; }
        public ulong ClientRxCapId { get; init; }
        public ulong ClientTxCapId { get; init; }
        public Gunyah.Sdk.ResourceManager.Transport.RmQueuePair Server { get; init; }
        public ulong ServerRxCapId { get; init; }
        public ulong ServerTxCapId { get; init; }
        public Gunyah.Sdk.Reference.Hypervisor.MessageQueue ToClient { get; init; }
        public Gunyah.Sdk.Reference.Hypervisor.MessageQueue ToServer { get; init; }
    }
    public static class HypervisorRmLink
    {
        public const int DefaultDepth = 8;
        public static Gunyah.Sdk.Reference.Hypervisor.HypervisorRmChannel Create(Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor hypervisor, Gunyah.Sdk.Reference.Hypervisor.HypervisorVm client, uint clientTxVirq, uint clientRxVirq, Gunyah.Sdk.Reference.Hypervisor.HypervisorVm server, uint serverTxVirq, uint serverRxVirq, int depth = 8, bool inlineReceive = false) { }
    }
    public sealed class HypervisorVm
    {
        public Gunyah.Sdk.Reference.Hypervisor.AddressSpace AddressSpace { get; }
        public Gunyah.Sdk.Reference.Hypervisor.Gic.VirtualGic? Gic { get; }
        public bool HasPendingVirq { get; }
        public Gunyah.Sdk.Reference.Hypervisor.IHypercalls Hypercalls { get; }
        public Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor Hypervisor { get; }
        public bool IsAlive { get; }
        public int PendingStamp { get; }
        public ushort Vmid { get; }
        public void SetVirqHandler(uint virq, Gunyah.Sdk.Reference.Hypervisor.IVirqSink? handler) { }
        public void SetVirqSink(Gunyah.Sdk.Reference.Hypervisor.IVirqSink? virqSink) { }
        public override string ToString() { }
        public bool TryTakePendingVirq(out uint virq) { }
    }
    public interface IHypercalls
    {
        ushort Vmid { get; }
        Gunyah.Sdk.Reference.Hypervisor.HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask);
        Gunyah.Sdk.Reference.Hypervisor.HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags);
        Gunyah.Sdk.Reference.Hypervisor.HypError DoorbellReset(ulong capId);
        Gunyah.Sdk.Reference.Hypervisor.HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags);
        Gunyah.Sdk.Reference.Hypervisor.HypError MessageQueueFlush(ulong capId);
        Gunyah.Sdk.Reference.Hypervisor.HypError MessageQueueReceive(ulong capId, System.Span<byte> buffer, out int size, out bool notEmpty);
        Gunyah.Sdk.Reference.Hypervisor.HypError MessageQueueSend(ulong capId, System.ReadOnlySpan<byte> message, bool push, out bool notFull);
        Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2);
    }
    public interface IVcpuEngine
    {
        void LoadBootRegisters(Gunyah.Sdk.Reference.Hypervisor.VcpuBootRegisters registers);
        void PowerOn(ulong entryIpa, ulong contextArgument);
        Gunyah.Sdk.Reference.Hypervisor.VcpuStop Run(in Gunyah.Sdk.Reference.Hypervisor.VcpuResume resume, Gunyah.Sdk.Reference.Hypervisor.VcpuExecutionContext context);
    }
    public interface IVirqSink
    {
        void Assert(uint virq);
        void Deassert(uint virq);
    }
    [System.Flags]
    public enum MemoryAccess : byte
    {
        None = 0,
        X = 1,
        W = 2,
        R = 4,
        RX = 5,
        RW = 6,
        RWX = 7,
    }
    public sealed class MemoryExtent
    {
        public Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor Hypervisor { get; }
        public bool IsAlive { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm Owner { get; }
        public ulong PhysicalBase { get; }
        public ulong Size { get; }
        public Gunyah.Sdk.Reference.Hypervisor.MemoryExtentState State { get; }
    }
    public enum MemoryExtentState
    {
        Private = 0,
        Lent = 1,
        Shared = 2,
    }
    public readonly struct MemoryGrant : System.IEquatable<Gunyah.Sdk.Reference.Hypervisor.MemoryGrant>
    {
        public MemoryGrant(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm Vm, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess Access) { }
        public Gunyah.Sdk.Reference.Hypervisor.MemoryAccess Access { get; init; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm Vm { get; init; }
    }
    public sealed class MessageQueue : Gunyah.Sdk.Reference.Hypervisor.HypObject
    {
        public const int MaxDepth = 255;
        public const int MaxMessageSizeLimit = 1023;
        public int Count { get; }
        public int Depth { get; }
        public int MaxMessageSize { get; }
        public int NotEmptyThreshold { get; }
        public int NotFullThreshold { get; }
    }
    public sealed class ReferenceHypervisor
    {
        public const ushort HlosVmid = 3;
        public const ulong PageSize = 4096ul;
        public const ushort RmVmid = 255;
        public ReferenceHypervisor() { }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorCounters Counters { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypercallFaultInjector? FaultInjector { get; set; }
        public long InvariantViolations { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypError AddBorrower(Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent, Gunyah.Sdk.Reference.Hypervisor.MemoryGrant grant) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError AddPhysicalMemory(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm owner, ulong physicalAddress, ulong size) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError BindVirq(Gunyah.Sdk.Reference.Hypervisor.HypObject target, Gunyah.Sdk.Reference.Hypervisor.VirqSourceKind kind, Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, uint virq, Gunyah.Sdk.Reference.Hypervisor.VirqTrigger trigger = 0) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CheckAccess(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong ipa, ulong length, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access) { }
        public Gunyah.Sdk.Reference.Hypervisor.Doorbell CreateDoorbell() { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateMemoryExtent(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm owner, ulong physicalAddress, ulong size, out Gunyah.Sdk.Reference.Hypervisor.MemoryExtent? extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateMessageQueue(int depth, int maxMessageSize, out Gunyah.Sdk.Reference.Hypervisor.MessageQueue? queue) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateVcpu(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm owner, int affinityIndex, Gunyah.Sdk.Reference.Hypervisor.IVcpuEngine engine, out Gunyah.Sdk.Reference.Hypervisor.Vcpu? vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateVm(ushort vmid, out Gunyah.Sdk.Reference.Hypervisor.HypervisorVm? vm) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DeleteCapability(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong capId) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyMemoryExtent(Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyVm(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Donate(Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent, Gunyah.Sdk.Reference.Hypervisor.HypervisorVm from, Gunyah.Sdk.Reference.Hypervisor.HypervisorVm to) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm? GetVm(ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Grant(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, Gunyah.Sdk.Reference.Hypervisor.HypObject target, uint rights, out ulong capId) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Lend(Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent, System.ReadOnlySpan<Gunyah.Sdk.Reference.Hypervisor.MemoryGrant> borrowers) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Map(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong ipa, Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent, ulong offset, ulong size, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm? PageOwner(ulong physicalAddress) { }
        public void RaiseVirq(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, uint virq) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Reclaim(Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Release(Gunyah.Sdk.Reference.Hypervisor.HypObject target) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError RemovePhysicalMemory(ulong physicalAddress, ulong size) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Revoke(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong capId) { }
        public int RevokeAll(Gunyah.Sdk.Reference.Hypervisor.HypObject target) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Share(Gunyah.Sdk.Reference.Hypervisor.MemoryExtent extent, System.ReadOnlySpan<Gunyah.Sdk.Reference.Hypervisor.MemoryGrant> borrowers) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError UnbindVirq(Gunyah.Sdk.Reference.Hypervisor.HypObject target, Gunyah.Sdk.Reference.Hypervisor.VirqSourceKind kind) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Unmap(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong ipa, ulong size) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError UpdateAccess(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong ipa, ulong size, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError VcpuPowerOff(Gunyah.Sdk.Reference.Hypervisor.Vcpu vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError VcpuPowerOn(Gunyah.Sdk.Reference.Hypervisor.Vcpu vcpu, ulong entryIpa, ulong contextArgument) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError VcpuPowerOn(Gunyah.Sdk.Reference.Hypervisor.Vcpu vcpu, ulong entryIpa, ulong contextArgument, Gunyah.Sdk.Reference.Hypervisor.VcpuBootRegisters? bootRegisters) { }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult VcpuRunCheck(Gunyah.Sdk.Reference.Hypervisor.Vcpu vcpu) { }
        public System.Collections.Generic.IReadOnlyList<string> VerifyInvariants() { }
        public void WakeVcpus(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm) { }
    }
    public sealed class ScriptedVcpuEngine : Gunyah.Sdk.Reference.Hypervisor.IVcpuEngine
    {
        public ScriptedVcpuEngine() { }
        public ScriptedVcpuEngine(params Gunyah.Sdk.Reference.Hypervisor.VcpuStop[] stops) { }
        public ScriptedVcpuEngine(params System.Func<Gunyah.Sdk.Reference.Hypervisor.VcpuExecutionContext, Gunyah.Sdk.Reference.Hypervisor.VcpuStop>[] steps) { }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.Reference.Hypervisor.VcpuBootRegisters> BootRegisters { get; }
        [System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "Entry",
                "Context"})]
        public System.Collections.Generic.IReadOnlyList<System.ValueTuple<ulong, ulong>> PowerOns { get; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.Reference.Hypervisor.VcpuResume> Resumes { get; }
        public int StepsRun { get; }
        public void LoadBootRegisters(Gunyah.Sdk.Reference.Hypervisor.VcpuBootRegisters registers) { }
        public void PowerOn(ulong entryIpa, ulong contextArgument) { }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuStop Run(in Gunyah.Sdk.Reference.Hypervisor.VcpuResume resume, Gunyah.Sdk.Reference.Hypervisor.VcpuExecutionContext context) { }
    }
    public sealed class TranslationCache
    {
        public TranslationCache() { }
        public void Clear() { }
    }
    public sealed class Vcpu : Gunyah.Sdk.Reference.Hypervisor.HypObject
    {
        public int AffinityIndex { get; }
        public System.Exception? EngineFailure { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm Owner { get; }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuState State { get; }
    }
    public sealed class VcpuBootRegisters
    {
        public const int GeneralCount = 32;
        public const int StackPointerCount = 3;
        public VcpuBootRegisters() { }
        public ulong Pc { get; }
        public ulong Sp(int index) { }
        public ulong X(int index) { }
    }
    public sealed class VcpuExecutionContext
    {
        public bool HasPendingVirq { get; }
        public Gunyah.Sdk.Reference.Hypervisor.GuestMemoryAccessor Memory { get; }
        public Gunyah.Sdk.Reference.Hypervisor.Vcpu Vcpu { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm Vm { get; }
        public long PsciAffinityInfo(ulong targetMpidr, ulong lowestLevel) { }
        public long PsciCpuOn(ulong targetMpidr, ulong entry, ulong contextId) { }
        public bool TryTakePendingVirq(out uint virq) { }
    }
    public readonly struct VcpuResume : System.IEquatable<Gunyah.Sdk.Reference.Hypervisor.VcpuResume>
    {
        public VcpuResume(Gunyah.Sdk.Reference.Hypervisor.VcpuStopKind Pending, ulong ReadValue = 0, Gunyah.Sdk.Reference.Hypervisor.VmmioResumeAction Action = 0) { }
        public Gunyah.Sdk.Reference.Hypervisor.VmmioResumeAction Action { get; init; }
        public bool IsMmio { get; }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuStopKind Pending { get; init; }
        public ulong ReadValue { get; init; }
    }
    public readonly struct VcpuRunResult : System.IEquatable<Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult>
    {
        public VcpuRunResult(Gunyah.Sdk.Reference.Hypervisor.HypError Error, Gunyah.Sdk.Reference.Hypervisor.VcpuRunState State, ulong Data0 = 0, ulong Data1 = 0, ulong Data2 = 0) { }
        public ulong Data0 { get; init; }
        public ulong Data1 { get; init; }
        public ulong Data2 { get; init; }
        public Gunyah.Sdk.Reference.Hypervisor.HypError Error { get; init; }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuRunState State { get; init; }
    }
    public enum VcpuRunState : ulong
    {
        Ready = 0ul,
        ExpectsWakeup = 1ul,
        PoweredOff = 2ul,
        Blocked = 3ul,
        AddressSpaceVmmioRead = 4ul,
        AddressSpaceVmmioWrite = 5ul,
        Fault = 6ul,
        AddressSpacePageFault = 7ul,
        PsciSystemReset = 256ul,
    }
    public enum VcpuState
    {
        PoweredOff = 0,
        Ready = 1,
        Running = 2,
        ExpectsWakeup = 3,
        Blocked = 4,
        Halted = 5,
    }
    public readonly struct VcpuStop : System.IEquatable<Gunyah.Sdk.Reference.Hypervisor.VcpuStop>
    {
        public VcpuStop(Gunyah.Sdk.Reference.Hypervisor.VcpuStopKind Kind, ulong Address = 0, int Size = 0, ulong Value = 0) { }
        public ulong Address { get; init; }
        public Gunyah.Sdk.Reference.Hypervisor.VcpuStopKind Kind { get; init; }
        public int Size { get; init; }
        public ulong Value { get; init; }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop Blocked() { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop Fault() { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop MmioRead(ulong ipa, int size) { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop MmioWrite(ulong ipa, int size, ulong value) { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop PageFault(ulong ipa, bool write) { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop PowerOff(bool exited = false) { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop Suspend(ulong powerState) { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop SystemReset(ulong resetTypeWord, ulong cookie = 0) { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop WaitForInterrupt() { }
        public static Gunyah.Sdk.Reference.Hypervisor.VcpuStop Yield() { }
    }
    public enum VcpuStopKind
    {
        Yield = 0,
        WaitForInterrupt = 1,
        Suspend = 2,
        PowerOff = 3,
        Blocked = 4,
        MmioRead = 5,
        MmioWrite = 6,
        PageFault = 7,
        Fault = 8,
        SystemReset = 9,
    }
    public enum VirqSourceKind
    {
        MessageQueueSend = 0,
        MessageQueueReceive = 1,
        Doorbell = 2,
        VcpuWakeup = 3,
        VcpuHalt = 4,
    }
    public enum VirqTrigger
    {
        Edge = 0,
        Level = 1,
    }
    public enum VmmioResumeAction : ulong
    {
        Emulate = 0ul,
        Retry = 1ul,
        Fault = 2ul,
    }
}
namespace Gunyah.Sdk.Reference.Hypervisor.Gic
{
    public sealed class VirtualGic : Gunyah.Sdk.Reference.Engine.IInterruptController
    {
        public const ulong DistributorSize = 65536ul;
        public const int InterruptCount = 1020;
        public const ulong RedistributorStride = 131072ul;
        public const uint Spurious = 1023u;
        public VirtualGic(Gunyah.Sdk.Reference.Hypervisor.HypervisorVm vm, ulong distributorBase, ulong redistributorBase, int vcpus) { }
        public long Acknowledged { get; }
        public ulong DistributorBase { get; }
        public ulong RedistributorBase { get; }
        public bool Contains(ulong ipa) { }
        public bool HasSignalled(int cpu) { }
        public void SetPending(uint intid) { }
        public bool TryRead(ulong ipa, System.Span<byte> destination) { }
        public bool TryReadCpuRegister(int cpu, Gunyah.Sdk.Reference.Engine.GicCpuRegister register, out ulong value) { }
        public bool TryWrite(ulong ipa, System.ReadOnlySpan<byte> source) { }
        public bool TryWriteCpuRegister(int cpu, Gunyah.Sdk.Reference.Engine.GicCpuRegister register, ulong value) { }
    }
}
namespace Gunyah.Sdk.Reference.Platform
{
    public sealed class HypervisorRmPlatform : Gunyah.Sdk.Reference.ResourceManager.IRmPlatform
    {
        public HypervisorRmPlatform(Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor hypervisor, System.Func<ushort, uint, Gunyah.Sdk.Reference.Hypervisor.IVcpuEngine> engines) { }
        public Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor Hypervisor { get; }
        public int LiveHandles { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypError BindVirq(ulong obj, Gunyah.Sdk.Reference.ResourceManager.RmVirqSource source, ushort vmid, uint virq) { }
        [return: System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "Set",
                "Index"})]
        public System.Collections.Generic.IReadOnlyDictionary<System.ValueTuple<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmBootContextRegSet, byte>, ulong> BootContextOf(ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateDoorbell(ushort vmid, out ulong doorbell) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateMemExtent(ushort owner, System.ReadOnlySpan<Gunyah.Sdk.Reference.ResourceManager.RmMemRange> ranges, bool device, out ulong extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateVm(ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyExtent(ulong extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyObject(ulong obj) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyVm(ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DonateExtent(ulong extent, ushort toVmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError GiveExtent(ulong extent, Gunyah.Sdk.Reference.ResourceManager.RmMemTransfer transfer, System.ReadOnlySpan<Gunyah.Sdk.Reference.ResourceManager.RmMemGrant> borrowers) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError PowerOffVcpu(ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError PowerOnVcpu(ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ReadExtent(ulong extent, ulong offset, System.Span<byte> destination) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError SetBootContext(ulong vcpu, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmBootContextRegSet registerSet, byte index, ulong value) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError UnmapExtent(ulong extent, ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError VcpuRunCheck(ulong vcpu, out Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult result) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError WatchVcpuHalt(ulong vcpu, System.Action halted) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ZeroExtent(ulong extent) { }
    }
}
namespace Gunyah.Sdk.Reference
{
    public sealed class ReferenceHost : System.IAsyncDisposable
    {
        public Gunyah.Sdk.Reference.HostKernel.ReferenceHostKernel Driver { get; }
        public Gunyah.Sdk.Reference.HostKernel.ReferenceKernel Kernel { get; }
        public Gunyah.Sdk.Uapi.AbiProfile Profile { get; }
        public Gunyah.Sdk.Reference.ReferenceSystem System { get; }
        public System.Threading.Tasks.ValueTask DisposeAsync() { }
        public Gunyah.Sdk.Vmm.GunyahDevice OpenDevice() { }
        public static Gunyah.Sdk.Reference.ReferenceHost Start(Gunyah.Sdk.Uapi.AbiProfile profile, System.Func<ushort, uint, Gunyah.Sdk.Reference.Hypervisor.IVcpuEngine>? engines = null, Gunyah.Sdk.Reference.HostKernel.ReferenceHostKernelOptions? options = null, Microsoft.Extensions.Logging.ILogger? logger = null) { }
    }
    public sealed class ReferenceSystem : System.IAsyncDisposable
    {
        public const uint HostRmRxVirq = 901u;
        public const uint HostRmTxVirq = 900u;
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorRmChannel Channel { get; }
        public Gunyah.Sdk.ResourceManager.Transport.RmQueuePair HostRmQueues { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm HostVm { get; }
        public Gunyah.Sdk.Reference.Hypervisor.ReferenceHypervisor Hypervisor { get; }
        public Gunyah.Sdk.Reference.Platform.HypervisorRmPlatform Platform { get; }
        public Gunyah.Sdk.Reference.Hypervisor.HypervisorVm RmVm { get; }
        public Gunyah.Sdk.Reference.ResourceManager.ReferenceRmService Service { get; }
        public System.Threading.Tasks.ValueTask DisposeAsync() { }
        public static Gunyah.Sdk.Reference.ReferenceSystem Create(System.Func<ushort, uint, Gunyah.Sdk.Reference.Hypervisor.IVcpuEngine>? engines = null, Microsoft.Extensions.Logging.ILogger? logger = null) { }
    }
}
namespace Gunyah.Sdk.Reference.ResourceManager
{
    public interface IRmPlatform
    {
        Gunyah.Sdk.Reference.Hypervisor.HypError BindVirq(ulong obj, Gunyah.Sdk.Reference.ResourceManager.RmVirqSource source, ushort vmid, uint virq);
        Gunyah.Sdk.Reference.Hypervisor.HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus);
        Gunyah.Sdk.Reference.Hypervisor.HypError CreateDoorbell(ushort vmid, out ulong doorbell);
        Gunyah.Sdk.Reference.Hypervisor.HypError CreateMemExtent(ushort owner, System.ReadOnlySpan<Gunyah.Sdk.Reference.ResourceManager.RmMemRange> ranges, bool device, out ulong extent);
        Gunyah.Sdk.Reference.Hypervisor.HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue);
        Gunyah.Sdk.Reference.Hypervisor.HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu);
        Gunyah.Sdk.Reference.Hypervisor.HypError CreateVm(ushort vmid);
        Gunyah.Sdk.Reference.Hypervisor.HypError DestroyExtent(ulong extent);
        Gunyah.Sdk.Reference.Hypervisor.HypError DestroyObject(ulong obj);
        Gunyah.Sdk.Reference.Hypervisor.HypError DestroyVm(ushort vmid);
        Gunyah.Sdk.Reference.Hypervisor.HypError DonateExtent(ulong extent, ushort toVmid);
        Gunyah.Sdk.Reference.Hypervisor.HypError GiveExtent(ulong extent, Gunyah.Sdk.Reference.ResourceManager.RmMemTransfer transfer, System.ReadOnlySpan<Gunyah.Sdk.Reference.ResourceManager.RmMemGrant> borrowers);
        Gunyah.Sdk.Reference.Hypervisor.HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId);
        Gunyah.Sdk.Reference.Hypervisor.HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access);
        Gunyah.Sdk.Reference.Hypervisor.HypError PowerOffVcpu(ulong vcpu);
        Gunyah.Sdk.Reference.Hypervisor.HypError PowerOnVcpu(ulong vcpu);
        Gunyah.Sdk.Reference.Hypervisor.HypError ReadExtent(ulong extent, ulong offset, System.Span<byte> destination);
        Gunyah.Sdk.Reference.Hypervisor.HypError SetBootContext(ulong vcpu, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmBootContextRegSet registerSet, byte index, ulong value);
        Gunyah.Sdk.Reference.Hypervisor.HypError UnmapExtent(ulong extent, ushort vmid);
        Gunyah.Sdk.Reference.Hypervisor.HypError VcpuRunCheck(ulong vcpu, out Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult result);
        Gunyah.Sdk.Reference.Hypervisor.HypError WatchVcpuHalt(ulong vcpu, System.Action halted);
        Gunyah.Sdk.Reference.Hypervisor.HypError ZeroExtent(ulong extent);
    }
    public sealed class InMemoryRmPlatform : Gunyah.Sdk.Reference.ResourceManager.IRmPlatform
    {
        public const ushort HlosVmid = 3;
        public const ulong PageSize = 4096ul;
        public InMemoryRmPlatform(ulong hlosRamBase = 2147483648, ulong hlosRamSize = 1073741824) { }
        public int CapabilityCount { get; }
        public int ExtentCount { get; }
        public int MappingCount { get; }
        public int ObjectCount { get; }
        public int VirqBindingCount { get; }
        public int VmCount { get; }
        public Gunyah.Sdk.Reference.Hypervisor.MemoryAccess AccessOf(ushort vmid, ulong ipa) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError BindVirq(ulong obj, Gunyah.Sdk.Reference.ResourceManager.RmVirqSource source, ushort vmid, uint virq) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateDoorbell(ushort vmid, out ulong doorbell) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateMemExtent(ushort owner, System.ReadOnlySpan<Gunyah.Sdk.Reference.ResourceManager.RmMemRange> ranges, bool device, out ulong extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError CreateVm(ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyExtent(ulong extent) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyObject(ulong obj) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DestroyVm(ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError DonateExtent(ulong extent, ushort toVmid) { }
        public ulong? GetBootContext(ulong vcpu, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmBootContextRegSet registerSet, byte index) { }
        [return: System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "DistributorBase",
                "RedistributorBase",
                "Vcpus"})]
        public System.ValueTuple<ulong, ulong, int>? GicOf(ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError GiveExtent(ulong extent, Gunyah.Sdk.Reference.ResourceManager.RmMemTransfer transfer, System.ReadOnlySpan<Gunyah.Sdk.Reference.ResourceManager.RmMemGrant> borrowers) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId) { }
        public bool Halt(ulong vcpu, Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult result) { }
        public bool IsHaltWatched(ulong vcpu) { }
        public bool IsPoweredOn(ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess access) { }
        public ushort PageOwner(ulong physicalAddress) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError PowerOffVcpu(ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError PowerOnVcpu(ulong vcpu) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ReadExtent(ulong extent, ulong offset, System.Span<byte> destination) { }
        public void ReadMemory(ushort vmid, ulong ipa, System.Span<byte> destination) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError SetBootContext(ulong vcpu, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmBootContextRegSet registerSet, byte index, ulong value) { }
        public bool TryGetCapability(ushort vmid, ulong capId, out ulong obj) { }
        public bool TryGetVirqBinding(ushort vmid, uint virq, out ulong obj, out Gunyah.Sdk.Reference.ResourceManager.RmVirqSource source) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError UnmapExtent(ulong extent, ushort vmid) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError VcpuRunCheck(ulong vcpu, out Gunyah.Sdk.Reference.Hypervisor.VcpuRunResult result) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError WatchVcpuHalt(ulong vcpu, System.Action halted) { }
        public void WriteMemory(ushort vmid, ulong ipa, System.ReadOnlySpan<byte> data) { }
        public Gunyah.Sdk.Reference.Hypervisor.HypError ZeroExtent(ulong extent) { }
    }
    public sealed class ReferenceResourceManager : Gunyah.Sdk.ResourceManager.Protocol.IGhRmHandler
    {
        public const ushort FirstDynamicVmid = 128;
        public const ushort HlosVmid = 3;
        public const uint HostType = 16777572u;
        public const uint InvalidMemHandle = 4294967295u;
        public const ushort LastDynamicVmid = 190;
        public const int MaxCrashMessage = 192;
        public const int MaxListEntries = 512;
        public const int MaxLookupLength = 79;
        public const int MaxParcelsPerOwner = 64;
        public ReferenceResourceManager(Gunyah.Sdk.Reference.ResourceManager.IRmPlatform platform, int maxVcpus = 64) { }
        public bool CleanUpAfterReply { get; set; }
        public int HlosVirqCount { get; }
        public int MaxVcpus { get; }
        public System.Func<ushort, Gunyah.Interop.Rpc.IRpcNotificationSink?>? NotificationRoute { get; set; }
        public int ParcelCount { get; }
        public int VmCount { get; }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> FwMilestoneAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> FwSetVmFirmwareAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmFwSetVmFirmwareReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveRespPayload>> IpaReserveAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmIpaReserveReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptRespPayload>> MemAcceptAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAcceptReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemAppendAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemAppendReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemDonateAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemLendAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemNotifyAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemNotifyReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemQcomLookupSglAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemLookupSglReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemReclaimAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> MemReleaseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemReleaseReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmMemHandleResp>> MemShareAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmMemShareReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask RunPendingCleanupsAsync() { }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatus? StateOf(ushort vmid) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidResp>> VmAllocVmidAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAllocVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmAuthImageAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmAuthImageReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConfigImageAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConfigImageReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleCloseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleFlushAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleOpenAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmConsoleWriteAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmConsoleWriteReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmDeallocVmidAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmExitAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmExitReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgPayload>> VmGetCrashMsgAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetHypResourcesRespPayload>> VmGetHypResourcesAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetIdRespPayload>> VmGetIdAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp>> VmGetOwnerAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetPeersRespPayload>> VmGetPeersAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmGetStateResp>> VmGetStateAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmVmidResp>> VmGetVmidAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmHostGetTypeResp>> VmHostGetTypeAsync(Gunyah.Interop.Rpc.RpcCaller caller, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmInitAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptResp>> VmIrqAcceptAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqAcceptReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendResp>> VmIrqLendAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqLendReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmIrqNotifyAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqNotifyReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmIrqReclaimAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmIrqReleaseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmIrqHandleReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload>> VmLookupGuidAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupGuidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload>> VmLookupNameAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult<Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupRespPayload>> VmLookupUriAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmLookupNameReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmResetAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetAddressLayoutAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetAddressLayoutReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetContextAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetContextReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetCrashMsgAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCrashMsgPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetDemandPagingAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetDemandPagingReqPayload request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetFirmwareMemAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetFirmwareMemReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetStatusAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetStatusReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmSetTimeBaseAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmSetTimeBaseReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmStartAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmCommonVmidReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcResult> VmStopAsync(Gunyah.Interop.Rpc.RpcCaller caller, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStopReq request, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.Task WhenCleanupsDone() { }
    }
    public sealed class ReferenceRmService : System.IAsyncDisposable
    {
        public ReferenceRmService(Gunyah.Sdk.Reference.ResourceManager.IRmPlatform platform, Microsoft.Extensions.Logging.ILogger? logger = null, int maxVcpus = 64, Gunyah.Sdk.ResourceManager.Server.RmServerOptions? serverOptions = null) { }
        public Gunyah.Sdk.Reference.ResourceManager.RmCallFaultInjector? FaultInjector { get; set; }
        public Gunyah.Sdk.Reference.ResourceManager.ReferenceResourceManager ResourceManager { get; }
        public Gunyah.Sdk.ResourceManager.Server.RmServer Server { get; }
        public Gunyah.Sdk.ResourceManager.Transport.RmQueuePair Connect(ushort vmid) { }
        public System.Threading.Tasks.ValueTask DisposeAsync() { }
    }
    public delegate Gunyah.Sdk.ResourceManager.Protocol.GhRmError RmCallFaultInjector(ushort callerVmid, uint messageId);
    public sealed class RmGicConfig : System.IEquatable<Gunyah.Sdk.Reference.ResourceManager.RmGicConfig>
    {
        public RmGicConfig(ulong DistributorBase, ulong RedistributorBase) { }
        public ulong DistributorBase { get; init; }
        public ulong RedistributorBase { get; init; }
    }
    public readonly struct RmMemGrant : System.IEquatable<Gunyah.Sdk.Reference.ResourceManager.RmMemGrant>
    {
        public RmMemGrant(ushort Vmid, Gunyah.Sdk.Reference.Hypervisor.MemoryAccess Access) { }
        public Gunyah.Sdk.Reference.Hypervisor.MemoryAccess Access { get; init; }
        public ushort Vmid { get; init; }
    }
    public readonly struct RmMemRange : System.IEquatable<Gunyah.Sdk.Reference.ResourceManager.RmMemRange>
    {
        public RmMemRange(ulong Ipa, ulong Size) { }
        public ulong Ipa { get; init; }
        public ulong Size { get; init; }
    }
    public enum RmMemTransfer
    {
        Share = 0,
        Lend = 1,
        Donate = 2,
    }
    public sealed class RmVdeviceConfig : System.IEquatable<Gunyah.Sdk.Reference.ResourceManager.RmVdeviceConfig>
    {
        public RmVdeviceConfig(string Name, Gunyah.Sdk.Reference.ResourceManager.RmVdeviceKind Kind, uint Label, bool IsSender, System.Collections.Generic.IReadOnlyList<uint> Virqs, uint MessageSize, uint QueueDepth) { }
        public bool IsSender { get; init; }
        public Gunyah.Sdk.Reference.ResourceManager.RmVdeviceKind Kind { get; init; }
        public uint Label { get; init; }
        public uint MessageSize { get; init; }
        public string Name { get; init; }
        public uint QueueDepth { get; init; }
        public System.Collections.Generic.IReadOnlyList<uint> Virqs { get; init; }
    }
    public enum RmVdeviceKind
    {
        Doorbell = 0,
        DoorbellSource = 1,
        MessageQueue = 2,
        MessageQueuePair = 3,
    }
    public enum RmVirqSource
    {
        VcpuWakeup = 0,
        DoorbellReceive = 1,
        MessageQueueSend = 2,
        MessageQueueReceive = 3,
    }
    public sealed class RmVmConfig : System.IEquatable<Gunyah.Sdk.Reference.ResourceManager.RmVmConfig>
    {
        public RmVmConfig(string ImageName, string? Uri, byte[] Guid, System.Collections.Generic.IReadOnlyList<string> Attributes, ulong? MemoryBase, System.Collections.Generic.IReadOnlyList<uint> Affinities, bool Proxy, System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.Reference.ResourceManager.RmVdeviceConfig> Vdevices, bool HasConsole) { }
        public System.Collections.Generic.IReadOnlyList<uint> Affinities { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> Attributes { get; init; }
        public Gunyah.Sdk.Reference.ResourceManager.RmGicConfig? Gic { get; init; }
        public byte[] Guid { get; init; }
        public bool HasConsole { get; init; }
        public string ImageName { get; init; }
        public ulong? MemoryBase { get; init; }
        public bool NoReset { get; }
        public bool Proxy { get; init; }
        public string? Uri { get; init; }
        public System.Collections.Generic.IReadOnlyList<Gunyah.Sdk.Reference.ResourceManager.RmVdeviceConfig> Vdevices { get; init; }
    }
    public static class RmVmConfigReader
    {
        public static Gunyah.Sdk.Reference.ResourceManager.RmVmConfigResult Read(Gunyah.Sdk.DeviceTree.DeviceTreeDocument tree, int maxVcpus) { }
        public static Gunyah.Sdk.Reference.ResourceManager.RmVmConfigResult Read(System.ReadOnlySpan<byte> blob, int maxVcpus) { }
    }
    public readonly struct RmVmConfigResult : System.IEquatable<Gunyah.Sdk.Reference.ResourceManager.RmVmConfigResult>
    {
        public RmVmConfigResult(Gunyah.Sdk.Reference.ResourceManager.RmVmConfig? Config, Gunyah.Sdk.ResourceManager.Protocol.GhRmError Error, string? Reason) { }
        public Gunyah.Sdk.Reference.ResourceManager.RmVmConfig? Config { get; init; }
        public Gunyah.Sdk.ResourceManager.Protocol.GhRmError Error { get; init; }
        public string? Reason { get; init; }
    }
    public static class RmVmStates
    {
        public static bool CanDeallocate(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatus state) { }
        public static bool HasResources(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatus state) { }
        public static bool IsLegal(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatus from, Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatus to) { }
        public static bool IsLive(Gunyah.Sdk.ResourceManager.Protocol.GhRmVmStatus state) { }
    }
}