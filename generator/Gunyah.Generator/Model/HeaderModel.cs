namespace Gunyah.Generator.Model;

/// <summary>
/// Everything the emitters need from one root header: plain equatable data, no Roslyn objects.
/// Lists keep declaration order. Structs whose layout could not be computed are absent (a diagnostic says why).
/// </summary>
public sealed record HeaderModel(
    HeaderRequest Request,
    EquatableArray<StructModel> Structs,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ConstantModel> Constants,
    EquatableArray<IoctlModel> Ioctls,
    EquatableArray<DiagnosticInfo> Diagnostics);
