using Gunyah.Sdk;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Conformance.Catalogue;

/// <summary>
/// What the call a clause is about should return: any success, one exact non-negative value, or one errno.
/// A check reports the raw result (a value, or -errno) and the runner compares it with this.
/// </summary>
public sealed record Expected
{
    private Expected(ExpectedKind kind, int value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Any non-negative result (an fd, 0, a size).</summary>
    public static Expected Success { get; } = new(ExpectedKind.Success, 0);

    public ExpectedKind Kind { get; }

    /// <summary>The exact value (<see cref="ExpectedKind.Value"/>) or the errno, positive (<see cref="ExpectedKind.Errno"/>).</summary>
    public int Value { get; }

    /// <summary>Exactly <paramref name="value"/> (non-negative).</summary>
    public static Expected Returns(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new(ExpectedKind.Value, value);
    }

    /// <summary>Failure with <paramref name="errno"/> (positive, e.g. <see cref="Errno.EINVAL"/>).</summary>
    public static Expected Fails(int errno)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(errno);
        return new(ExpectedKind.Errno, errno);
    }

    /// <summary>An RM reply whose error word is <paramref name="error"/> (<see cref="GhRmError.Ok"/> for success):
    /// the check returns the word as it came, reinterpreted as an int.</summary>
    public static Expected RmReply(GhRmError error) => new(ExpectedKind.RmError, unchecked((int)(uint)error));

    /// <summary>True when <paramref name="observed"/> (a result or -errno) is what this expects.</summary>
    public bool Matches(int observed) => Kind switch
    {
        ExpectedKind.Success => observed >= 0,
        ExpectedKind.Value or ExpectedKind.RmError => observed == Value,
        _ => observed == -Value,
    };

    /// <summary>A result as reports spell it: <c>0</c>, <c>4096</c>, <c>EINVAL</c>.</summary>
    public static string Describe(int observed) => observed >= 0 ? observed.ToString(System.Globalization.CultureInfo.InvariantCulture) : Errno.NameOf(observed);

    /// <summary><paramref name="observed"/> as this kind of outcome spells it: an RM error word by its name
    /// (<c>RM_VM_STATE</c>), anything else as <see cref="Describe(int)"/>.</summary>
    public string DescribeObserved(int observed) => Kind == ExpectedKind.RmError ? RmName(observed) : Describe(observed);

    /// <summary><c>ok</c>, the value, the errno's name, or the RM error's name.</summary>
    public override string ToString() => Kind switch
    {
        ExpectedKind.Success => "ok",
        ExpectedKind.Value => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ExpectedKind.RmError => RmName(Value),
        _ => Errno.NameOf(Value),
    };

    // The RM's own names (RM_OK, RM_UNIMPLEMENTED, RM_VM_STATE); a word it does not define as hex.
    private static string RmName(int word) => "RM_" + RmErrors.NameOf((GhRmError)unchecked((uint)word));
}

/// <summary>The kinds of <see cref="Expected"/>.</summary>
public enum ExpectedKind
{
    Success,
    Value,
    Errno,

    /// <summary>An RM reply's error word, exactly.</summary>
    RmError,
}
