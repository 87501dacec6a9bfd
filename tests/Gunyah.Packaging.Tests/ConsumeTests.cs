using System.Text.RegularExpressions;
using Gunyah.Packaging.Tests.Infrastructure;

namespace Gunyah.Packaging.Tests;

/// <summary>
/// Fresh projects that get the SDK the way users do — a PackageReference to the packed feed, nothing from this
/// repository — and build, run and publish with warnings as errors.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed partial class ConsumeTests(PackagedFeed feed)
{
    [Fact]
    public void The_readme_quick_start_runs_a_VM_on_the_reference_hypervisor_from_a_project_that_references_only_Gunyah_Sdk()
    {
        var program = Readme.QuickStart(feed.RepoRoot);
        Assert.InRange(program.Split('\n').Count(l => l.Trim().Length > 0), 1, 15);

        var project = feed.CreateProject("QuickStart", "Gunyah.Sdk", "", "", new Dictionary<string, string> { ["Program.cs"] = program });
        feed.Dotnet(project, "build", "-c", "Release", "-nodeReuse:false").EnsureSuccess();
        var run = feed.Dotnet(project, "bin/Release/net10.0/QuickStart.dll").EnsureSuccess();

        Assert.Equal(Readme.QuickStartOutput, run.Output.Trim());
    }

    [Fact]
    public void The_item_binds_a_users_own_header_and_regenerates_a_bundled_profile_with_no_reference_but_Gunyah_Sdk()
    {
        const string Header = """
            #ifndef WIDGET_H
            #define WIDGET_H
            #include <linux/ioctl.h>
            #include <linux/types.h>

            /* One widget's settings. */
            struct widget_config {
            	__u32 id;	/* which widget */
            	__u16 mode;
            	__u8 enabled;
            	__u64 base;
            };

            #define WIDGET_IOCTL_TYPE 'W'
            #define WIDGET_SET_CONFIG _IOW(WIDGET_IOCTL_TYPE, 0x01, struct widget_config)

            #endif
            """;
        const string Program = """
            using System.Runtime.InteropServices;

            Console.WriteLine($"widget_config: size {Marshal.SizeOf<Widgets.WidgetConfig>()}, base at {Marshal.OffsetOf<Widgets.WidgetConfig>("Base")}");
            Console.WriteLine($"WIDGET_SET_CONFIG: 0x{Widgets.Ioctls.WIDGET_SET_CONFIG:x8}");
            var regenerated = My.V17.IoctlTable.All.Select(d => (d.Name, d.Request)).ToList();
            var shipped = Gunyah.Sdk.Uapi.V17.IoctlTable.All.Select(d => (d.Name, d.Request)).ToList();
            Console.WriteLine($"v17: {regenerated.Count} ioctls, the same as Gunyah.Sdk's: {regenerated.SequenceEqual(shipped)}");
            """;
        const string Items = """
            <GunyahUapiHeader Include="include/widget.h" Namespace="Widgets" IncludeDirectories="$(GunyahSdkHeaders)common" />
                <GunyahUapiHeader Include="$(GunyahSdkHeaders)v17/linux/gunyah.h" Namespace="My.V17" IncludeDirectories="$(GunyahSdkHeaders)v17;$(GunyahSdkHeaders)common" FdMap="$(GunyahSdkHeaders)v17/gunyah.fdmap" />
            """;
        var project = feed.CreateProject("OwnHeader", "Gunyah.Sdk", "", Items,
            new Dictionary<string, string> { ["Program.cs"] = Program, ["include/widget.h"] = Header });

        feed.Dotnet(project, "build", "-c", "Release", "-nodeReuse:false").EnsureSuccess();
        var run = feed.Dotnet(project, "bin/Release/net10.0/OwnHeader.dll").EnsureSuccess();

        // _IOW('W', 1, 16 bytes): write (1 << 30) | size 16 << 16 | 'W' << 8 | 1.
        Assert.Equal(
            ["widget_config: size 16, base at 8", "WIDGET_SET_CONFIG: 0x40105701", $"v17: {Gunyah.Sdk.Uapi.V17.IoctlTable.All.Count} ioctls, the same as Gunyah.Sdk's: True"],
            run.Output.Trim().Split('\n').Select(l => l.TrimEnd()));
    }

    [Fact]
    public void With_only_Gunyah_Interop_a_header_binds_and_a_header_error_fails_the_build_at_the_headers_file_and_line()
    {
        var project = feed.CreateProject("InteropOnly", "Gunyah.Interop", "", """<GunyahUapiHeader Include="include/probe.h" Namespace="Probe" />""",
            new Dictionary<string, string>
            {
                ["Program.cs"] = "Console.WriteLine(Probe.Constants.PROBE_VERSION);\n",
                ["include/probe.h"] = "#define PROBE_VERSION 7\nstruct probe { int a; };\n",
            });
        feed.Dotnet(project, "build", "-c", "Release", "-nodeReuse:false").EnsureSuccess();
        Assert.Equal("7", feed.Dotnet(project, "bin/Release/net10.0/InteropOnly.dll").EnsureSuccess().Output.Trim());

        File.WriteAllText(Path.Combine(project, "include/probe.h"), "#define PROBE_VERSION 7\nstruct probe { int a; };\n#error probe.h needs PROBE_ARCH\nstruct more { int b[PROBE_COUNT]; };\n");
        var build = feed.Dotnet(project, "build", "-c", "Release", "-nodeReuse:false");

        Assert.NotEqual(0, build.ExitCode);
        var header = Regex.Escape(Path.Combine(project, "include", "probe.h"));
        Assert.Matches($@"{header}\(3,\d+\): error GHGEN005: .*probe\.h needs PROBE_ARCH", build.Output);
        Assert.Matches($@"{header}\(4,\d+\): error GHGEN002: .*PROBE_COUNT", build.Output);
    }
}
