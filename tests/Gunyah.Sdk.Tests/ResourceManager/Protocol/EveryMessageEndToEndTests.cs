using System.Reflection;
using Gunyah.Interop;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Tests.ResourceManager.Protocol.ProtocolStack;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Every call of <see cref="GhRmMessages.All"/> through its typed GhRmClient method and the real stack, and every
/// notification through its generated sender to its typed event, with the <see cref="PayloadCodecs"/> samples.
/// Methods, senders and events are found from the table (by <see cref="CNameAttribute"/> and name), so a message
/// without one fails here.
/// </summary>
public class EveryMessageEndToEndTests
{
    private static readonly MethodInfo SubscribeMethod =
        typeof(EveryMessageEndToEndTests).GetMethod(nameof(Subscribe), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static TheoryData<string> Calls() => Names(RpcMessageKind.Call);

    public static TheoryData<string> Notifications() => Names(RpcMessageKind.Notification);

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_typed_call_delivers_its_request_to_the_handler_and_its_reply_to_the_caller_field_by_field(string message)
    {
        var descriptor = GhRmMessages.FindByName(message)!;
        var request = PayloadCodecs.For(descriptor.RequestCType).Sample;
        var reply = PayloadCodecs.For(descriptor.ReplyCType).Sample;
        var method = WithCName(typeof(GhRmClient).GetMethods(), message);
        await using var stack = Start();

        var result = await Await(method.Invoke(stack.Client, Arguments(method, request, sink: null))!, method.ReturnType);

        var call = Assert.Single(stack.Handler.Received);
        Assert.Equal((descriptor.Id, ClientVmid), (call.MessageId, call.Caller));
        FieldAssert.Equal(request, call.Request);
        FieldAssert.Equal(reply, result);
    }

    [Theory]
    [MemberData(nameof(Notifications))]
    public async Task A_notification_sent_with_its_generated_sender_raises_its_typed_event_field_by_field(string message)
    {
        var payload = PayloadCodecs.For(GhRmMessages.FindByName(message)!.RequestCType).Sample;
        var sender = WithCName(typeof(GhRmNotifications).GetMethods(), message);
        // GH_RM_NOTIF_VM_STATUS → NotifVmStatusReceived.
        var eventName = string.Concat(message["GH_RM_".Length..].Split('_').Select(word => word[0] + word[1..].ToLowerInvariant())) + "Received";
        var clientEvent = typeof(GhRmClient).GetEvent(eventName);
        Assert.True(clientEvent is not null, $"GhRmClient has no event {eventName}");
        await using var stack = Start();
        var received = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var argument = clientEvent.EventHandlerType!.GetGenericArguments().Single();
        SubscribeMethod.MakeGenericMethod(argument).Invoke(null, [stack.Client, clientEvent, received]);

        var sink = stack.Server.GetNotificationSink(ClientVmid);
        await Await(sender.Invoke(null, Arguments(sender, payload, sink))!, sender.ReturnType);

        FieldAssert.Equal(payload, await received.Task.WaitAsync(Deadline));
    }

    private static TheoryData<string> Names(RpcMessageKind kind)
    {
        var data = new TheoryData<string>();
        foreach (var message in GhRmMessages.All.Where(message => message.Kind == kind))
        {
            data.Add(message.Name);
        }

        return data;
    }

    private static MethodInfo WithCName(MethodInfo[] methods, string name)
    {
        var found = methods.Where(method => method.GetCustomAttribute<CNameAttribute>()?.Name == name).ToArray();
        Assert.True(found.Length == 1, $"expected one generated method for {name}, found {found.Length}");
        return found[0];
    }

    /// <summary>
    /// Arguments from a sample: the fixed part for the record parameter, one <c>ReadOnlyMemory</c> per list or tail
    /// (matched to the owned payload's property of the same name), the sink for senders, no cancellation.
    /// </summary>
    private static object?[] Arguments(MethodInfo method, object? sample, IRpcNotificationSink? sink) =>
        method.GetParameters().Select(parameter => parameter.ParameterType switch
        {
            var type when type == typeof(CancellationToken) => CancellationToken.None,
            var type when type == typeof(IRpcNotificationSink) => sink,
            var type when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ReadOnlyMemory<>) =>
                Activator.CreateInstance(type, ListOf(sample!, parameter.Name!)),
            _ => PayloadCodec.FixedPart(sample!),
        }).ToArray();

    private static object ListOf(object sample, string name)
    {
        var property = sample.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        Assert.True(property is not null, $"{sample.GetType().Name} has no list or tail '{name}'");
        return property.GetValue(sample)!;
    }

    private static async Task<object?> Await(object pending, Type returnType)
    {
        var task = (Task)returnType.GetMethod("AsTask")!.Invoke(pending, null)!;
        await task.WaitAsync(Deadline);
        return returnType == typeof(ValueTask) ? null : typeof(Task<>).MakeGenericType(returnType.GetGenericArguments()).GetProperty("Result")!.GetValue(task);
    }

    private static void Subscribe<T>(GhRmClient client, EventInfo clientEvent, TaskCompletionSource<object?> received) =>
        clientEvent.AddEventHandler(client, new Action<T>(value => received.TrySetResult(value)));
}
