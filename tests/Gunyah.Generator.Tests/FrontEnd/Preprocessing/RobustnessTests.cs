using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class RobustnessTests
{
    [Fact]
    public void Exponential_expansion_hits_the_budget_instead_of_hanging()
    {
        var text = new System.Text.StringBuilder("#define m0 x x\n");
        for (var i = 1; i <= 40; i++)
        {
            text.Append("#define m").Append(i).Append(" m").Append(i - 1).Append(" m").Append(i - 1).Append('\n');
        }

        text.Append("m40\n");
        var run = Run(text.ToString());
        Assert.Contains(run.Diagnostics, d => d.Id == "GHGEN007" && d.Message.Contains("1000000", StringComparison.Ordinal));
        Assert.True(run.Tokens.Count < 3_000_000);
    }

    [Fact]
    public void Deeply_nested_arguments_end_in_a_diagnostic()
    {
        var depth = 600;
        var text = "#define f(x) x\n" + string.Concat(Enumerable.Repeat("f(", depth)) + "1" + new string(')', depth) + "\n";
        var run = Run(text);
        Assert.Contains(run.Diagnostics, d => d.Id == "GHGEN007" && d.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_is_honored()
    {
        var files = new InMemoryHeaderFiles().Add(RootPath, string.Concat(Enumerable.Repeat("a b c d\n", 10000)));
        var request = new Gunyah.Generator.Model.HeaderRequest(RootPath, "N", default, default, "_IOC", false, null);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var preprocessor = new Gunyah.Generator.CFrontEnd.Preprocessing.Preprocessor(files, request, new List<Gunyah.Generator.Model.DiagnosticInfo>(), cancel.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => preprocessor.Run());
    }

    [Theory]
    [InlineData("#define f(x) #")]
    [InlineData("#if\n")]
    [InlineData("#if (\n#endif")]
    [InlineData("#if defined(\n#endif")]
    [InlineData("#include\n")]
    [InlineData("#include <\n")]
    [InlineData("#include \"\"\n")]
    [InlineData("#define a(x, ...) #__VA_ARGS__ ## x\na(,)")]
    [InlineData("#define f(x) x\nf(")]
    [InlineData("#define cat(a,b) a##b\ncat(/,/) cat(\"a\",\"b\") cat(',')")]
    [InlineData("\\")]
    [InlineData("'")]
    [InlineData("#if 1 ? 2\n#endif")]
    [InlineData("#if __has_include(\n#endif")]
    [InlineData("_Pragma(")]
    [InlineData("#elif\n#else\n#endif")]
    [InlineData("??=define X ??/\n1")]
    public void Malformed_input_never_throws(string text)
    {
        var run = Run(text);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "GHGEN009");
    }
}
