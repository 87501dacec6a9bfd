using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Conformance.Clauses.RegionCalls;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>VM_START and what may follow it (gunyah-uapi.md §3, §5.4, §6.4).</summary>
internal static class StartClauses
{
    public static IEnumerable<Clause> All()
    {
        yield return new Clause(
            "start.prepared-vm",
            "A VM with memory, a devicetree inside it and (where the generation has them) boot registers starts.",
            "gunyah-uapi.md §3, §5.4, §6.4 START; §8 (the sample VMM's flow)",
            In(Generations.All, Success),
            context => ClauseContext.Result(StartableVm.Create(context).Vm.Start));

        yield return new Clause(
            "start.again-while-running",
            "START on a VM that is running returns 0 and changes nothing.",
            "gunyah-uapi.md §3 (v6: 0 unless NO_STATE), §5.4, §6.4 START",
            In(Generations.All, Success),
            context => ClauseContext.Result(StartableVm.Started(context).Vm.Start));

        yield return new Clause(
            "start.again-after-a-failed-start",
            "After a START that failed, START again fails with ENODEV; v6 only acts in its first state and answers 0.",
            "gunyah-uapi.md §5.4, §6.4 START (0 if RUNNING, else ENODEV); §3",
            In(Generations.All, Fails(ENODEV)).And(V6, Success),
            context =>
            {
                var (vm, first) = StartWithoutMemory(context);
                ClauseContext.Require(first < 0, "START without any memory succeeded");
                return ClauseContext.Result(vm.Start);
            });

        yield return new Clause(
            "start.v6-reports-every-failure-as-einval",
            "v6 reports any START failure as EINVAL (here: no memory holds the devicetree).",
            "gunyah-uapi.md §3 START",
            In(V6, Fails(EINVAL)),
            context => StartWithoutMemory(context).Result);

        yield return new Clause(
            "start.region-after-start",
            "The region ioctl does not check the VM's state: a region added after START is accepted (and recorded, never shared).",
            "gunyah-uapi.md §5.4 SET_USER_MEM_REGION (observation)",
            In(ModernGh, Success),
            context =>
            {
                var vm = StartableVm.Started(context).Vm;
                return Region(context, vm, 7, Gpa + StartableVm.RamSize, Page, Host(context, Page));
            });

        yield return new Clause(
            "start.function-after-start",
            "ADD_FUNCTION does not check the VM's state: a vCPU added after START gets its fd at once.",
            "gunyah-uapi.md §5.4 ADD_FUNCTION; §6.4",
            In(WithFunctions, Success),
            context =>
            {
                var vm = StartableVm.Started(context).Vm;
                return context.Result(() => vm.AddVcpu(0), vcpu => vcpu.Handle.Fd);
            })
        { Requires = VmCapabilities.Functions };
    }

    // START of a VM whose devicetree no memory holds: it must fail.
    private static (GunyahVm Vm, int Result) StartWithoutMemory(ClauseContext context)
    {
        var vm = context.CreateVm();
        vm.SetDeviceTree(Gpa, Page);
        return (vm, ClauseContext.Result(vm.Start));
    }
}
