using Gunyah.Sdk;

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

    /// <summary>True when <paramref name="observed"/> (a result or -errno) is what this expects.</summary>
    public bool Matches(int observed) => Kind switch
    {
        ExpectedKind.Success => observed >= 0,
        ExpectedKind.Value => observed == Value,
        _ => observed == -Value,
    };

    /// <summary>A result as reports spell it: <c>0</c>, <c>4096</c>, <c>EINVAL</c>.</summary>
    public static string Describe(int observed) => observed >= 0 ? observed.ToString(System.Globalization.CultureInfo.InvariantCulture) : Errno.NameOf(observed);

    /// <summary><c>ok</c>, the value, or the errno's name.</summary>
    public override string ToString() => Kind switch
    {
        ExpectedKind.Success => "ok",
        ExpectedKind.Value => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Errno.NameOf(Value),
    };
}

/// <summary>The kinds of <see cref="Expected"/>.</summary>
public enum ExpectedKind
{
    Success,
    Value,
    Errno,
}
