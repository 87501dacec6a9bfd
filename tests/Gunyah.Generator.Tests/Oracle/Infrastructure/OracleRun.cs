using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>Asks gcc about a model, compiles the C# made from it and compares the three.</summary>
internal static class OracleRun
{
    /// <param name="model">The model gcc is asked about (names, type expressions, include dirs, defines).</param>
    /// <param name="csharpSources">Bindings to check; normally emitted from <paramref name="model"/>.</param>
    public static OracleVerdict Check(HeaderModel model, IEnumerable<(string HintName, string Text)> csharpSources)
    {
        using var compiled = BindingsCompiler.Compile(csharpSources);
        return Check(model, ReflectionFactReader.Read(compiled.Assembly), compiled.Warnings);
    }

    /// <summary>As above, with the C# side already read.</summary>
    public static OracleVerdict Check(HeaderModel model, FactSet csharp, IReadOnlyList<string> csharpWarnings)
    {
        var program = OracleProgramWriter.Write(model);
        var gcc = GccOracle.Run(program, model.Request.IncludeDirectories, model.Request.Defines);
        return new OracleVerdict(gcc, ModelFactReader.Read(model), csharp, program, csharpWarnings);
    }
}
