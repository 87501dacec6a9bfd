using Android14Bindings = Gunyah.Sdk.Uapi.Android14;
using Android15Bindings = Gunyah.Sdk.Uapi.Android15;
using V10Bindings = Gunyah.Sdk.Uapi.V10;
using V17Bindings = Gunyah.Sdk.Uapi.V17;
using V6Bindings = Gunyah.Sdk.Uapi.V6;

namespace Gunyah.Sdk.Uapi;

/// <summary>The ABI generations the SDK binds, oldest first. They live side by side; nothing is merged across them.</summary>
public static class AbiProfiles
{
    public static AbiProfile V6 { get; } = new(
        "v6", "Gunyah patch series v6 (Oct 2022): magic 'G' numbers from 0x40, LENT flag", "Gunyah.Sdk.Uapi.V6", V6Bindings.IoctlTable.All);

    public static AbiProfile V10 { get; } = new(
        "v10", "Gunyah patch series v10 (early 2023): functions by numeric type", "Gunyah.Sdk.Uapi.V10", V10Bindings.IoctlTable.All);

    public static AbiProfile Android14 { get; } = new(
        "android14-6.1", "Android common kernel android14-6.1: GH_ names, enums, 'A' Android ioctls", "Gunyah.Sdk.Uapi.Android14", Android14Bindings.IoctlTable.All);

    public static AbiProfile V17 { get; } = new(
        "v17", "Gunyah patch series v17 (Feb 2024): GUNYAH_ names, guest_memfd, boot context", "Gunyah.Sdk.Uapi.V17", V17Bindings.IoctlTable.All);

    public static AbiProfile Android15 { get; } = new(
        "android15-6.6", "Android common kernel android15-6.6: the GUNYAH_/GH_ hybrid", "Gunyah.Sdk.Uapi.Android15", Android15Bindings.IoctlTable.All);

    public static IReadOnlyList<AbiProfile> All { get; } = [V6, V10, Android14, V17, Android15];

    /// <summary>Finds a profile by its folder name (e.g. <c>v17</c>), ignoring case.</summary>
    public static AbiProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
