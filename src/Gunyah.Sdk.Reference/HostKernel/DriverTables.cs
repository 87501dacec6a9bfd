using A14 = Gunyah.Sdk.Uapi.Android14.Ioctls;
using A15 = Gunyah.Sdk.Uapi.Android15.Ioctls;
using V10 = Gunyah.Sdk.Uapi.V10.Ioctls;
using V17 = Gunyah.Sdk.Uapi.V17.Ioctls;
using V6 = Gunyah.Sdk.Uapi.V6.Ioctls;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// The request tables of one generation's driver: request number → handler, per fd kind, with the numbers taken
/// from that generation's generated header. A request not in a table gets the fd kind's unknown-request errno
/// (ENOTTY; a vCPU fd of a GH_ generation EINVAL). The handlers do their checks in the order the driver sources do.
/// </summary>
internal sealed class DriverTables
{
    private DriverTables(
        Dictionary<uint, Func<DeviceFile, nint, int>> device,
        Dictionary<uint, Func<VmFile, nint, int>> vm,
        Dictionary<uint, Func<VcpuFile, nint, int>> vcpu)
    {
        Device = device;
        Vm = vm;
        Vcpu = vcpu;
    }

    public IReadOnlyDictionary<uint, Func<DeviceFile, nint, int>> Device { get; }

    public IReadOnlyDictionary<uint, Func<VmFile, nint, int>> Vm { get; }

    public IReadOnlyDictionary<uint, Func<VcpuFile, nint, int>> Vcpu { get; }

    public static DriverTables For(Generation generation) => generation.Id switch
    {
        GenerationId.V6 => new(
            new() { [V6.GH_CREATE_VM] = static (d, a) => d.CreateVm(a) },
            new()
            {
                [V6.GH_VM_SET_USER_MEM_REGION] = static (vm, a) => vm.SetUserMemoryRegion(a, lendIoctl: false),
                [V6.GH_VM_SET_DTB_CONFIG] = static (vm, a) => vm.SetDtbConfig(a),
                [V6.GH_VM_START] = static (vm, _) => vm.Start(),
            },
            new()),
        GenerationId.V10 => new(
            new() { [V10.GH_CREATE_VM] = static (d, a) => d.CreateVm(a) },
            new()
            {
                [V10.GH_VM_SET_USER_MEM_REGION] = static (vm, a) => vm.SetUserMemoryRegion(a, lendIoctl: false),
                [V10.GH_VM_SET_DTB_CONFIG] = static (vm, a) => vm.SetDtbConfig(a),
                [V10.GH_VM_START] = static (vm, _) => vm.Start(),
                [V10.GH_VM_ADD_FUNCTION] = static (vm, a) => vm.AddFunction(a),
                [V10.GH_VM_REMOVE_FUNCTION] = static (vm, a) => vm.RemoveFunction(a),
            },
            VcpuTable(V10.GH_VCPU_RUN, V10.GH_VCPU_MMAP_SIZE)),
        GenerationId.Android14 => new(
            new() { [A14.GH_CREATE_VM] = static (d, a) => d.CreateVm(a) },
            new()
            {
                [A14.GH_VM_SET_USER_MEM_REGION] = static (vm, a) => vm.SetUserMemoryRegion(a, lendIoctl: false),
                [A14.GH_VM_ANDROID_LEND_USER_MEM] = static (vm, a) => vm.SetUserMemoryRegion(a, lendIoctl: true),
                [A14.GH_VM_SET_DTB_CONFIG] = static (vm, a) => vm.SetDtbConfig(a),
                [A14.GH_VM_ANDROID_SET_FW_CONFIG] = static (vm, a) => vm.SetFirmwareConfig(a),
                [A14.GH_VM_START] = static (vm, _) => vm.Start(),
                [A14.GH_VM_ADD_FUNCTION] = static (vm, a) => vm.AddFunction(a),
                [A14.GH_VM_REMOVE_FUNCTION] = static (vm, a) => vm.RemoveFunction(a),
            },
            VcpuTable(A14.GH_VCPU_RUN, A14.GH_VCPU_MMAP_SIZE)),
        GenerationId.V17 => new(
            new()
            {
                [V17.GUNYAH_CREATE_VM] = static (d, a) => d.CreateVm(a),
                [V17.GUNYAH_CREATE_GUEST_MEM] = static (d, a) => d.CreateGuestMem(a),
            },
            new()
            {
                [V17.GUNYAH_VM_SET_DTB_CONFIG] = static (vm, a) => vm.SetDtbConfig(a),
                [V17.GUNYAH_VM_START] = static (vm, _) => vm.Start(),
                [V17.GUNYAH_VM_ADD_FUNCTION] = static (vm, a) => vm.AddFunction(a),
                [V17.GUNYAH_VM_REMOVE_FUNCTION] = static (vm, a) => vm.RemoveFunction(a),
                [V17.GUNYAH_VM_MAP_MEM] = static (vm, a) => vm.MapMemory(a),
                [V17.GUNYAH_VM_SET_BOOT_CONTEXT] = static (vm, a) => vm.SetBootContext(a),
            },
            VcpuTable(V17.GUNYAH_VCPU_RUN, V17.GUNYAH_VCPU_MMAP_SIZE)),
        GenerationId.Android15 => new(
            new() { [A15.GUNYAH_CREATE_VM] = static (d, a) => d.CreateVm(a) },
            new()
            {
                [A15.GH_VM_SET_USER_MEM_REGION] = static (vm, a) => vm.SetUserMemoryRegion(a, lendIoctl: false),
                [A15.GH_VM_ANDROID_LEND_USER_MEM] = static (vm, a) => vm.SetUserMemoryRegion(a, lendIoctl: true),
                [A15.GUNYAH_VM_SET_DTB_CONFIG] = static (vm, a) => vm.SetDtbConfig(a),
                [A15.GH_VM_ANDROID_SET_FW_CONFIG] = static (vm, a) => vm.SetFirmwareConfig(a),
                [A15.GUNYAH_VM_START] = static (vm, _) => vm.Start(),
                [A15.GUNYAH_VM_ADD_FUNCTION] = static (vm, a) => vm.AddFunction(a),
                [A15.GUNYAH_VM_REMOVE_FUNCTION] = static (vm, a) => vm.RemoveFunction(a),
                [A15.GUNYAH_VM_MAP_MEM] = static (vm, a) => vm.MapMemory(a),
                [A15.GUNYAH_VM_SET_BOOT_CONTEXT] = static (vm, a) => vm.SetBootContext(a),
            },
            VcpuTable(A15.GUNYAH_VCPU_RUN, A15.GUNYAH_VCPU_MMAP_SIZE)),
        _ => throw new ArgumentOutOfRangeException(nameof(generation)),
    };

    private static Dictionary<uint, Func<VcpuFile, nint, int>> VcpuTable(uint run, uint mmapSize) => new()
    {
        [run] = static (vcpu, _) => vcpu.Run(),
        [mmapSize] = static (_, _) => (int)UserMemory.PageSize,
    };
}
