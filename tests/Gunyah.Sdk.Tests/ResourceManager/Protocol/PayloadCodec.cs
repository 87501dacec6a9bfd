using System.Reflection;
using System.Runtime.InteropServices;
using Gunyah.Interop;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

internal delegate int FixedEncoder<T>(in T value, Span<byte> destination);

internal delegate bool FixedDecoder<T>(ReadOnlySpan<byte> source, out T value, out int consumed);

/// <summary>Decodes a whole payload into a comparable value (a record, or an owned payload class); null when invalid.</summary>
internal delegate object? PayloadDecoder(ReadOnlySpan<byte> payload);

internal delegate int PayloadWriter(Span<byte> destination);

internal delegate void RefAction<T>(ref T value);

/// <summary>
/// One payload C type as the tests drive it: a non-trivial sample, and the generated encoder and decoder wrapped
/// to a common shape. Decoding is as strict as the generated client and dispatcher are: a fixed record must take
/// the whole payload, or none of it (an empty payload is the zero record, docs/rm-protocol.md rule 1), a variable
/// payload must pass its reader's <c>TryRead</c>.
/// </summary>
internal sealed class PayloadCodec
{
    public const string VoidType = "void";

    /// <summary>The C type as <see cref="Gunyah.Interop.Rpc.MessageDescriptor"/> writes it ("struct gh_rm_…"), or "void".</summary>
    public required string CType { get; init; }

    /// <summary>The generated record (null for void).</summary>
    public Type? Record { get; init; }

    /// <summary>The value to round-trip: the record, or the owned <c>…Payload</c> class (null for void).</summary>
    public object? Sample { get; init; }

    public required Func<object?, byte[]> Encode { get; init; }

    public required PayloadDecoder Decode { get; init; }

    /// <summary>The fixed part of a value: the value itself for a record, <c>Fixed</c> for an owned payload.</summary>
    public static object FixedPart(object value) =>
        value.GetType().GetProperty("Fixed", BindingFlags.Public | BindingFlags.Instance)?.GetValue(value) ?? value;

    public static string CTypeOf(Type record) => "struct " + record.GetCustomAttribute<CNameAttribute>()!.Name;

    public override string ToString() => CType;

    public static PayloadCodec Void() => new()
    {
        CType = VoidType,
        Encode = _ => [],
        Decode = bytes => bytes.IsEmpty ? VoidValue.Instance : null,
    };

    public static PayloadCodec Fixed<T>(FixedEncoder<T> encode, FixedDecoder<T> decode, int seed)
        where T : unmanaged => new()
        {
            CType = CTypeOf(typeof(T)),
            Record = typeof(T),
            Sample = WireValues.Filled<T>(seed),
            Encode = value =>
            {
                var buffer = new byte[Marshal.SizeOf<T>()];
                var written = encode((T)value!, buffer);
                Assert.Equal(buffer.Length, written);
                return buffer;
            },
            Decode = bytes => bytes.IsEmpty ? default(T) : decode(bytes, out var value, out var consumed) && consumed == bytes.Length ? value : null,
        };

    public static PayloadCodec Variable<TRecord, TPayload>(TPayload sample, Func<TPayload, byte[]> encode, PayloadDecoder decode)
        where TPayload : class => new()
        {
            CType = CTypeOf(typeof(TRecord)),
            Record = typeof(TRecord),
            Sample = sample,
            Encode = value => encode((TPayload)value!),
            Decode = decode,
        };

    /// <summary>Runs a generated variable encoder into a buffer of exactly the length it announced.</summary>
    public static byte[] Encoded(int length, PayloadWriter write)
    {
        var buffer = new byte[length];
        Assert.Equal(length, write(buffer));
        return buffer;
    }

    public static T With<T>(T value, RefAction<T> change)
    {
        change(ref value);
        return value;
    }
}

/// <summary>What a void payload decodes to.</summary>
internal sealed class VoidValue
{
    public static readonly VoidValue Instance = new();

    private VoidValue()
    {
    }
}
