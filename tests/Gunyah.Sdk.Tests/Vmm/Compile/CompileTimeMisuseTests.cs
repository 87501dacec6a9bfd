using System.Collections.Immutable;
using Gunyah.Interop;
using Gunyah.Sdk.Vmm;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static System.Globalization.CultureInfo;

namespace Gunyah.Sdk.Tests.Vmm.Compile;

/// <summary>
/// The function kinds tie their argument to what adding them yields at compile time: code that would send an
/// irqfd as a vCPU, or read an ioeventfd back as a vCPU, does not compile against the built SDK. The correct use
/// compiles without a diagnostic, so each failure below is the compiler refusing that one statement.
/// </summary>
public class CompileTimeMisuseTests
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    [Fact]
    public void Correct_use_compiles_cleanly()
    {
        var diagnostics = Compile("""
            GunyahVcpu vcpu = vm.AddFunction(new VcpuFunction(0));
            GunyahVcpu shorthand = vm.AddVcpu(1);
            IrqfdBinding irqfd = vm.AddFunction(new IrqfdFunction(fd, 1, Level: true));
            IoeventfdBinding ioeventfd = vm.AddFunction<IoeventfdBinding>(new IoeventfdFunction(fd, 0x1000, 4, DataMatch: 7));
            RawFunctionBinding raw = vm.AddFunction(new RawVmFunction(9, new byte[4]));
            VmFunctionBinding any = irqfd;
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_irqfd_cannot_be_taken_as_a_vcpu()
    {
        var diagnostics = Compile("GunyahVcpu v = vm.AddFunction(new IrqfdFunction(fd, 1));");

        var error = Assert.Single(diagnostics);
        Assert.Contains(error.Id, new[] { "CS0029", "CS0266" });
        Assert.Contains("IrqfdBinding", error.GetMessage(InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ioeventfd_cannot_be_added_as_a_function_yielding_a_vcpu()
    {
        var diagnostics = Compile("vm.AddFunction<GunyahVcpu>(new IoeventfdFunction(fd, 0x1000, 4));");

        Assert.Equal("CS1503", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_binding_cannot_be_cast_to_another_kind()
    {
        var diagnostics = Compile("var v = (GunyahVcpu)vm.AddFunction(new IrqfdFunction(fd, 1));");

        Assert.Equal("CS0030", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void The_function_hierarchy_is_closed_to_other_assemblies()
    {
        var diagnostics = Compile("vm.AddFunction(new Forged());", "public sealed record Forged() : VmFunction<GunyahVcpu>;");

        // AddTo is internal abstract: another assembly cannot implement it (CS0534), so it cannot make a function.
        var error = Assert.Single(diagnostics, d => d.Id == "CS0534");
        Assert.Contains("AddTo", error.GetMessage(InvariantCulture), StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    /// <summary>Compiles <paramref name="statements"/> inside a method with a VM and an eventfd in scope; the
    /// warnings and errors.</summary>
    private static ImmutableArray<Diagnostic> Compile(string statements, string types = "")
    {
        var source = $$"""
            using Gunyah.Sdk.Vmm;

            public static class Use
            {
                public static void M(GunyahVm vm, EventFd fd)
                {
                    {{statements}}
                }
            }

            {{types}}
            """;
        var compilation = CSharpCompilation.Create(
            "MisuseProbe",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];
    }

    /// <summary>The built Gunyah.Sdk and Gunyah.Interop, and the shared framework this test runs on.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetDirectoryName(path) == framework && path.EndsWith(".dll", StringComparison.Ordinal));
        return [.. trusted
            .Append(typeof(GunyahVm).Assembly.Location)
            .Append(typeof(IIoctlTarget).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path))];
    }
}
