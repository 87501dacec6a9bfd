using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.GuestToolkit;

/// <summary>
/// The "holding cell": a position-independent guest that waits on an MMIO command channel and does what the host
/// asks, one command at a time, so a test can make the guest produce any exit it needs (docs/holding-cell.md).
/// Every register of the channel lies outside guest RAM, so each guest access is an MMIO exit to the host.
/// </summary>
public static class HoldingCellGuest
{
    /// <summary>The guest-physical base of the command channel (one 4 KiB page, never RAM).</summary>
    public const ulong ChannelBase = 0x9001_0000;

    /// <summary>32-bit read: the next command word (the host supplies it as read data).</summary>
    public const ulong CommandRegister = ChannelBase + 0x00;

    /// <summary>64-bit read: the next argument of the current command.</summary>
    public const ulong ArgumentRegister = ChannelBase + 0x08;

    /// <summary>64-bit write: the command's result.</summary>
    public const ulong ReplyRegister = ChannelBase + 0x10;

    /// <summary>8-bit write: one console byte.</summary>
    public const ulong ConsoleRegister = ChannelBase + 0x18;

    /// <summary>Read at the width the probe command names (sign- or zero-extending); the result goes to the reply.</summary>
    public const ulong ProbeRegister = ChannelBase + 0x40;

    /// <summary>64-bit write from the exception handler: ESR_EL1 of the synchronous exception taken.</summary>
    public const ulong FaultSyndromeRegister = ChannelBase + 0x50;

    /// <summary>64-bit write from the exception handler: FAR_EL1 of the synchronous exception taken.</summary>
    public const ulong FaultAddressRegister = ChannelBase + 0x58;

    /// <summary>Where the guest's synchronous exception handler sits from the image start (VBAR_EL1 = the image).</summary>
    public const int HandlerOffset = 0x200;

    /// <summary>Where the IRQ handler sits (the vector for an IRQ at the current EL with SP_ELx).</summary>
    public const int IrqHandlerOffset = 0x280;

    private const int LoopOffset = 0x800;

    /// <summary>The command words (the low 32 bits the guest reads from <see cref="CommandRegister"/>).</summary>
    public static class Command
    {
        /// <summary>Reads one argument and writes it back to the reply.</summary>
        public const uint Loopback = 0x01;
        /// <summary>Reads an address argument; LDRB from it; the zero-extended value to the reply.</summary>
        public const uint Read8 = 0x10;
        /// <summary>As <see cref="Read8"/> with LDRH.</summary>
        public const uint Read16 = 0x11;
        /// <summary>As <see cref="Read8"/> with LDR Wt.</summary>
        public const uint Read32 = 0x12;
        /// <summary>As <see cref="Read8"/> with LDR Xt.</summary>
        public const uint Read64 = 0x13;
        /// <summary>Reads an address then a value argument; STRB of the value there.</summary>
        public const uint Write8 = 0x20;
        /// <summary>As <see cref="Write8"/> with STRH.</summary>
        public const uint Write16 = 0x21;
        /// <summary>As <see cref="Write8"/> with STR Wt.</summary>
        public const uint Write32 = 0x22;
        /// <summary>As <see cref="Write8"/> with STR Xt.</summary>
        public const uint Write64 = 0x23;
        /// <summary>LDRSB Xt from <see cref="ProbeRegister"/>; Xt to the reply.</summary>
        public const uint ProbeSignedByte = 0x30;
        /// <summary>LDRSH Xt from <see cref="ProbeRegister"/>; Xt to the reply.</summary>
        public const uint ProbeSignedHalf = 0x31;
        /// <summary>LDRSW Xt from <see cref="ProbeRegister"/>; Xt to the reply.</summary>
        public const uint ProbeSignedWord = 0x32;
        /// <summary>LDR Wt (zero-extending) from <see cref="ProbeRegister"/>; Xt to the reply.</summary>
        public const uint ProbeWord = 0x33;
        /// <summary>Reads a function id argument into X0 (X1..X3 zero), HVC #0, X0 to the reply.</summary>
        public const uint Hvc = 0x40;
        /// <summary>Reads an address argument; LDRB from it (a page-fault exit where the page is not mapped); the byte to the reply.</summary>
        public const uint Touch = 0x50;
        /// <summary>Reads an argument; its low byte to <see cref="ConsoleRegister"/>.</summary>
        public const uint Console = 0x60;
        /// <summary>Executes UDF #0 (the handler reports ESR/FAR and resumes after it).</summary>
        public const uint Undefined = 0x70;

        /// <summary>Argument: an SPI's INTID. Enables it in the GIC (the guest's <see cref="GicLayout"/>), unmasks IRQs
        /// and waits in WFI until an interrupt is taken; replies with the INTID the guest acknowledged. Only in a
        /// guest built with a GIC layout.</summary>
        public const uint AwaitInterrupt = 0x80;
    }

    /// <summary>The reply of a command word the guest does not know.</summary>
    public const ulong UnknownCommandReply = ulong.MaxValue;

    /// <summary>Where the VM's GICv3 distributor and vCPU 0's redistributor are (from the VM's devicetree).</summary>
    public sealed record GicLayout(ulong DistributorBase, ulong RedistributorBase);

    /// <summary>Assembles the guest for the given load address (the code is position-independent either way); with
    /// <paramref name="gic"/> it also has <see cref="Command.AwaitInterrupt"/>.</summary>
    public static byte[] Build(ulong origin = 0, GicLayout? gic = null)
    {
        var asm = new A64Assembler(origin);
        var start = asm.Here();
        var loop = asm.NewLabel();
        var reply = asm.NewLabel();
        var channel = X(19);
        asm.Adr(X(9), start).Msr(A64SystemRegister.VbarEl1, X(9)).Isb().Mov(channel, ChannelBase).B(loop);
        PadTo(asm, HandlerOffset);

        // Synchronous exception at the current EL (SPx): report the syndrome and address, skip the instruction.
        asm.Mrs(X(20), A64SystemRegister.EsrEl1).Mrs(X(21), A64SystemRegister.FarEl1)
            .Store(Access.Double, X(20), channel, (long)(FaultSyndromeRegister - ChannelBase))
            .Store(Access.Double, X(21), channel, (long)(FaultAddressRegister - ChannelBase))
            .Mrs(X(22), A64SystemRegister.ElrEl1).AddImmediate(X(22), X(22), 4).Msr(A64SystemRegister.ElrEl1, X(22)).Eret();
        PadTo(asm, IrqHandlerOffset);

        // IRQ: acknowledge (X25 the INTID), end it, and flag it for the waiting command (X24).
        asm.Mrs(X(25), A64SystemRegister.IccIar1El1).Msr(A64SystemRegister.IccEoir1El1, X(25)).Mov(X(24), 1).Eret();
        PadTo(asm, LoopOffset);

        var cases = new List<(uint Code, A64Label Label)>();
        A64Label Case(uint code)
        {
            var label = asm.NewLabel();
            cases.Add((code, label));
            return label;
        }

        var argument = (long)(ArgumentRegister - ChannelBase);
        var probe = (long)(ProbeRegister - ChannelBase);
        (uint Code, Access Access)[] reads = [(Command.Read8, Access.Byte), (Command.Read16, Access.Half), (Command.Read32, Access.Word), (Command.Read64, Access.Double)];
        (uint Code, Access Access)[] writes = [(Command.Write8, Access.Byte), (Command.Write16, Access.Half), (Command.Write32, Access.Word), (Command.Write64, Access.Double)];
        (uint Code, Access Access, bool Wide)[] probes =
            [(Command.ProbeSignedByte, Access.SignedByte64, true), (Command.ProbeSignedHalf, Access.SignedHalf64, true), (Command.ProbeSignedWord, Access.SignedWord, true), (Command.ProbeWord, Access.Word, false)];

        // Each case leaves its result in X1 and branches to reply, or loops straight back.
        asm.Bind(loop).Load(Access.Word, W(0), channel, 0);
        var bodies = new List<Action>();
        void Body(uint code, Action emit)
        {
            var label = Case(code);
            bodies.Add(() => { asm.Bind(label); emit(); });
        }

        Body(Command.Loopback, () => asm.Load(Access.Double, X(1), channel, argument).B(reply));
        foreach (var (code, access) in reads)
            Body(code, () => asm.Load(Access.Double, X(2), channel, argument).Load(access, access == Access.Double ? X(1) : W(1), X(2)).B(reply));
        foreach (var (code, access) in writes)
            Body(code, () => asm.Load(Access.Double, X(2), channel, argument).Load(Access.Double, X(3), channel, argument)
                .Store(access, access == Access.Double ? X(3) : W(3), X(2)).B(loop));
        foreach (var (code, access, wide) in probes)
            Body(code, () => asm.Load(access, wide ? X(1) : W(1), channel, probe).B(reply));
        Body(Command.Hvc, () => asm.Load(Access.Double, X(0), channel, argument).Mov(X(1), 0).Mov(X(2), 0).Mov(X(3), 0)
            .Hvc(0).MovRegister(X(1), X(0)).B(reply));
        Body(Command.Touch, () => asm.Load(Access.Double, X(2), channel, argument).Load(Access.Byte, W(1), X(2)).B(reply));
        Body(Command.Console, () => asm.Load(Access.Double, X(1), channel, argument)
            .Store(Access.Byte, W(1), channel, (long)(ConsoleRegister - ChannelBase)).B(loop));
        Body(Command.Undefined, () => asm.Udf().B(loop));
        if (gic is not null)
            Body(Command.AwaitInterrupt, () => AwaitInterrupt(asm, gic, channel, argument, reply));

        foreach (var (code, label) in cases)
            asm.CmpImmediate(W(0), code).B(A64Condition.Eq, label);
        asm.Mov(X(1), UnknownCommandReply);
        asm.Bind(reply).Store(Access.Double, X(1), channel, (long)(ReplyRegister - ChannelBase)).B(loop);
        foreach (var emit in bodies)
            emit();
        return asm.Build();
    }

    // Group 1 on, the SPI enabled at priority 0x80 and routed to vCPU 0, the redistributor awake, the CPU interface's
    // mask at 0xF0 and group 1 enabled; then WFI until the handler has taken an interrupt. (IRQs stay masked
    // otherwise: the guest runs with DAIF as reset leaves it.)
    private static void AwaitInterrupt(A64Assembler asm, GicLayout gic, A64Register channel, long argument, A64Label reply)
    {
        var wait = asm.NewLabel();
        asm.Load(Access.Double, X(2), channel, argument).Mov(X(5), gic.DistributorBase)
            .Mov(W(4), 2).Store(Access.Word, W(4), X(5), 0) // GICD_CTLR.EnableGrp1NS
            .LsrImmediate(X(3), X(2), 5).LslImmediate(X(3), X(3), 2).Add(X(3), X(3), X(5))
            .Mov(W(4), 1).Lslv(W(4), W(4), W(2)).Store(Access.Word, W(4), X(3), 0x100) // GICD_ISENABLER<n / 32>
            .Add(X(3), X(5), X(2)).Mov(W(4), 0x80).Store(Access.Byte, W(4), X(3), 0x400) // GICD_IPRIORITYR<n>
            .LslImmediate(X(3), X(2), 3).Add(X(3), X(3), X(5)).Store(Access.Double, A64Register.Xzr, X(3), 0x6000) // GICD_IROUTER<n>
            .Mov(X(5), gic.RedistributorBase).Store(Access.Word, A64Register.Wzr, X(5), 0x14) // GICR_WAKER: awake
            .Mov(X(4), 0xF0).Msr(A64SystemRegister.IccPmrEl1, X(4)).Mov(X(4), 1).Msr(A64SystemRegister.IccIgrpen1El1, X(4))
            .Mov(X(24), 0);
        // The check and the WFI run with IRQs masked (WFI still wakes for a pending one), so an interrupt that comes
        // between them cannot be missed; the unmasked window after the WFI is where it is taken.
        var done = asm.NewLabel();
        asm.Bind(wait).Cbnz(X(24), done).Wfi().UnmaskInterrupts(2).Isb().MaskInterrupts(2).B(wait);
        asm.Bind(done).MovRegister(X(1), X(25)).B(reply);
    }

    private static void PadTo(A64Assembler asm, int offset)
    {
        while (asm.Position - asm.Origin < (ulong)offset)
            asm.Nop();
    }
}
