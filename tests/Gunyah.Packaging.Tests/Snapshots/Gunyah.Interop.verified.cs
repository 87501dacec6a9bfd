namespace Gunyah.Interop
{
    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Struct | System.AttributeTargets.Enum | System.AttributeTargets.Method | System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Event, AllowMultiple=false, Inherited=false)]
    public sealed class CNameAttribute : System.Attribute
    {
        public CNameAttribute(string name) { }
        public string Name { get; }
    }
    public interface IIoctlTarget
    {
        int Ioctl(uint request, nint argument);
    }
    public delegate string IoctlArgumentFormatter(System.ReadOnlySpan<byte> argument);
    public sealed class IoctlDescriptor
    {
        public IoctlDescriptor(string name, uint request, Gunyah.Interop.IoctlDirection direction, uint typeCode, uint number, uint size, System.Type? argumentType, string? argumentCType, string? fdKind, Gunyah.Interop.IoctlArgumentFormatter? formatter) { }
        public string? ArgumentCType { get; }
        public System.Type? ArgumentType { get; }
        public Gunyah.Interop.IoctlDirection Direction { get; }
        public string? FdKind { get; }
        public string Name { get; }
        public uint Number { get; }
        public uint Request { get; }
        public uint Size { get; }
        public uint TypeCode { get; }
        public string FormatArgument(System.ReadOnlySpan<byte> argument) { }
        public override string ToString() { }
    }
    [System.Flags]
    public enum IoctlDirection : byte
    {
        None = 0,
        Write = 1,
        Read = 2,
        ReadWrite = 3,
    }
}
namespace Gunyah.Interop.Rpc
{
    public interface IRpcChannel
    {
        System.Threading.Tasks.ValueTask<Gunyah.Interop.Rpc.RpcReply> CallAsync(uint messageId, System.ReadOnlyMemory<byte> request, System.Threading.CancellationToken cancellationToken);
    }
    public interface IRpcNotificationSink
    {
        System.Threading.Tasks.ValueTask NotifyAsync(uint messageId, System.ReadOnlyMemory<byte> payload, System.Threading.CancellationToken cancellationToken);
    }
    public interface IRpcNotificationSource
    {
        event Gunyah.Interop.Rpc.RpcNotificationHandler? NotificationReceived;
    }
    public interface IRpcService
    {
        System.Threading.Tasks.ValueTask<uint> HandleAsync(Gunyah.Interop.Rpc.RpcCaller caller, uint messageId, System.ReadOnlyMemory<byte> request, System.Buffers.IBufferWriter<byte> reply, System.Threading.CancellationToken cancellationToken);
    }
    public sealed class MessageDescriptor
    {
        public MessageDescriptor(string name, string idName, uint id, Gunyah.Interop.Rpc.RpcMessageKind kind, string? requestCType, string? replyCType) { }
        public uint Id { get; }
        public string IdName { get; }
        public Gunyah.Interop.Rpc.RpcMessageKind Kind { get; }
        public string Name { get; }
        public string? ReplyCType { get; }
        public string? RequestCType { get; }
        public override string ToString() { }
    }
    public readonly struct RpcCaller : System.IEquatable<Gunyah.Interop.Rpc.RpcCaller>
    {
        public RpcCaller(uint ClientId, Gunyah.Interop.Rpc.IRpcNotificationSink Notifications) { }
        public uint ClientId { get; init; }
        public Gunyah.Interop.Rpc.IRpcNotificationSink Notifications { get; init; }
    }
    public sealed class RpcDecodeException : System.Exception
    {
        public RpcDecodeException() { }
        public RpcDecodeException(string message) { }
        public RpcDecodeException(string message, System.Exception innerException) { }
        public RpcDecodeException(string messageName, uint messageId, string payloadType, int payloadLength) { }
        public uint MessageId { get; }
        public string MessageName { get; }
        public int PayloadLength { get; }
        public string PayloadType { get; }
    }
    public enum RpcMessageKind
    {
        Call = 0,
        Notification = 1,
    }
    public delegate void RpcNotificationHandler(uint messageId, System.ReadOnlySpan<byte> payload);
    public readonly struct RpcReply : System.IDisposable
    {
        public RpcReply(System.ReadOnlyMemory<byte> payload, System.Buffers.IMemoryOwner<byte>? owner = null) { }
        public System.ReadOnlyMemory<byte> Payload { get; }
        public void Dispose() { }
    }
    public readonly struct RpcResult : System.IEquatable<Gunyah.Interop.Rpc.RpcResult>
    {
        public System.ReadOnlyMemory<byte> ErrorDetail { get; }
        public bool IsOk { get; }
        public uint Status { get; }
        public static Gunyah.Interop.Rpc.RpcResult Ok { get; }
        public bool Equals(Gunyah.Interop.Rpc.RpcResult other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static Gunyah.Interop.Rpc.RpcResult Error(uint status, System.ReadOnlyMemory<byte> errorDetail = default) { }
        public static Gunyah.Interop.Rpc.RpcResult<T> Error<T>(uint status, System.ReadOnlyMemory<byte> errorDetail = default) { }
        public static Gunyah.Interop.Rpc.RpcResult<T> Success<T>(T value) { }
        public static bool operator !=(Gunyah.Interop.Rpc.RpcResult left, Gunyah.Interop.Rpc.RpcResult right) { }
        public static bool operator ==(Gunyah.Interop.Rpc.RpcResult left, Gunyah.Interop.Rpc.RpcResult right) { }
    }
    public readonly struct RpcResult<T>
    {
        public RpcResult(T value) { }
        public System.ReadOnlyMemory<byte> ErrorDetail { get; }
        public bool IsOk { get; }
        public uint Status { get; }
        public T Value { get; }
        public override string ToString() { }
        public static Gunyah.Interop.Rpc.RpcResult<T> Error(uint status, System.ReadOnlyMemory<byte> errorDetail = default) { }
        public static Gunyah.Interop.Rpc.RpcResult<T> op_Implicit(T value) { }
    }
}