using System.Buffers;
using System.Diagnostics;
using System.Reflection;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;
using Xunit.Abstractions;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Fixed-seed fuzz of every payload decoder the protocol has: the records' TryDecode and the payload readers
/// (through TryRead, ReadFixed, list indexers and ToPayload), the trace formatter (which also enumerates every
/// list), the dispatcher's request decoding and the typed client's notification decoding. Nothing may throw, and
/// whatever decodes must re-encode to the input, or differ from it only by trailing zero bytes (the padding and
/// empty-list rules of docs/rm-protocol.md are the only license to differ).
/// </summary>
public class DecoderFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 0x5EED;
    private const uint InvalidStatus = (uint)GhRmError.Invalid;

    private sealed record Target(MessageDescriptor Message, bool IsReply, PayloadCodec Codec, byte[] Valid)
    {
        public override string ToString() => $"{Message.Name} {(IsReply ? "reply" : "payload")}";
    }

    [Fact]
    public void Mutated_payloads_never_throw_and_what_decodes_re_encodes_consistently_with_the_input()
    {
        const int Cases = 120_000;
        var mutator = new PayloadMutator(Seed);
        var targets = Targets(_ => true);
        var watch = Stopwatch.StartNew();
        var decoded = 0;
        var identical = 0;

        for (var i = 0; i < Cases; i++)
        {
            var target = targets[mutator.Random.Next(targets.Length)];
            var input = mutator.Random.Next(10) == 0 ? mutator.RandomBytes() : mutator.Mutate(target.Valid);
            Guard(i, target, input, () =>
            {
                var value = target.Codec.Decode(input);
                // The formatter validates with the same readers: it calls a payload invalid exactly when they do.
                var text = GhRmMessages.FormatPayload(target.Message.Id, target.IsReply, input);
                Assert.Equal(value is null, text.StartsWith("invalid payload", StringComparison.Ordinal));
                if (value is null)
                {
                    return;
                }

                decoded++;
                var again = target.Codec.Encode(value);
                AssertSameUpToTrailingZeros(input, again);
                identical += again.AsSpan().SequenceEqual(input) ? 1 : 0;
                Assert.Equal(again, target.Codec.Encode(target.Codec.Decode(again)));
            });
        }

        output.WriteLine($"{Cases} cases in {watch.Elapsed.TotalMilliseconds:F0} ms: {decoded} decoded, {identical} re-encoded identically");
        // Enough mutated inputs still decode for the re-encoding check to mean something.
        Assert.True(decoded > Cases / 10, $"only {decoded} of {Cases} inputs decoded");
        Assert.True(identical > 0);
    }

    [Fact]
    public void Unknown_ids_with_random_payloads_format_as_unknown_and_never_throw()
    {
        var mutator = new PayloadMutator(Seed + 1);
        for (var i = 0; i < 10_000; i++)
        {
            var id = (uint)mutator.Random.NextInt64(uint.MaxValue + 1L);
            var input = mutator.RandomBytes();
            var text = GhRmMessages.FormatPayload(id, mutator.Random.Next(2) == 0, input);
            Assert.Equal(!GhRmMessages.TryFind(id, out _), text.StartsWith("unknown message", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_dispatcher_answers_every_mutated_request_with_OK_and_a_reply_or_with_the_invalid_status()
    {
        const int Cases = 40_000;
        var mutator = new PayloadMutator(Seed + 2);
        var targets = Targets(target => !target.IsReply && target.Message.Kind == RpcMessageKind.Call);
        var handler = new RecordingRmHandler();
        var dispatcher = new GhRmDispatcher(handler, InvalidStatus, (uint)GhRmError.Unimplemented);
        var caller = new RpcCaller(ProtocolStack.ClientVmid, new NullSink());

        for (var i = 0; i < Cases; i++)
        {
            var target = targets[mutator.Random.Next(targets.Length)];
            var input = mutator.Mutate(target.Valid);
            Guard(i, target, input, () =>
            {
                var reply = new ArrayBufferWriter<byte>();
                var pending = dispatcher.HandleAsync(caller, target.Message.Id, input, reply, CancellationToken.None);
                Assert.True(pending.IsCompleted);

                var accepted = target.Codec.Decode(input) is not null;
                Assert.Equal(accepted ? 0u : InvalidStatus, pending.Result);
                Assert.Equal(accepted ? 1 : 0, handler.Received.Count);
                var expectedReply = PayloadCodecs.For(target.Message.ReplyCType);
                Assert.Equal(accepted ? expectedReply.Encode(expectedReply.Sample) : [], reply.WrittenSpan.ToArray());
                handler.Received.Clear();
            });
        }
    }

    [Fact]
    public void The_typed_client_raises_exactly_one_event_or_decode_failure_per_mutated_notification()
    {
        const int Cases = 20_000;
        var mutator = new PayloadMutator(Seed + 3);
        var targets = Targets(target => target.Message.Kind == RpcMessageKind.Notification);
        var source = new ManualSource();
        using var client = new GhRmClient(new NullChannel(), source);
        var events = new int[1];
        var failures = 0;
        client.NotificationDecodeFailed += _ => failures++;
        foreach (var clientEvent in typeof(GhRmClient).GetEvents().Where(e => e.Name != nameof(GhRmClient.NotificationDecodeFailed)))
        {
            var argument = clientEvent.EventHandlerType!.GetGenericArguments().Single();
            typeof(DecoderFuzzTests).GetMethod(nameof(Count), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(argument).Invoke(null, [client, clientEvent, events]);
        }

        for (var i = 0; i < Cases; i++)
        {
            var target = targets[mutator.Random.Next(targets.Length)];
            var input = mutator.Mutate(target.Valid);
            Guard(i, target, input, () =>
            {
                var (eventsBefore, failuresBefore) = (events[0], failures);
                source.Raise(target.Message.Id, input);
                var valid = target.Codec.Decode(input) is not null;
                Assert.Equal((valid ? 1 : 0, valid ? 0 : 1), (events[0] - eventsBefore, failures - failuresBefore));
            });
        }
    }

    private static Target[] Targets(Func<Target, bool> keep) =>
        GhRmMessages.All
            .SelectMany(message => message.Kind == RpcMessageKind.Call ? new[] { (message, false), (message, true) } : [(message, false)])
            .Select(pair =>
            {
                var codec = PayloadCodecs.For(pair.Item2 ? pair.message.ReplyCType : pair.message.RequestCType);
                return new Target(pair.message, pair.Item2, codec, codec.Encode(codec.Sample));
            })
            .Where(keep)
            .ToArray();

    private static void AssertSameUpToTrailingZeros(byte[] input, byte[] reEncoded)
    {
        var common = Math.Min(input.Length, reEncoded.Length);
        Assert.Equal(input.AsSpan(0, common).ToArray(), reEncoded.AsSpan(0, common).ToArray());
        var longer = input.Length > reEncoded.Length ? input : reEncoded;
        Assert.True(longer.AsSpan(common).IndexOfAnyExcept((byte)0) < 0, "the encodings differ by more than trailing zero bytes");
    }

    private static void Guard(int index, Target target, byte[] input, Action check)
    {
        try
        {
            check();
        }
        catch (Exception error)
        {
            Assert.Fail($"case {index}, {target}, input {Convert.ToHexString(input)}: {error}");
        }
    }

    private static void Count<T>(GhRmClient client, EventInfo clientEvent, int[] counter) =>
        clientEvent.AddEventHandler(client, new Action<T>(_ => counter[0]++));

    private sealed class ManualSource : IRpcNotificationSource
    {
        public event RpcNotificationHandler? NotificationReceived;

        public void Raise(uint messageId, ReadOnlySpan<byte> payload) => NotificationReceived?.Invoke(messageId, payload);
    }

    private sealed class NullSink : IRpcNotificationSink
    {
        public ValueTask NotifyAsync(uint messageId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class NullChannel : IRpcChannel
    {
        public ValueTask<RpcReply> CallAsync(uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the fuzz makes no calls");
    }
}
