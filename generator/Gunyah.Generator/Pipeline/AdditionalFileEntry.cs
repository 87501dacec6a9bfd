using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// An additional file the generator cares about, as plain data: its role, normalized path, text (null when it
/// could not be read) and, for roots, the item metadata. Equatable, so an unchanged file stays cached.
/// </summary>
internal sealed record AdditionalFileEntry(
    GunyahFileRole Role,
    string Path,
    string? Text,
    RootItemOptions? Options,
    DiagnosticInfo? Error);
