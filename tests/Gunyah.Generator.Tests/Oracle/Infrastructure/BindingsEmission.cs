using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>How the oracle and the fuzz turn a model into C# sources: the emitter, called directly.</summary>
internal static class BindingsEmission
{
    public delegate IReadOnlyList<(string HintName, string Text)> Emit(HeaderModel model);

    /// <summary>The real emitter. Nullable so a harness can run the front-end alone.</summary>
    public static Emit? Emitter => model => [.. BindingsEmitter.Emit(model).Select(s => (s.HintName, s.Text))];
}
