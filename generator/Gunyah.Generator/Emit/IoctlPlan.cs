using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>An ioctl with the name of its request constant in the <c>Ioctls</c> class.</summary>
internal sealed record IoctlPlan(IoctlModel Model, string ConstantName);
