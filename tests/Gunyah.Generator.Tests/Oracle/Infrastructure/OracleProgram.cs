using System.Text;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// The C program the oracle compiles: a fixed prologue, the root header's #include, then one statement per
/// line in main(). <see cref="Render"/> maps each source line back to its statement so gcc errors can be
/// pinned to facts.
/// </summary>
internal sealed class OracleProgram
{
    public OracleProgram(string rootHeaderPath, IReadOnlyList<OracleStatement> statements, IReadOnlySet<string> optionalKeys, IReadOnlySet<string> ignoredKeys)
    {
        RootHeaderPath = rootHeaderPath;
        Statements = statements;
        OptionalKeys = optionalKeys;
        IgnoredKeys = ignoredKeys;
    }

    public string RootHeaderPath { get; }

    public IReadOnlyList<OracleStatement> Statements { get; }

    /// <summary>Facts the C# may lack without failing: flexible-array offsets (no C# field) and included
    /// declarations the emitter need not reach. Checked when present.</summary>
    public IReadOnlySet<string> OptionalKeys { get; }

    /// <summary>Facts nobody is asked about (compiler built-ins); the C# may state them freely.</summary>
    public IReadOnlySet<string> IgnoredKeys { get; }

    /// <summary>The program text without the statements in <paramref name="excluded"/>, and which statement
    /// each 1-based line holds.</summary>
    public (string Text, IReadOnlyDictionary<int, OracleStatement> LineMap) Render(IReadOnlySet<OracleStatement>? excluded = null)
    {
        var text = new StringBuilder();
        var lineMap = new Dictionary<int, OracleStatement>();
        var line = 0;

        void Append(string s)
        {
            text.Append(s).Append('\n');
            line++;
        }

        foreach (var prologueLine in OracleProgramPrologue.BeforeHeader)
        {
            Append(prologueLine);
        }

        Append("#include \"" + EscapeForInclude(RootHeaderPath) + "\"");
        foreach (var prologueLine in OracleProgramPrologue.AfterHeader)
        {
            Append(prologueLine);
        }

        Append("int main(void)");
        Append("{");
        foreach (var statement in Statements)
        {
            if (excluded is not null && excluded.Contains(statement))
            {
                continue;
            }

            Append("    " + statement.Code);
            lineMap[line] = statement;
        }

        Append("    return 0;");
        Append("}");
        return (text.ToString(), lineMap);
    }

    private static string EscapeForInclude(string path) => path.Replace("\\", "/", StringComparison.Ordinal);
}
