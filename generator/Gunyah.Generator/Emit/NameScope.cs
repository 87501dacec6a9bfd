using System.Globalization;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// The set of C# names already taken in one declaration space (a namespace, a type's members, an enum's
/// members). Claims are first come, first served: a later name that collides gets a <c>_2</c>, <c>_3</c>...
/// suffix and a <see cref="DiagnosticIds.NameCollision"/> warning. Pascal-cased names never contain '_'
/// followed by a digit after a letter, so suffixed names cannot collide with natural ones.
/// </summary>
internal sealed class NameScope
{
    /// <summary>Members every type inherits from <see cref="object"/>; a field with one of these names would hide it.</summary>
    public static readonly string[] ObjectMembers =
        ["Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly string owner;
    private readonly List<DiagnosticInfo> diagnostics;

    public NameScope(string owner, List<DiagnosticInfo> diagnostics)
    {
        this.owner = owner;
        this.diagnostics = diagnostics;
    }

    /// <summary>Marks a generated name as taken without a diagnostic (it is ours, not the header's).</summary>
    public NameScope Reserve(params string[] names)
    {
        foreach (var name in names)
        {
            used.Add(name);
        }

        return this;
    }

    /// <summary>Takes <paramref name="desired"/>, or the first free suffixed variant of it.</summary>
    /// <param name="desired">The C# name derived from the C name.</param>
    /// <param name="cName">The C name, for the diagnostic.</param>
    /// <param name="location">Where the C name is declared, for the diagnostic.</param>
    public string Claim(string desired, string cName, LocationInfo? location)
    {
        if (used.Add(desired))
        {
            return desired;
        }

        for (var n = 2; ; n++)
        {
            var candidate = desired + "_" + n.ToString(CultureInfo.InvariantCulture);
            if (used.Add(candidate))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.NameCollision,
                    $"'{cName}' maps to the C# name '{desired}', which is already taken in {owner}; it is emitted as '{candidate}'",
                    location));
                return candidate;
            }
        }
    }
}
