using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Generator.CFrontEnd;
using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

/// <summary>Runs the preprocessor over this machine's real UAPI headers (skipped where they are not installed).</summary>
public class SystemHeaderSmokeTests
{
    private static readonly string[] IncludeDirectories = { "/usr/include", "/usr/include/x86_64-linux-gnu" };

    [Theory]
    [InlineData("/usr/include/linux/kvm.h", "KVM_CREATE_VM")]
    [InlineData("/usr/include/linux/perf_event.h", "PERF_EVENT_IOC_ENABLE")]
    [InlineData("/usr/include/linux/userfaultfd.h", "UFFDIO_API")]
    public void Real_uapi_headers_preprocess_without_errors(string root, string ioctl)
    {
        if (!File.Exists(root) || !Directory.Exists(IncludeDirectories[1]))
        {
            return;
        }

        var run = Run(new DiskHeaderFileProvider(), root, new[] { "__x86_64__" }, IncludeDirectories);
        run.AssertNoErrors();
        Assert.NotEmpty(run.Tokens);
        Assert.Contains(run.Tokens, t => t.Text == "struct");

        // The ioctl number macro is found and its _IOC invocation captured with a request type size.
        Assert.True(run.Macros.TryGet(ioctl, out var definition));
        Assert.True(definition.IsFromRootHeader);
        if (!run.Macros.TryGet("_IOC", out _))
        {
            // userfaultfd.h uses _IOWR without including <linux/ioctl.h>: there is nothing to capture.
            return;
        }

        var diagnostics = new List<Gunyah.Generator.Model.DiagnosticInfo>();
        var expansion = run.Macros.Expand(definition, "_IOC", diagnostics);
        Assert.Empty(diagnostics);
        var invocation = Assert.Single(expansion.Invocations);
        Assert.Equal(4, invocation.Arguments.Count);
    }
}
