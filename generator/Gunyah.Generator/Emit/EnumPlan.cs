using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>The C# names chosen for one enum and its members (member names parallel <c>Model.Members</c>).</summary>
internal sealed record EnumPlan(EnumModel Model, string Name, string FullName, IReadOnlyList<string> MemberNames);
