namespace Gunyah.Generator.Model;

/// <summary>
/// Everything the emitters need from one root header: plain equatable data, no Roslyn objects.
/// Lists keep declaration order. Structs whose layout could not be computed are absent (a diagnostic says why).
/// <see cref="Messages"/> is last (and optional) so models built before the message feature still construct;
/// it holds only messages whose payloads passed validation.
/// </summary>
public sealed record HeaderModel(
    HeaderRequest Request,
    EquatableArray<StructModel> Structs,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ConstantModel> Constants,
    EquatableArray<IoctlModel> Ioctls,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<MessageModel> Messages = default);
