namespace Gunyah.Sdk.GuestToolkit;

/// <summary>The holding-cell guest did not make the access its protocol says comes next (<see cref="HoldingCellHost"/>).</summary>
public sealed class HoldingCellProtocolException : Exception
{
    /// <summary>A protocol break described by <paramref name="message"/>.</summary>
    public HoldingCellProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>A protocol break with no description.</summary>
    public HoldingCellProtocolException()
    {
    }

    /// <summary>A protocol break caused by <paramref name="innerException"/>.</summary>
    public HoldingCellProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
