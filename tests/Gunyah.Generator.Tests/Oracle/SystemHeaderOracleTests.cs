using Gunyah.Generator.Tests.Oracle.Infrastructure;
using Xunit.Abstractions;

namespace Gunyah.Generator.Tests.Oracle;

/// <summary>
/// Real Linux UAPI headers from the host, far larger and more varied than the Gunyah ones, read with the
/// host's multiarch include directory and architecture macro (gcc gets the same -I and -D).
/// </summary>
public class SystemHeaderOracleTests
{
    private readonly ITestOutputHelper output;

    public SystemHeaderOracleTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Subjects => new(OracleSubject.SystemNames);

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Generated_bindings_agree_with_gcc_on_every_fact(string subject)
    {
        var bindings = SubjectBindings.For(subject);
        foreach (var diagnostic in bindings.Model.Diagnostics.Take(100))
        {
            output.WriteLine(diagnostic.ToString());
        }

        var verdict = OracleRun.Check(bindings.Model, bindings.CSharpFacts, bindings.Warnings);
        output.WriteLine(verdict.Report());
        Assert.True(verdict.Agrees, verdict.Report());
        Assert.True(verdict.Gcc.Count >= 100, verdict.Report());
    }
}
