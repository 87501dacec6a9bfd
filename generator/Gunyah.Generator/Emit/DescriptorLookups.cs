namespace Gunyah.Generator.Emit;

/// <summary>
/// The lookups a generated descriptor table (<see cref="IoctlTableEmitter"/>, <c>MessageTableEmitter</c>) has
/// over its <c>s_descriptors</c> array: <c>All</c>, an allocation-free <c>TryFind(key)</c> (a switch the compiler
/// turns into a jump table or binary search) and <c>FindByName</c>. A repeated key or name finds its first entry.
/// </summary>
internal static class DescriptorLookups
{
    /// <summary>Writes the lookups; entry <c>i</c> of <paramref name="entries"/> is <c>s_descriptors[i]</c>, with
    /// its key as a constant expression and its C macro name.</summary>
    public static void Write(
        SourceWriter writer, string descriptor, string noun, string keyParameter, string keyDoc, IReadOnlyList<(string Key, string Name)> entries)
    {
        writer.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + descriptor + "> s_all = new(s_descriptors);");
        writer.Line();
        writer.Line("/// <summary>Every " + noun + ", in declaration order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + descriptor + "> All => s_all;");
        writer.Line();
        writer.Line("/// <summary>Finds the " + noun + " with " + keyDoc + " <paramref name=\"" + keyParameter + "\"/> without allocating.</summary>");
        writer.Open("public static bool TryFind(uint " + keyParameter + ", [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out " + descriptor + " descriptor)");
        writer.Open("var index = " + keyParameter + " switch");
        WriteArms(writer, entries.Select(e => e.Key), i => Literals.Decimal(i));
        writer.Line("_ => -1,");
        writer.Close(";");
        writer.Line("descriptor = index < 0 ? null : s_descriptors[index];");
        writer.Line("return index >= 0;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Finds the " + noun + " whose C macro name is <paramref name=\"name\"/>; null when there is none.</summary>");
        writer.Open("public static " + descriptor + "? FindByName(string name) => name switch");
        WriteArms(writer, entries.Select(e => Literals.String(e.Name)), i => "s_descriptors[" + Literals.Decimal(i) + "]");
        writer.Line("_ => null,");
        writer.Close(";");
    }

    /// <summary>One arm per distinct pattern, mapping it to its first entry's index.</summary>
    private static void WriteArms(SourceWriter writer, IEnumerable<string> patterns, Func<int, string> result)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var pattern in patterns)
        {
            if (seen.Add(pattern))
            {
                writer.Line(pattern + " => " + result(index) + ",");
            }

            index++;
        }
    }
}
