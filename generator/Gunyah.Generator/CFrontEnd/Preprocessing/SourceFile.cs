using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>A file being read: its tokens, the read position and its conditional groups.</summary>
internal sealed class SourceFile
{
    private readonly Dictionary<int, List<DiagnosticInfo>> problems = new();

    public SourceFile(string path, LexedFile lexed, int directoryIndex, long parentBudgetUsed)
    {
        Path = path;
        Tokens = lexed.Tokens;
        DirectoryIndex = directoryIndex;
        ParentBudgetUsed = parentBudgetUsed;
        foreach (var problem in lexed.Problems)
        {
            if (problem.TokenIndex >= 0 && !problem.IsStrayCharacter)
            {
                if (!problems.TryGetValue(problem.TokenIndex, out var list))
                {
                    problems[problem.TokenIndex] = list = new List<DiagnosticInfo>();
                }

                list.Add(problem.Diagnostic);
            }
        }
    }

    public string Path { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The include directory the file was found in, for <c>#include_next</c>; -1 if none.</summary>
    public int DirectoryIndex { get; }

    /// <summary>The including file's expansion work, restored when this file ends (the budget is per file).</summary>
    public long ParentBudgetUsed { get; }

    public int Position { get; set; }

    public ConditionalStack Conditionals { get; } = new();

    public bool AtEnd => Position >= Tokens.Count;

    /// <summary>Reports the lexical problems of tokens [start, end) once they are known to be in active code.</summary>
    public void ReportProblems(int start, int end, ICollection<DiagnosticInfo> diagnostics)
    {
        if (problems.Count == 0)
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            if (problems.TryGetValue(i, out var list))
            {
                foreach (var diagnostic in list)
                {
                    diagnostics.Add(diagnostic);
                }

                problems.Remove(i);
            }
        }
    }
}
