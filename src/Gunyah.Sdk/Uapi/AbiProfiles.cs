using Android14Bindings = Gunyah.Sdk.Uapi.Android14;
using Android15Bindings = Gunyah.Sdk.Uapi.Android15;
using V10Bindings = Gunyah.Sdk.Uapi.V10;
using V17Bindings = Gunyah.Sdk.Uapi.V17;
using V6Bindings = Gunyah.Sdk.Uapi.V6;

namespace Gunyah.Sdk.Uapi;

/// <summary>The ABI generations the SDK binds, oldest first. They live side by side; nothing is merged across them.</summary>
public static class AbiProfiles
{
    /// <summary>The Gunyah patch series v6 (October 2022) ABI.</summary>
    public static AbiProfile V6 { get; } = Create(
        "v6", "Gunyah patch series v6 (Oct 2022): magic 'G' numbers from 0x40, LENT flag", V6Bindings.IoctlTable.All, V6Bindings.IoctlTable.TryFind, typeof(V6Bindings.IoctlTable));

    /// <summary>The Gunyah patch series v10 (early 2023) ABI.</summary>
    public static AbiProfile V10 { get; } = Create(
        "v10", "Gunyah patch series v10 (early 2023): functions by numeric type", V10Bindings.IoctlTable.All, V10Bindings.IoctlTable.TryFind, typeof(V10Bindings.IoctlTable));

    /// <summary>The Android common kernel android14-6.1 ABI.</summary>
    public static AbiProfile Android14 { get; } = Create(
        "android14-6.1", "Android common kernel android14-6.1: GH_ names, enums, 'A' Android ioctls", Android14Bindings.IoctlTable.All, Android14Bindings.IoctlTable.TryFind, typeof(Android14Bindings.IoctlTable));

    /// <summary>The Gunyah patch series v17 (February 2024) ABI.</summary>
    public static AbiProfile V17 { get; } = Create(
        "v17", "Gunyah patch series v17 (Feb 2024): GUNYAH_ names, guest_memfd, boot context", V17Bindings.IoctlTable.All, V17Bindings.IoctlTable.TryFind, typeof(V17Bindings.IoctlTable));

    /// <summary>The Android common kernel android15-6.6 ABI.</summary>
    public static AbiProfile Android15 { get; } = Create(
        "android15-6.6", "Android common kernel android15-6.6: the GUNYAH_/GH_ hybrid", Android15Bindings.IoctlTable.All, Android15Bindings.IoctlTable.TryFind, typeof(Android15Bindings.IoctlTable));

    /// <summary>Every profile, oldest first.</summary>
    public static IReadOnlyList<AbiProfile> All { get; } = [V6, V10, Android14, V17, Android15];

    // The namespace is the generated table's: the .csproj item is the one place that names it.
    private static AbiProfile Create(string name, string description, IReadOnlyList<Gunyah.Interop.IoctlDescriptor> ioctls, IoctlLookup lookup, Type table) =>
        new(name, description, table.Namespace!, ioctls, lookup);

    /// <summary>Finds a profile by its folder name (e.g. <c>v17</c>), ignoring case.</summary>
    public static AbiProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
