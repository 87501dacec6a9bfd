using System.Collections.Immutable;
using Gunyah.Generator.Emit.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// The emitter's entry point: a <see cref="HeaderModel"/> in, C# files out. Pure and deterministic (no
/// Roslyn objects, no clocks, no machine paths), so the generator, fuzz tests and benchmarks all call it
/// directly. Naming is decided first (<see cref="BindingPlanner"/>), then each file is rendered.
/// </summary>
internal static class BindingsEmitter
{
    public static ImmutableArray<GeneratedSource> Emit(HeaderModel model) => EmitWithDiagnostics(model).Sources.AsImmutableArray();

    /// <summary>Emits the files and returns the diagnostics raised while naming and laying out members.</summary>
    public static EmitResult EmitWithDiagnostics(HeaderModel model)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var plan = BindingPlanner.Plan(model, diagnostics);
        var context = new EmitContext(plan, diagnostics);
        var sources = new List<GeneratedSource>();

        foreach (var record in plan.Records)
        {
            sources.Add(RecordEmitter.Emit(context, record));
        }

        foreach (var enumPlan in plan.Enums)
        {
            sources.Add(EnumEmitter.Emit(context, enumPlan));
        }

        if (plan.Constants.Count > 0)
        {
            sources.Add(ConstantsEmitter.Emit(context));
        }

        if (plan.Ioctls.Count > 0)
        {
            sources.Add(IoctlsEmitter.Emit(context));
            sources.Add(IoctlTableEmitter.Emit(context));
        }

        foreach (var client in plan.Clients)
        {
            sources.Add(ClientEmitter.Emit(context, client));
        }

        if (plan.Messages is { } messages)
        {
            EmitMessages(context, messages, sources);
        }

        if (plan.Records.Count > 0 || plan.Ioctls.Count > 0 || plan.Messages is not null)
        {
            sources.Add(FormatHelperEmitter.Emit(context));
        }

        // Last: the other emitters record which lengths they used.
        if (context.Types.InlineArrayLengths.Count > 0)
        {
            sources.Add(InlineArrayEmitter.Emit(context, context.Types.InlineArrayLengths));
        }

        return new EmitResult(sources.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Codecs, readers, owned payloads, list readers, then the protocol classes (docs/generator.md, "Message codecs").</summary>
    private static void EmitMessages(EmitContext context, MessagePlan messages, List<GeneratedSource> sources)
    {
        foreach (var record in messages.CodecRecords)
        {
            sources.Add(RecordCodecEmitter.Emit(context, record));
        }

        foreach (var payload in messages.Payloads.Where(p => !p.IsFixed))
        {
            sources.Add(PayloadEncoderEmitter.Emit(context, payload));
            sources.Add(PayloadReaderEmitter.Emit(context, payload));
            sources.Add(PayloadClassEmitter.Emit(context, payload));
        }

        foreach (var reader in messages.ListReaders)
        {
            sources.Add(ListReaderEmitter.Emit(context, reader));
        }

        sources.Add(WireHelperEmitter.Emit(context));
        sources.Add(MessageTableEmitter.Emit(context));
        sources.Add(MessageClientEmitter.Emit(context));
        if (messages.Calls.Any())
        {
            sources.Add(MessageServerEmitter.EmitHandler(context));
            sources.Add(MessageServerEmitter.EmitDispatcher(context));
        }

        if (messages.Notifications.Any())
        {
            sources.Add(NotificationSenderEmitter.Emit(context));
        }
    }
}
