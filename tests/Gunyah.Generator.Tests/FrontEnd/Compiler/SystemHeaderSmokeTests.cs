using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Generator.Tests.Fuzz;
using System.Collections.Immutable;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Compiler;

/// <summary>
/// Compiles real UAPI headers from the machine's linux-libc-dev. Expected numbers were printed by gcc 12.2 on
/// x86-64 against the same /usr/include; the tests skip nothing, so a machine without the headers fails loudly.
/// </summary>
public class SystemHeaderSmokeTests
{
    private static HeaderModel Compile(string root)
    {
        var request = new HeaderRequest(
            root,
            "Smoke",
            ImmutableArray.Create("/usr/include", "/usr/include/x86_64-linux-gnu").ToEquatableArray(),
            ImmutableArray.Create("__x86_64__").ToEquatableArray(),
            "_IOC",
            false,
            null);
        return HeaderCompiler.Compile(request, new DiskHeaderFileProvider(), CancellationToken.None);
    }

    private static void AssertNoErrors(HeaderModel model)
    {
        var errors = model.Diagnostics
            .Where(d => d.Id is not (DiagnosticIds.SkippedFunction or DiagnosticIds.WarningDirective))
            .Select(d => $"{d.Location} {d.Id} {d.Message}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Kvm_h_compiles_with_its_ioctls_and_layouts()
    {
        var model = Compile("/usr/include/linux/kvm.h");
        AssertNoErrors(model);
        Assert.True(model.Ioctls.Count > 100, $"{model.Ioctls.Count} ioctls");
        Assert.True(model.Structs.Count > 80, $"{model.Structs.Count} structs");
        var run = model.Structs.Single(s => s.Key == "kvm_run");
        Assert.Equal(2352, run.Size);
        Assert.Equal(144, model.Structs.Single(s => s.Key == "kvm_regs").Size);
        Assert.Equal(312, model.Structs.Single(s => s.Key == "kvm_sregs").Size);
        var ioctls = model.Ioctls.ToDictionary(i => i.Name);
        Assert.Equal(0xae80u, ioctls["KVM_RUN"].Request);
        Assert.Equal(0xae01u, ioctls["KVM_CREATE_VM"].Request);
        Assert.Equal((0x8090ae81u, IoctlDirectionKind.Read, "kvm_regs"), (ioctls["KVM_GET_REGS"].Request, ioctls["KVM_GET_REGS"].Direction, ioctls["KVM_GET_REGS"].ArgumentType!.TargetKey!));
        Assert.Equal(0x4138ae84u, ioctls["KVM_SET_SREGS"].Request);
        Assert.DoesNotContain(model.Constants, c => ioctls.ContainsKey(c.Name));
    }

    [Fact]
    public void Perf_event_h_compiles_with_its_bitfield_heavy_records()
    {
        var model = Compile("/usr/include/linux/perf_event.h");
        AssertNoErrors(model);
        var attr = model.Structs.Single(s => s.Key == "perf_event_attr");
        Assert.Equal(128, attr.Size);
        Assert.Contains(attr.Fields, f => f.Name == "disabled" && f.BitWidth == 1);
        Assert.Equal(1088, model.Structs.Single(s => s.Key == "perf_event_mmap_page").Size);
        Assert.Equal(0x40082406u, model.Ioctls.Single(i => i.Name == "PERF_EVENT_IOC_SET_FILTER").Request);
        Assert.True(model.Ioctls.Count >= 10, $"{model.Ioctls.Count} ioctls");
    }

    [Fact]
    public void Userfaultfd_h_compiles()
    {
        var model = Compile("/usr/include/linux/userfaultfd.h");
        AssertNoErrors(model);
        Assert.Equal(24, model.Structs.Single(s => s.Key == "uffdio_api").Size);
        var message = model.Structs.Single(s => s.Key == "uffd_msg");
        Assert.Equal((32, 1, true), (message.Size, message.Alignment, message.IsPacked));
        Assert.Equal(
            "__typeof__(((__typeof__(((struct uffd_msg *)0)->arg) *)0)->pagefault)",
            model.Structs.Single(s => s.Key == "uffd_msg.arg.pagefault").CTypeExpression);

        // userfaultfd.h does not include linux/ioctl.h, so _IOWR is undefined where UFFDIO_API would expand:
        // as in C, those macros are neither ioctls nor constants unless the user includes it first.
        Assert.Empty(model.Ioctls);
        Assert.DoesNotContain(model.Constants, c => c.Name == "UFFDIO_API");
        Assert.Contains(model.Constants, c => c.Name == "UFFD_API" && c.Bits == 0xAA);
    }

    [Fact]
    public void Userfaultfd_h_ioctls_appear_once_ioctl_h_is_included()
    {
        // One in-memory file over the system headers.
        var files = new MemoryHeaderFileProvider(
            new Dictionary<string, string> { ["/virtual/uffd.h"] = "#include <linux/ioctl.h>\n#include <linux/userfaultfd.h>\n" },
            ["/usr/include"]);
        var request = new HeaderRequest(
            "/virtual/uffd.h",
            "Smoke",
            ImmutableArray.Create("/usr/include", "/usr/include/x86_64-linux-gnu").ToEquatableArray(),
            ImmutableArray.Create("__x86_64__").ToEquatableArray(),
            "_IOC",
            false,
            null);
        var model = HeaderCompiler.Compile(request, files, CancellationToken.None);
        AssertNoErrors(model);
        var api = model.Ioctls.Single(i => i.Name == "UFFDIO_API");
        Assert.Equal((0xc018aa3fu, IoctlDirectionKind.ReadWrite, "uffdio_api"), (api.Request, api.Direction, api.ArgumentType!.TargetKey!));
        Assert.False(api.IsFromRootHeader);
    }
}
