using Gunyah.Interop;

namespace Gunyah.Sdk.Uapi;

/// <summary>
/// One generation of the /dev/gunyah ABI as this SDK binds it: its header folder, the namespace holding
/// its generated bindings, and its ioctl table.
/// </summary>
/// <param name="Name">The profile's folder name under headers/, e.g. <c>v17</c>.</param>
/// <param name="Description">Which kernel series or branch it follows.</param>
/// <param name="Namespace">The namespace of its generated bindings.</param>
/// <param name="Ioctls">Every ioctl the profile's header defines.</param>
/// <param name="Lookup">The generated table's own lookup.</param>
public sealed record AbiProfile(string Name, string Description, string Namespace, IReadOnlyList<IoctlDescriptor> Ioctls, IoctlLookup Lookup)
{
    /// <summary>Finds the ioctl with this request number in this profile.</summary>
    public IoctlDescriptor? FindByRequest(uint request) => Lookup(request, out var ioctl) ? ioctl : null;
}
