namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>What one ioctl returned, with the request it used (so a failure can name the ioctl).</summary>
internal readonly record struct IoctlResult(int Value, uint Request)
{
    public bool Failed => Value < 0;
}
