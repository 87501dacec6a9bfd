using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Every request, reply and notification payload of <see cref="GhRmMessages.All"/> through its generated codec.
/// The cases come from the message table itself, so a message added to rm_rpc.h becomes a case here and fails
/// until <see cref="PayloadCodecs"/> knows its payload type.
/// </summary>
public class MessageRoundTripTests
{
    public static TheoryData<string, bool> MessagePayloads()
    {
        var data = new TheoryData<string, bool>();
        foreach (var message in GhRmMessages.All)
        {
            data.Add(message.Name, false);
            if (message.Kind == RpcMessageKind.Call)
            {
                data.Add(message.Name, true);
            }
        }

        return data;
    }

    [Fact]
    public void The_message_table_holds_48_calls_and_11_notifications_with_unique_ids()
    {
        Assert.Equal(48, GhRmMessages.All.Count(message => message.Kind == RpcMessageKind.Call));
        Assert.Equal(11, GhRmMessages.All.Count(message => message.Kind == RpcMessageKind.Notification));
        Assert.Equal(GhRmMessages.All.Count, GhRmMessages.All.Select(message => message.Id).Distinct().Count());
        foreach (var message in GhRmMessages.All)
        {
            Assert.True(GhRmMessages.TryFind(message.Id, out var found));
            Assert.Same(message, found);
            Assert.Same(message, GhRmMessages.FindByName(message.Name));
        }
    }

    [Fact]
    public void Every_payload_type_in_the_table_has_a_codec_case_and_no_case_is_unused()
    {
        var used = new HashSet<string>();
        foreach (var message in GhRmMessages.All)
        {
            used.Add(PayloadCodecs.For(message.RequestCType).CType);
            if (message.Kind == RpcMessageKind.Call)
            {
                used.Add(PayloadCodecs.For(message.ReplyCType).CType);
            }
            else
            {
                Assert.Null(message.ReplyCType);
            }
        }

        Assert.Equal(used.Order(), PayloadCodecs.ByCType.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(MessagePayloads))]
    public void A_non_trivial_payload_decodes_to_the_encoded_value_field_by_field_and_re_encodes_identically(string message, bool isReply)
    {
        var descriptor = GhRmMessages.FindByName(message)!;
        var codec = PayloadCodecs.For(isReply ? descriptor.ReplyCType : descriptor.RequestCType);
        if (codec.Sample is null)
        {
            AssertVoid(descriptor, isReply, codec);
            return;
        }

        // A sample with a zero field could not tell a decoder that drops the field from one that keeps it.
        FieldAssert.AllNonZero(codec.Sample);
        var bytes = codec.Encode(codec.Sample);

        var decoded = codec.Decode(bytes);

        Assert.NotNull(decoded);
        FieldAssert.Equal(codec.Sample, decoded);
        Assert.Equal(bytes, codec.Encode(decoded));
        // The trace formatter routes this id (and direction) to the same C type: it prints the same fixed part.
        var formatted = GhRmMessages.FormatPayload(descriptor.Id, isReply, bytes);
        Assert.StartsWith(PayloadCodec.FixedPart(codec.Sample).ToString()!, formatted, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MessagePayloads))]
    public void A_payload_one_byte_longer_than_its_encoding_is_rejected_unless_it_ends_in_a_raw_tail(string message, bool isReply)
    {
        var descriptor = GhRmMessages.FindByName(message)!;
        var codec = PayloadCodecs.For(isReply ? descriptor.ReplyCType : descriptor.RequestCType);
        var bytes = codec.Encode(codec.Sample);
        var longer = new byte[bytes.Length + 1];
        bytes.CopyTo(longer, 0);
        longer[^1] = 0x5A;

        var decoded = codec.Decode(longer);

        // Only a raw tail may absorb extra bytes (a non-zero byte is never list padding).
        var endsInTail = codec.Sample?.GetType().GetProperties().Any(property => property.PropertyType == typeof(byte[])) == true;
        Assert.Equal(endsInTail, decoded is not null);
        var formatted = GhRmMessages.FormatPayload(descriptor.Id, isReply, longer);
        Assert.Equal(!endsInTail, formatted.StartsWith("invalid payload", StringComparison.Ordinal));
    }

    [Fact]
    public void Flipping_a_bit_in_any_byte_of_a_sample_encoding_changes_the_decoded_value_or_invalidates_it()
    {
        // Proves both halves of the round trip: decoders read every byte, and the field comparison sees every field.
        foreach (var codec in PayloadCodecs.ByCType.Values.Where(codec => codec.Sample is not null))
        {
            var bytes = codec.Encode(codec.Sample);
            for (var i = 0; i < bytes.Length; i++)
            {
                var changed = (byte[])bytes.Clone();
                changed[i] ^= (byte)(1 << (i % 8));
                var decoded = codec.Decode(changed);
                if (decoded is not null && Compares(codec.Sample, decoded))
                {
                    Assert.Fail($"{codec}: flipping bit {i % 8} of byte {i} left the decoded value unchanged");
                }
            }
        }
    }

    private static bool Compares(object? expected, object actual)
    {
        try
        {
            FieldAssert.Equal(expected, actual);
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    private static void AssertVoid(MessageDescriptor descriptor, bool isReply, PayloadCodec codec)
    {
        Assert.Empty(codec.Encode(null));
        Assert.Same(VoidValue.Instance, codec.Decode([]));
        Assert.Null(codec.Decode([0]));
        Assert.Equal("{ }", GhRmMessages.FormatPayload(descriptor.Id, isReply, []));
        Assert.StartsWith("invalid payload", GhRmMessages.FormatPayload(descriptor.Id, isReply, [0]), StringComparison.Ordinal);
    }
}
