using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;
using Caps = Gunyah.Sdk.Vmm.VmCapabilities;

namespace Gunyah.Sdk.Tests.Vmm.Capabilities;

/// <summary>What each generation declares it offers, and what a call it lacks does: throw, send nothing.</summary>
public class CapabilityTests
{
    /// <summary>The public calls each capability gates. ResumeActions is gated on vCPU exits (ResumeActionTests);
    /// StatusExit and PageFaultExit name exits the kernel produces, and gate no call.</summary>
    private static readonly (VmCapabilities Capability, string Name, Action<FakeVmm> Call)[] GatedCalls =
    [
        (Caps.UserMemoryRegions, "SetUserMemoryRegion", f => f.Vm.SetUserMemoryRegion(Region(MemorySharing.Share))),
        (Caps.UserMemoryRegions, "AddUserMemory", f =>
        {
            using var memory = f.Device.AllocateGuestMemory(0x8000_0000, (ulong)Environment.SystemPageSize);
            f.Vm.AddUserMemory(1, memory);
        }),
        (Caps.UserMemoryLend, "SetUserMemoryRegion(lend)", f => f.Vm.SetUserMemoryRegion(Region(MemorySharing.Lend))),
        (Caps.UserMemoryRegionDelete, "DeleteUserMemoryRegion", f => f.Vm.DeleteUserMemoryRegion(1)),
        (Caps.GuestMemoryFiles, "CreateGuestMemory", f => f.Device.CreateGuestMemory(0x20_0000).Dispose()),
        (Caps.MapMemory, "MapMemory", f => f.Vm.MapMemory(GuestMemoryFile(f), Binding)),
        (Caps.MapMemory, "UnmapMemory", f => f.Vm.UnmapMemory(GuestMemoryFile(f), Binding)),
        (Caps.BootContext, "SetBootRegister", f => f.Vm.SetBootRegister(BootRegister.Pc, 0x8000_0000)),
        (Caps.FirmwareConfig, "SetFirmwareConfig", f => f.Vm.SetFirmwareConfig(0x8000_0000, 0x1000)),
        (Caps.Functions, "AddVcpu", f => f.Vm.AddVcpu(0)),
        (Caps.Functions, "AddFunction(VcpuFunction)", f => f.Vm.AddFunction(new VcpuFunction(1))),
        (Caps.Functions, "AddFunction(IrqfdFunction)", f =>
        {
            using var eventFd = f.Device.CreateEventFd();
            f.Vm.AddFunction(new IrqfdFunction(eventFd, 1));
        }),
        (Caps.Functions, "AddFunction(IoeventfdFunction)", f =>
        {
            using var eventFd = f.Device.CreateEventFd();
            f.Vm.AddFunction(new IoeventfdFunction(eventFd, 0x1000, 4));
        }),
        (Caps.Functions, "AddFunction(RawVmFunction)", f => f.Vm.AddFunction(new RawVmFunction(9, new byte[4]))),
    ];

    private static readonly GuestMemoryBinding Binding = new(0x8000_0000, 0, 0x1000, MemoryAccess.ReadWrite);

    public static TheoryData<string, string> MissingCalls()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in Generations.ProfileNames)
        {
            var declared = Expected(profile);
            foreach (var (capability, name, _) in GatedCalls.Where(c => (declared & c.Capability) == 0))
            {
                data.Add(profile, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Generations.All), MemberType = typeof(Generations))]
    public void Declared_capabilities_are_the_ones_the_abi_facts_give_each_generation(string profile)
    {
        using var fake = FakeVmm.Create(profile);

        Assert.Equal(Expected(profile), fake.Device.Capabilities);
        Assert.Equal(Expected(profile), fake.Vm.Capabilities);
    }

    [Theory]
    [MemberData(nameof(MissingCalls))]
    public void A_call_the_generation_lacks_throws_naming_generation_and_capability_and_sends_nothing(string profile, string call)
    {
        using var fake = FakeVmm.Create(profile);
        var (capability, _, invoke) = GatedCalls.Single(c => c.Name == call);

        var exception = Assert.Throws<GunyahNotSupportedException>(() => invoke(fake));

        Assert.Same(fake.Profile, exception.Profile);
        Assert.Equal(capability, exception.Capability & capability);
        Assert.Equal(VmCapabilities.None, exception.Capability & Expected(profile));
        Assert.Contains(profile, exception.Message, StringComparison.Ordinal);
        Assert.Contains(capability.ToString(), exception.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Ioctls);
    }

    [Fact]
    public void Every_call_in_the_table_works_where_its_capability_is_declared()
    {
        foreach (var profile in Generations.ProfileNames)
        {
            foreach (var (capability, name, invoke) in GatedCalls.Where(c => (Expected(profile) & c.Capability) != 0))
            {
                using var fake = FakeVmm.Create(profile);
                invoke(fake);
                Assert.True(fake.Ioctls.Count > 0, $"{name} on {profile} sent nothing.");
            }
        }
    }

    [Fact]
    public void Every_capability_flag_is_gated_by_a_call_or_is_an_exit_capability()
    {
        VmCapabilities[] exitCapabilities = [Caps.StatusExit, Caps.PageFaultExit, Caps.ResumeActions];
        var covered = GatedCalls.Select(c => c.Capability).Concat(exitCapabilities).Aggregate(Caps.None, (all, c) => all | c);

        Assert.Equal(Enum.GetValues<VmCapabilities>().Aggregate(Caps.None, (all, c) => all | c), covered);

        // An exit capability is only ever missing together with what it would be reached through.
        foreach (var profile in Generations.ProfileNames)
        {
            var declared = Expected(profile);
            if ((declared & Caps.Functions) == 0)
            {
                Assert.Equal(Caps.None, declared & (Caps.StatusExit | Caps.PageFaultExit | Caps.ResumeActions));
            }
        }
    }

    [Fact]
    public void Lending_on_a_generation_without_user_regions_names_both_missing_capabilities()
    {
        using var fake = FakeVmm.Create("v17");

        var exception = Assert.Throws<GunyahNotSupportedException>(() => fake.Vm.SetUserMemoryRegion(Region(MemorySharing.Lend)));

        Assert.Equal(Caps.UserMemoryRegions | Caps.UserMemoryLend, exception.Capability);
        Assert.Contains("UserMemoryRegions, UserMemoryLend", exception.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Ioctls);
    }

    /// <summary>The table, from the ABI facts (docs/abi-profiles.md, "Differences at a glance").</summary>
    internal static VmCapabilities Expected(string profile) => profile switch
    {
        "v6" => Caps.UserMemoryRegions | Caps.UserMemoryLend | Caps.UserMemoryRegionDelete,
        "v10" => Caps.UserMemoryRegions | Caps.UserMemoryLend | Caps.UserMemoryRegionDelete | Caps.Functions | Caps.StatusExit,
        "android14-6.1" => Caps.UserMemoryRegions | Caps.UserMemoryLend | Caps.FirmwareConfig | Caps.Functions | Caps.StatusExit,
        "v17" => Caps.GuestMemoryFiles | Caps.MapMemory | Caps.BootContext | Caps.Functions | Caps.StatusExit | Caps.PageFaultExit | Caps.ResumeActions,
        "android15-6.6" => Caps.UserMemoryRegions | Caps.UserMemoryLend | Caps.FirmwareConfig | Caps.MapMemory | Caps.BootContext
            | Caps.Functions | Caps.StatusExit | Caps.PageFaultExit | Caps.ResumeActions,
        _ => throw new ArgumentException(profile, nameof(profile)),
    };

    private static UserMemoryRegion Region(MemorySharing sharing) => new(1, 0x8000_0000, 0x1000, 0x1000_0000, MemoryAccess.ReadWrite, sharing);

    private static GuestMemoryHandle GuestMemoryFile(FakeVmm fake) => new(fake.Kernel, fake.Kernel.NewFd(FdKinds.GuestMem));
}
