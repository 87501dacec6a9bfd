using System.Globalization;

namespace Gunyah.Interop.Rpc;

/// <summary>
/// What a handler of a call without a reply payload returns: OK (status 0) or the protocol's error status.
/// Errors are values, not exceptions, so a server answers a failing call as cheaply as a succeeding one.
/// </summary>
public readonly struct RpcResult : IEquatable<RpcResult>
{
    private RpcResult(uint status, ReadOnlyMemory<byte> errorDetail)
    {
        Status = status;
        ErrorDetail = errorDetail;
    }

    /// <summary>Success: status 0.</summary>
    public static RpcResult Ok => default;

    /// <summary>The status word sent back: 0 for OK, else the protocol's error code.</summary>
    public uint Status { get; }

    /// <summary>Whether the status is 0 (success).</summary>
    public bool IsOk => Status == 0;

    /// <summary>Bytes sent after a failure's status word: empty for most errors; some protocols append detail (the
    /// Gunyah RM appends the hypervisor's error code to a few calls' failures).</summary>
    public ReadOnlyMemory<byte> ErrorDetail { get; }

    /// <summary>A failure with <paramref name="status"/>, which must not be 0 (OK), and optional bytes sent after
    /// the status word.</summary>
    public static RpcResult Error(uint status, ReadOnlyMemory<byte> errorDetail = default) =>
        status == 0 ? throw new ArgumentOutOfRangeException(nameof(status), "Status 0 means OK; an error needs a non-zero status.") : new RpcResult(status, errorDetail);

    /// <summary>A failure of a call with a reply payload of type <typeparamref name="T"/>.</summary>
    public static RpcResult<T> Error<T>(uint status, ReadOnlyMemory<byte> errorDetail = default) => RpcResult<T>.Error(status, errorDetail);

    /// <summary>A success of a call with a reply payload.</summary>
    public static RpcResult<T> Success<T>(T value) => new(value);

    /// <inheritdoc/>
    public bool Equals(RpcResult other) => Status == other.Status && ErrorDetail.Span.SequenceEqual(other.ErrorDetail.Span);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RpcResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Status.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => IsOk ? "OK" : string.Create(CultureInfo.InvariantCulture, $"error 0x{Status:x}");

    /// <summary>Whether the two results have the same status and error detail bytes.</summary>
    public static bool operator ==(RpcResult left, RpcResult right) => left.Equals(right);

    /// <summary>Whether the two results differ in status or error detail bytes.</summary>
    public static bool operator !=(RpcResult left, RpcResult right) => !left.Equals(right);
}

/// <summary>
/// What a handler of a call with a reply payload returns: the reply (status 0), or the protocol's error status
/// and no reply. A value converts implicitly: <c>return reply;</c>; failures are <c>RpcResult.Error&lt;T&gt;(status)</c>.
/// </summary>
public readonly struct RpcResult<T>
{
    private readonly T value;

    /// <summary>A successful result carrying <paramref name="value"/>.</summary>
    public RpcResult(T value)
    {
        this.value = value;
        Status = 0;
    }

    private RpcResult(uint status, ReadOnlyMemory<byte> errorDetail)
    {
        value = default!;
        Status = status;
        ErrorDetail = errorDetail;
    }

    /// <summary>The status word sent back: 0 for OK, else the protocol's error code.</summary>
    public uint Status { get; }

    /// <summary>Whether the status is 0 (success).</summary>
    public bool IsOk => Status == 0;

    /// <inheritdoc cref="RpcResult.ErrorDetail"/>
    public ReadOnlyMemory<byte> ErrorDetail { get; }

    /// <summary>The reply; reading it from a failure is a programming error.</summary>
    public T Value => IsOk
        ? value
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The call failed with status 0x{Status:x}; it has no reply."));

    /// <summary>A failure with <paramref name="status"/>, which must not be 0 (OK), and optional bytes sent after
    /// the status word.</summary>
    public static RpcResult<T> Error(uint status, ReadOnlyMemory<byte> errorDetail = default) =>
        status == 0 ? throw new ArgumentOutOfRangeException(nameof(status), "Status 0 means OK; an error needs a non-zero status.") : new RpcResult<T>(status, errorDetail);

    /// <summary>A successful result carrying <paramref name="value"/>, so a handler can return the reply itself.</summary>
    public static implicit operator RpcResult<T>(T value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => IsOk ? "OK: " + value : string.Create(CultureInfo.InvariantCulture, $"error 0x{Status:x}");
}
