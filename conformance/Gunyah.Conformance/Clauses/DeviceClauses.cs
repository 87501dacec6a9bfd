using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>The device, VM and vCPU fds: CREATE_VM, unknown requests, and which ioctls each generation defines.</summary>
internal static class DeviceClauses
{
    // _IO('G', 0x99): a number no generation defines.
    private const uint UnknownRequest = 0x4799;

    // Requests named by number because some generations do not define them (gunyah-uapi.md §2).
    private const uint AndroidLendUserMemory = 0x40204111;
    private const uint CreateGuestMemory = 0x40404708;
    private const uint SetBootContext = 0x4010470a;

    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "device.create-vm.returns-vm-fd",
            "CREATE_VM with argument 0 returns a new VM fd each time it is called.",
            "gunyah-uapi.md §3, §5.1, §6.1 CREATE_VM",
            In(Generations.All, Success),
            context =>
            {
                var first = context.CreateVm();
                var second = context.CreateVm();
                ClauseContext.Require(first.Handle.Fd != second.Handle.Fd, "two VMs share one fd");
                return first.Handle.Fd;
            });

        yield return new Clause(
            "device.create-vm.nonzero-argument",
            "CREATE_VM with a non-zero argument fails with EINVAL and creates nothing; v6 takes no argument and ignores it.",
            "gunyah-uapi.md §5.4, §6.4 CREATE_VM; §3",
            In(Generations.All, Fails(EINVAL)).And(V6, Success),
            context =>
            {
                var result = context.IoctlValue(context.Device.Handle.Fd, "CREATE_VM", 1);
                if (result >= 0)
                {
                    context.Kernel.Close(result);
                }

                ClauseContext.RequireSuccess(ClauseContext.Result(() => context.CreateVm()), "CREATE_VM(0) afterwards");
                return result;
            });

        yield return new Clause(
            "device.unknown-request",
            "A request /dev/gunyah does not know fails with ENOTTY.",
            "gunyah-uapi.md §5.4, §6.4 unknown cmd",
            In(Generations.All, Fails(ENOTTY)),
            context => context.Kernel.Ioctl(context.Device.Handle.Fd, UnknownRequest, 0));

        yield return new Clause(
            "device.vm-request-on-device-fd",
            "VM_START sent to the device fd is not a device request: ENOTTY.",
            "gunyah-uapi.md §5.4, §6.4 unknown cmd",
            In(Generations.All, Fails(ENOTTY)),
            context => context.IoctlValue(context.Device.Handle.Fd, "VM_START"));

        yield return new Clause(
            "device.vm-fd.unknown-request",
            "A request the VM fd does not know fails with ENOTTY; the VM is unaffected.",
            "gunyah-uapi.md §5.4, §6.4 unknown cmd",
            In(Generations.All, Fails(ENOTTY)),
            context =>
            {
                var vm = context.CreateVm();
                var result = context.Kernel.Ioctl(vm.Handle.Fd, UnknownRequest, 0);
                ClauseContext.RequireResult(context.IoctlValue(vm.Handle.Fd, "CREATE_VM"), -ENOTTY, "CREATE_VM on the VM fd");
                return result;
            });

        yield return new Clause(
            "device.vcpu-fd.unknown-request",
            "A request the vCPU fd does not know fails with EINVAL in the GH_ generations and ENOTTY from v17 on.",
            "gunyah-uapi.md §5.4, §6.4 unknown cmd (P17-15); §9",
            In(ModernGh, Fails(EINVAL)).And(Generations.Gunyah, Fails(ENOTTY)),
            context =>
            {
                var vcpu = context.CreateVm().AddVcpu(0);
                return context.Kernel.Ioctl(vcpu.Handle.Fd, UnknownRequest, 0);
            })
        { Requires = VmCapabilities.Functions };

        yield return new Clause(
            "device.android-lend-ioctl",
            "The Android LEND_USER_MEM ('A' 0x11) exists only in the android generations: a NULL argument gives EFAULT there and ENOTTY elsewhere.",
            "gunyah-uapi.md §5.1, §7, §9",
            In(Generations.All, Fails(ENOTTY)).And(Android, Fails(EFAULT)),
            context => context.Kernel.Ioctl(context.CreateVm().Handle.Fd, AndroidLendUserMemory, 0));

        yield return new Clause(
            "device.create-guest-mem-ioctl",
            "CREATE_GUEST_MEM exists only in v17 (android15-6.6 dropped it): a NULL argument gives EFAULT there and ENOTTY elsewhere.",
            "gunyah-uapi.md §6.1, §7",
            In(Generations.All, Fails(ENOTTY)).And(V17, Fails(EFAULT)),
            context => context.Kernel.Ioctl(context.Device.Handle.Fd, CreateGuestMemory, 0));

        yield return new Clause(
            "device.boot-context-ioctl",
            "SET_BOOT_CONTEXT ('G' 0xa) exists from v17 on; no GH_ generation defines it, android14-6.1 included.",
            "gunyah-uapi.md §6.1, §7; §11 (no android14-6.1 kernel header with a boot context was found)",
            In(Generations.All, Fails(ENOTTY)).And(Generations.Gunyah, Fails(EFAULT)),
            context => context.Kernel.Ioctl(context.CreateVm().Handle.Fd, SetBootContext, 0))
        { Basis = ClauseBasis.DocumentedChoice };
    }
}
