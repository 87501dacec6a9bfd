namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Names of the generator's incremental steps, for <c>GeneratorRunResult.TrackedSteps</c>: tests check that
/// each stays cached when its inputs don't change.
/// </summary>
public static class TrackingNames
{
    /// <summary>Additional files with a GunyahRole, read into plain data.</summary>
    public const string AdditionalFiles = "GunyahAdditionalFiles";

    /// <summary>One <c>HeaderRequest</c> per root header item.</summary>
    public const string Requests = "Requests";

    /// <summary>All root and include headers as one path → text set.</summary>
    public const string HeaderFiles = "HeaderFiles";

    /// <summary>The front-end's <c>HeaderModel</c> per root.</summary>
    public const string Models = "Models";

    /// <summary>Parsed fd maps.</summary>
    public const string FdMaps = "FdMaps";

    /// <summary>Models with fd kinds assigned from their fd map.</summary>
    public const string FdBoundModels = "FdBoundModels";

    /// <summary>Generated sources and all diagnostics per root.</summary>
    public const string Emitted = "Emitted";
}
