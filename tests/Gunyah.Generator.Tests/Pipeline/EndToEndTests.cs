using System.Reflection;
using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Interop;

namespace Gunyah.Generator.Tests.Pipeline;

/// <summary>Header text in, compiled and loaded bindings out, through the real front-end.</summary>
public class EndToEndTests
{
    [Fact]
    public void A_Gunyah_style_header_becomes_working_bindings()
    {
        var run = PipelineInputs.Harness().Run();

        run.AssertNoErrors();
        Assert.Empty(run.Diagnostics);
        var assembly = run.LoadAssembly();
        var ns = PipelineInputs.Namespace;

        var region = assembly.GetType(ns + ".GhUserspaceMemoryRegion", throwOnError: true)!;
        Assert.Equal(32, StructProbe.SizeOf(region));
        Assert.Equal(8, StructProbe.OffsetOf(region, "GuestPhysAddr"));
        Assert.Equal(0x40204701u, assembly.GetType(ns + ".Ioctls")!.GetField("GH_VM_SET_USER_MEM_REGION")!.GetRawConstantValue());
        Assert.Equal(new[] { "SetUserMemRegion", "Start" }, assembly.GetType(ns + ".VmIoctls")!.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name));
        var all = (IReadOnlyList<IoctlDescriptor>)assembly.GetType(ns + ".IoctlTable")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(new[] { "GH_CREATE_VM", "GH_VM_SET_USER_MEM_REGION", "GH_VM_START", "GH_VCPU_RUN" }, all.Select(d => d.Name));
        Assert.Equal("device", all[0].FdKind);
        Assert.Contains("Userspace memory description for a VM.", run.Source(".GhUserspaceMemoryRegion.g.cs"), StringComparison.Ordinal);
        Assert.Contains("linux/gunyah_test.h:", run.Source(".GhUserspaceMemoryRegion.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_files_without_a_Gunyah_role_are_ignored()
    {
        var run = new GeneratorHarness()
            .AddAdditionalFile("/src/other.txt", "hello", new Dictionary<string, string>())
            .AddIncludeHeader("/src/include/x.h", "#define X 1\n")
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }
}
