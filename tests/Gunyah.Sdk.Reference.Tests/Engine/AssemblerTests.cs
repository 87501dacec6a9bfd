using System.Buffers.Binary;
using Gunyah.Sdk.GuestToolkit;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>The toolkit's assembler emits the words the GNU assembler gives for the same instructions (the expected
/// words are objdump's), resolves labels either way and refuses operands an encoding cannot hold.</summary>
public sealed class AssemblerTests
{
    public static TheoryData<string, uint> Encodings() => new()
    {
        { "stp x29, x30, [sp, #-16]!", 0xA9BF7BFD },
        { "ldp x4, x5, [sp], #16", 0xA8C117E4 },
        { "ret", 0xD65F03C0 },
        { "add x0, x1, x2", 0x8B020020 },
        { "ldr x0, [x1, #8]", 0xF9400420 },
        { "ldr x0, [x1, x2, lsl #3]", 0xF8627820 },
        { "ldrb w2, [x3], #1", 0x38401462 },
        { "strb w2, [x1]", 0x39000022 },
        { "mov x0, #1", 0xD2800020 },
        { "cmp x0, #0", 0xF100001F },
        { "madd x0, x1, x2, x3", 0x9B020C20 },
        { "udiv x0, x1, x2", 0x9AC20820 },
        { "lsl x0, x1, #4", 0xD37CEC20 },
        { "mrs x0, mpidr_el1", 0xD53800A0 },
        { "msr vbar_el1, x0", 0xD518C000 },
        { "ldxr x0, [x1]", 0xC85F7C20 },
        { "stxr w2, x0, [x1]", 0xC8027C20 },
        { "ldxp x0, x1, [x2]", 0xC87F0440 },
        { "ldaxp w3, w4, [x5]", 0x887F90A3 },
        { "stlxp w7, w3, w4, [x5]", 0x882790A3 },
        { "ldaddal w1, w2, [x3]", 0xB8E10062 },
        { "ldclrb w4, w5, [x6]", 0x382410C5 },
        { "ldumin x1, x2, [x3]", 0xF8217062 },
        { "swpb w1, w2, [x3]", 0x38218062 },
        { "cas x1, x2, [x3]", 0xC8A17C62 },
        { "casal w1, w2, [x3]", 0x88E1FC62 },
        { "casp x4, x5, x6, x7, [x8]", 0x48247D06 },
        { "wfi", 0xD503207F },
        { "hvc #0", 0xD4000002 },
    };

    private static readonly Dictionary<string, Action<A64Assembler>> Programs = new()
    {
        ["stp x29, x30, [sp, #-16]!"] = a => a.StorePair(X(29), X(30), Sp, -16, Indexing.PreIndex),
        ["ldp x4, x5, [sp], #16"] = a => a.LoadPair(X(4), X(5), Sp, 16, Indexing.PostIndex),
        ["ret"] = a => a.Ret(),
        ["add x0, x1, x2"] = a => a.Add(X(0), X(1), X(2)),
        ["ldr x0, [x1, #8]"] = a => a.Load(Access.Double, X(0), X(1), 8),
        ["ldr x0, [x1, x2, lsl #3]"] = a => a.LoadRegisterOffset(Access.Double, X(0), X(1), X(2), A64Extend.Uxtx, scaled: true),
        ["ldrb w2, [x3], #1"] = a => a.Load(Access.Byte, W(2), X(3), 1, Indexing.PostIndex),
        ["strb w2, [x1]"] = a => a.Store(Access.Byte, W(2), X(1)),
        ["mov x0, #1"] = a => a.Mov(X(0), 1),
        ["cmp x0, #0"] = a => a.CmpImmediate(X(0), 0),
        ["madd x0, x1, x2, x3"] = a => a.Madd(X(0), X(1), X(2), X(3)),
        ["udiv x0, x1, x2"] = a => a.Udiv(X(0), X(1), X(2)),
        ["lsl x0, x1, #4"] = a => a.LslImmediate(X(0), X(1), 4),
        ["mrs x0, mpidr_el1"] = a => a.Mrs(X(0), A64SystemRegister.MpidrEl1),
        ["msr vbar_el1, x0"] = a => a.Msr(A64SystemRegister.VbarEl1, X(0)),
        ["ldxr x0, [x1]"] = a => a.LoadExclusive(X(0), X(1)),
        ["stxr w2, x0, [x1]"] = a => a.StoreExclusive(W(2), X(0), X(1)),
        ["ldxp x0, x1, [x2]"] = a => a.LoadExclusivePair(X(0), X(1), X(2)),
        ["ldaxp w3, w4, [x5]"] = a => a.LoadExclusivePair(W(3), W(4), X(5), acquire: true),
        ["stlxp w7, w3, w4, [x5]"] = a => a.StoreExclusivePair(W(7), W(3), W(4), X(5), release: true),
        ["ldaddal w1, w2, [x3]"] = a => a.Atomic(AtomicOp.Add, Access.Word, W(1), W(2), X(3), acquire: true, release: true),
        ["ldclrb w4, w5, [x6]"] = a => a.Atomic(AtomicOp.Clear, Access.Byte, W(4), W(5), X(6)),
        ["ldumin x1, x2, [x3]"] = a => a.Atomic(AtomicOp.UnsignedMin, Access.Double, X(1), X(2), X(3)),
        ["swpb w1, w2, [x3]"] = a => a.Atomic(AtomicOp.Swap, Access.Byte, W(1), W(2), X(3)),
        ["cas x1, x2, [x3]"] = a => a.CompareAndSwap(Access.Double, X(1), X(2), X(3)),
        ["casal w1, w2, [x3]"] = a => a.CompareAndSwap(Access.Word, W(1), W(2), X(3), acquire: true, release: true),
        ["casp x4, x5, x6, x7, [x8]"] = a => a.CompareAndSwapPair(X(4), X(6), X(8)),
        ["wfi"] = a => a.Wfi(),
        ["hvc #0"] = a => a.Hvc(0),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void An_instruction_assembles_to_the_GNU_assemblers_word(string text, uint expected)
    {
        var assembler = new A64Assembler();
        Programs[text](assembler);
        Assert.Equal(expected, BinaryPrimitives.ReadUInt32LittleEndian(assembler.Build()));
    }

    [Fact]
    public void Labels_resolve_forward_and_backward()
    {
        var a = new A64Assembler(0x1000);
        var forward = a.NewLabel();
        var back = a.Here();
        a.Cbz(X(0), forward).Adr(X(0), forward).B(back).Bind(forward).B(A64Condition.Ne, back).AddressData(back);
        var words = a.Build();
        uint Word(int n) => BinaryPrimitives.ReadUInt32LittleEndian(words.AsSpan(n * 4));
        Assert.Equal(0xB4000060u, Word(0)); // cbz x0, .+12
        Assert.Equal(0x10000040u, Word(1)); // adr x0, .+8
        Assert.Equal(0x17FFFFFEu, Word(2)); // b .-8
        Assert.Equal(0x54FFFFA1u, Word(3)); // b.ne .-12
        Assert.Equal(0x1000UL, BinaryPrimitives.ReadUInt64LittleEndian(words.AsSpan(16)));
    }

    [Fact]
    public void Operands_an_encoding_cannot_hold_and_unbound_labels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new A64Assembler().AddImmediate(X(0), X(1), 4096));
        Assert.Throws<ArgumentException>(() => new A64Assembler().Add(X(0), W(1), X(2)));
        Assert.Throws<ArgumentException>(() => new A64Assembler().Movz(W(0), 1, 32));
        Assert.Throws<ArgumentException>(() => new A64Assembler().LoadPair(X(0), X(1), Sp, 12));
        var a = new A64Assembler();
        a.B(a.NewLabel());
        Assert.Throws<InvalidOperationException>(() => a.Build());
    }
}
