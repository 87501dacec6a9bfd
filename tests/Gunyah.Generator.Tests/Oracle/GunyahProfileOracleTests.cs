using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Tests.Oracle.Infrastructure;
using Xunit.Abstractions;

namespace Gunyah.Generator.Tests.Oracle;

/// <summary>
/// Every Gunyah profile root header: the generated C# (as the runtime lays it out) must agree with gcc on
/// every size, alignment, offset, bitfield position, constant and request number, and so must the model.
/// gcc reads the same header with the system's &lt;linux/types.h&gt;, our front-end with its built-in
/// types: agreement proves those match too.
/// </summary>
public class GunyahProfileOracleTests
{
    /// <summary>Diagnostics a clean profile header may still produce: informational ones.</summary>
    private static readonly HashSet<string> Benign = [DiagnosticIds.SkippedFunction, DiagnosticIds.IoctlWithoutFdKind];

    private readonly ITestOutputHelper output;

    public GunyahProfileOracleTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Subjects => new(OracleSubject.GunyahNames);

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Generated_bindings_agree_with_gcc_on_every_fact(string subject)
    {
        var bindings = SubjectBindings.For(subject);
        var verdict = OracleRun.Check(bindings.Model, bindings.CSharpFacts, bindings.Warnings);
        output.WriteLine(verdict.Report());
        Assert.True(verdict.Agrees, verdict.Report());

        // An empty model agrees trivially; every profile header states at least a handful of facts.
        Assert.True(verdict.Gcc.Count >= (subject.EndsWith("asm/gunyah.h", StringComparison.Ordinal) ? 5 : 30), verdict.Report());
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Profile_header_compiles_without_problem_diagnostics(string subject)
    {
        var problems = SubjectBindings.For(subject).Model.Diagnostics.Where(d => !Benign.Contains(d.Id)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Generated_code_compiles_without_warnings(string subject)
    {
        var warnings = SubjectBindings.For(subject).Warnings;
        Assert.True(warnings.Count == 0, string.Join('\n', warnings));
    }
}
