using Gunyah.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Gunyah.Generator.Diagnostics;

/// <summary>
/// Turns plain-data <see cref="DiagnosticInfo"/>s into Roslyn <see cref="Diagnostic"/>s at the very end of
/// the pipeline: only there may Roslyn objects appear, or cached steps would hold on to compilations.
/// </summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(DiagnosticInfo info) =>
        Diagnostic.Create(DiagnosticCatalog.Get(info.Id), ToLocation(info.Location), info.Message);

    /// <summary>A location in a header file (outside the compilation): path plus 1-based line/column
    /// converted to Roslyn's 0-based line positions.</summary>
    public static Location ToLocation(LocationInfo? location)
    {
        if (location is not { } value || string.IsNullOrEmpty(value.File))
        {
            return Location.None;
        }

        var position = new LinePosition(Math.Max(value.Line - 1, 0), Math.Max(value.Column - 1, 0));
        return Location.Create(value.File, default, new LinePositionSpan(position, position));
    }
}
