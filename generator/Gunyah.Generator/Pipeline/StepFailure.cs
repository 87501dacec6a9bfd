using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Builds the <see cref="DiagnosticIds.InternalError"/> a pipeline step reports instead of throwing: an
/// exception escaping a generator would surface as an opaque CS8785 warning and drop every output.
/// </summary>
internal static class StepFailure
{
    public static DiagnosticInfo InternalError(string step, Exception exception, string? subject = null) =>
        new(
            DiagnosticIds.InternalError,
            $"The generator's '{step}' step failed{(subject is null ? string.Empty : " for " + subject)}: {exception.GetType().FullName}: {exception.Message}",
            null);

    /// <summary>Filters the catch clauses: cancellation must propagate.</summary>
    public static bool IsFailure(Exception exception) => exception is not OperationCanceledException;
}
