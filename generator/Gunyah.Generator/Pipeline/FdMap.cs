using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// A parsed fd map: ordered rules assigning ioctl macro names to fd kinds (the first matching rule wins), plus
/// the problems found while parsing it. Plain equatable data, so an unchanged map stays cached.
/// </summary>
internal sealed record FdMap(string Path, EquatableArray<FdMapRule> Rules, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The fd kind of the first rule matching <paramref name="ioctlName"/>, or null.</summary>
    public string? Match(string ioctlName)
    {
        foreach (var rule in Rules)
        {
            if (WildcardPattern.IsMatch(rule.Pattern, ioctlName))
            {
                return rule.FdKind;
            }
        }

        return null;
    }
}

/// <summary>One line of an fd map: <c>GH_VM_* vm</c>.</summary>
internal sealed record FdMapRule(string Pattern, string FdKind, int Line);
