namespace Gunyah.Sdk.Reference.Engine;

// Completing an MMIO stop when the host resumes the vCPU.
public sealed partial class A64Interpreter
{
    private PendingMmio pendingMmio;

    /// <summary>Whether the vCPU stopped on an MMIO access that has not been resumed.</summary>
    public bool HasPendingMmio => pendingMmio.Active;

    /// <summary>
    /// Completes the pending MMIO access: <see cref="MmioCompletion.Emulate"/> (the host emulated it) writes a read's
    /// <paramref name="readValue"/> to its destination register with the access's sign or zero extension, applies any
    /// base write-back and moves past the instruction; retry leaves the instruction to run again; fault injects a
    /// synchronous external data abort. Nothing pending: nothing happens.
    /// </summary>
    public void CompleteMmio(MmioCompletion completion, ulong readValue)
    {
        var pending = pendingMmio;
        pendingMmio = default;
        if (!pending.Active)
            return;
        switch (completion)
        {
            case MmioCompletion.Emulate:
                if (pending.WriteBack)
                    SetXOrSp(pending.BaseRegister, pending.NewBase);
                if (pending.IsRead)
                    SetX(pending.Register, Loaded(readValue, pending.Size, pending.Signed, pending.To64));
                Pc += 4;
                break;
            case MmioCompletion.Fault:
                nextPc = Pc;
                DataAbort(pending.Address, write: !pending.IsRead);
                Pc = nextPc;
                break;
        }
    }

    /// <summary>What the destination of a pending MMIO read is (for diagnostics and tests).</summary>
    public (int Register, int Size, bool Signed, bool To64) PendingMmioDestination =>
        (pendingMmio.Register, pendingMmio.Size, pendingMmio.Signed, pendingMmio.To64);

    private readonly record struct PendingMmio(
        bool IsRead, int Register, int Size, bool Signed, bool To64, bool WriteBack, int BaseRegister, ulong NewBase, ulong Address)
    {
        public bool Active => Size != 0;
    }
}

/// <summary>How the host completes an MMIO stop.</summary>
public enum MmioCompletion
{
    /// <summary>Emulated: a read's value goes to its register and the guest moves on.</summary>
    Emulate,

    /// <summary>The guest runs the access again.</summary>
    Retry,

    /// <summary>A data abort is injected into the guest.</summary>
    Fault,
}
