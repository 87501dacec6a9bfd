namespace Gunyah.Generator.Emit;

/// <summary>A typed ioctl client: one struct per fd kind, one method per ioctl assigned to that kind.</summary>
internal sealed record ClientPlan(string FdKind, string Name, IReadOnlyList<ClientMethodPlan> Methods);

/// <summary>One client method and the ioctl (with its constant's name) it issues.</summary>
internal sealed record ClientMethodPlan(IoctlPlan Ioctl, string Name);
