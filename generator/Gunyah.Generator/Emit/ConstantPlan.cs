using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>A constant with the name of its C# constant in the <c>Constants</c> class.</summary>
internal sealed record ConstantPlan(ConstantModel Model, string Name);
