using System.Text.Json;
using System.Text.RegularExpressions;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Cli;
using Gunyah.Conformance.Tests.Mutants;
using Gunyah.Conformance.Tests.Reporting;

namespace Gunyah.Conformance.Tests;

/// <summary>gunyah-conformance's options, outputs and exit codes, run in process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task List_prints_every_clause_and_runs_nothing()
    {
        var (code, output, _) = await Run("--list");
        Assert.Equal(ConformanceCommand.Conforms, code);
        Assert.All(ClauseCatalogue.All, c => Assert.Contains(c.Id, output, StringComparison.Ordinal));
        Assert.Contains($"{ClauseCatalogue.All.Count} clause(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("no clause failed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dtb", "dtb.")]
    [InlineData("functions.irqfd", "functions.irqfd.")]
    [InlineData("*.null-argument", ".null-argument")]
    public async Task Filter_selects_by_group_id_prefix_or_glob(string filter, string every)
    {
        var (code, output, _) = await Run("--list", "--filter", filter);
        Assert.Equal(ConformanceCommand.Conforms, code);
        var ids = output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ') && !l.EndsWith("clause(s)", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(every, id, StringComparison.Ordinal));
        Assert.Equal(ClauseCatalogue.All.Count(c => c.Id.Contains(every, StringComparison.Ordinal)), ids.Count);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_is_a_usage_error()
    {
        var (code, _, error) = await Run("--filter", "no-such-group");
        Assert.Equal(ConformanceCommand.UsageError, code);
        Assert.Contains("no clause matches", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_profile_is_a_usage_error()
    {
        var (code, _, error) = await Run("--profile", "v99");
        Assert.Equal(ConformanceCommand.UsageError, code);
        Assert.Contains("v17", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_device_is_a_usage_error_that_points_at_the_reference()
    {
        var (code, _, error) = await Run("--device", "/dev/gunyah-conformance-test-absent");
        Assert.Equal(ConformanceCommand.UsageError, code);
        Assert.Contains("ENOENT", error, StringComparison.Ordinal);
        Assert.Contains("reference", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_on_the_reference_prints_the_summary_and_exits_0()
    {
        var (code, output, _) = await Run("--profile", "v17", "--filter", "dtb,start");
        Assert.Equal(ConformanceCommand.Conforms, code);
        Assert.Contains("reference v17", output, StringComparison.Ordinal);
        Assert.Contains("conforms: no clause failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_clause_makes_the_exit_code_1_and_is_listed()
    {
        var mutant = Mutant.All.Single(m => m.CaughtBy == "device.create-vm.nonzero-argument");
        var (code, output, _) = await Run(mutant.Decorate, "--profile", mutant.Generation, "--filter", "device");
        Assert.Equal(ConformanceCommand.Failed, code);
        Assert.Contains("FAIL   device.create-vm.nonzero-argument", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_goes_to_the_output_file_and_the_table_to_the_console()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gunyah-conformance-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = await Run("--profile", "all", "--filter", "device", "--format", "json", "--output", file);
            Assert.Equal(ConformanceCommand.Conforms, code);
            Assert.Contains("generation", output, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(file));
            Assert.Equal(5, document.RootElement.GetProperty("runs").GetArrayLength());
            Assert.True(document.RootElement.GetProperty("succeeded").GetBoolean());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Tap_without_an_output_file_replaces_the_table()
    {
        var (code, output, _) = await Run("--profile", "v10", "--filter", "functions.vcpu", "--format", "tap");
        Assert.Equal(ConformanceCommand.Conforms, code);
        var points = TapParser.Parse(output);
        Assert.Equal(ClauseCatalogue.All.Count(c => c.Id.StartsWith("functions.vcpu.", StringComparison.Ordinal)), points.Count);
        Assert.All(points, p => Assert.True(p.Ok));
    }

    [Fact]
    public async Task Junit_without_an_output_file_is_xml_on_standard_output()
    {
        var (code, output, _) = await Run("--profile", "v6", "--filter", "vm-memory.region", "--format", "junit");
        Assert.Equal(ConformanceCommand.Conforms, code);
        Assert.Equal("testsuites", System.Xml.Linq.XDocument.Parse(output).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Help_explains_targets_profiles_filters_and_formats()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        foreach (var text in new[] { "--target", "--device", "--profile", "--filter", "--list", "--format", "--output", "/dev/gunyah", "android15-6.6", "exits 0 only when no clause failed" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_readmes_main_job_prints_the_summary_of_every_generation()
    {
        const string command = "dotnet run --project conformance/Gunyah.Conformance.Cli -c Release -- ";
        var readme = await File.ReadAllTextAsync(RepositoryPaths.Of("README.md"));
        var line = readme.Split('\n').Single(l => l.StartsWith(command, StringComparison.Ordinal));
        var (code, output, _) = await Run(line[command.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ConformanceCommand.Conforms, code);
        Assert.All(Gunyah.Sdk.Uapi.AbiProfiles.All, p => Assert.Matches($@"(?m)^reference {Regex.Escape(p.Name)} +\d+ +0 ", output));
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => Run(null, args);

    private static async Task<(int Code, string Output, string Error)> Run(Func<Gunyah.Sdk.Kernel.IKernel, Gunyah.Sdk.Kernel.IKernel>? decorate, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ConformanceCommand.InvokeAsync(args, output, error, TerminalInfo.Plain, decorate);
        return (code, output.ToString(), error.ToString());
    }
}
