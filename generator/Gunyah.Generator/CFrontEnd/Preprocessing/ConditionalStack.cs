using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// One file's nesting of <c>#if</c> groups. A group is active when its enclosing code is active and its
/// branch was chosen; once a branch is taken the later <c>#elif</c>s are not even evaluated.
/// </summary>
internal sealed class ConditionalStack
{
    private readonly List<Group> groups = new();

    public bool IsSkipping => groups.Count > 0 && !groups[groups.Count - 1].Active;

    /// <summary><c>#if</c>/<c>#ifdef</c>/<c>#ifndef</c>; <paramref name="condition"/> is only called in active code.</summary>
    public void Open(Token directive, Func<bool> condition)
    {
        if (IsSkipping)
        {
            groups.Add(new Group(directive.Location, ParentActive: false, Taken: true, Active: false, SeenElse: false));
            return;
        }

        var value = condition();
        groups.Add(new Group(directive.Location, ParentActive: true, Taken: value, Active: value, SeenElse: false));
    }

    /// <summary><c>#elif</c> (and C23's <c>#elifdef</c>/<c>#elifndef</c>).</summary>
    public void ElseIf(Token directive, Func<bool> condition, ICollection<DiagnosticInfo> diagnostics)
    {
        if (!TryGetTop(directive, diagnostics, out var top))
        {
            return;
        }

        if (top.SeenElse)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"#{directive.Text} after #else", directive.Location));
            groups[groups.Count - 1] = top with { Active = false };
            return;
        }

        if (!top.ParentActive || top.Taken)
        {
            groups[groups.Count - 1] = top with { Active = false };
            return;
        }

        var value = condition();
        groups[groups.Count - 1] = top with { Taken = value, Active = value };
    }

    public void Else(Token directive, ICollection<DiagnosticInfo> diagnostics)
    {
        if (!TryGetTop(directive, diagnostics, out var top))
        {
            return;
        }

        if (top.SeenElse)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, "#else after #else", directive.Location));
        }

        groups[groups.Count - 1] = top with { Active = top.ParentActive && !top.Taken, Taken = true, SeenElse = true };
    }

    public void End(Token directive, ICollection<DiagnosticInfo> diagnostics)
    {
        if (TryGetTop(directive, diagnostics, out _))
        {
            groups.RemoveAt(groups.Count - 1);
        }
    }

    /// <summary>At the end of the file: every group still open is unterminated.</summary>
    public void Close(ICollection<DiagnosticInfo> diagnostics)
    {
        foreach (var group in groups)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, "unterminated conditional directive: #if without #endif", group.Location));
        }

        groups.Clear();
    }

    private bool TryGetTop(Token directive, ICollection<DiagnosticInfo> diagnostics, out Group top)
    {
        if (groups.Count == 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"#{directive.Text} without #if", directive.Location));
            top = default;
            return false;
        }

        top = groups[groups.Count - 1];
        return true;
    }

    private readonly record struct Group(LocationInfo Location, bool ParentActive, bool Taken, bool Active, bool SeenElse);
}
