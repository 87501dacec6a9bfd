namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits <c>ref struct &lt;Entry&gt;ListReader</c>: the entries of one counted list, already checked against the
/// payload's length by the payload reader's <c>TryRead</c>. <c>Count</c>, an indexer decoding one entry
/// little-endian, an allocation-free enumerator, and <c>ToArray</c> for owned copies.
/// </summary>
internal static class ListReaderEmitter
{
    public static GeneratedSource Emit(EmitContext context, ListReaderPlan reader)
    {
        var code = new WireCode(context);
        var entry = reader.EntryType;
        var size = Literals.Decimal(reader.Entry.Size);
        var writer = context.BeginFile();
        writer.Line("/// <summary>The entries of a counted list of <c>" + DocComments.Escape(reader.Entry.CSpelling) + "</c>, read in place.</summary>");
        writer.Open("public readonly ref struct " + reader.Name);
        writer.Line("private readonly " + WireCode.ReadOnlySpan + " _entries;");
        writer.Line();
        writer.Line("/// <summary>Entries already checked to fit: <paramref name=\"entries\"/> holds <paramref name=\"count\"/> × " + size + " bytes.</summary>");
        writer.Open("internal " + reader.Name + "(" + WireCode.ReadOnlySpan + " entries, int count)");
        writer.Line("_entries = entries;");
        writer.Line("Count = count;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The number of entries.</summary>");
        writer.Line("public int Count { get; }");
        writer.Line();
        writer.Line("/// <summary>Entry <paramref name=\"index\"/>, decoded little-endian.</summary>");
        writer.Open("public " + entry + " this[int index]");
        writer.Open("get");
        writer.Open("if ((uint)index >= (uint)Count)");
        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Line();
        writer.Line("var entry = _entries.Slice(index * " + size + ", " + size + ");");
        if (WireCode.IsScalar(reader.Entry))
        {
            writer.Line("return " + code.ReadScalar(reader.Entry, "entry", "0") + ";");
        }
        else
        {
            writer.Line("var value = default(" + entry + ");");
            code.ReadValue(writer, reader.Entry, "value", "entry", "0");
            writer.Line("return value;");
        }

        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Copies the entries into a new array.</summary>");
        writer.Open("public " + entry + "[] ToArray()");
        writer.Line("var array = new " + entry + "[Count];");
        writer.Open("for (var i = 0; i < array.Length; i++)");
        writer.Line("array[i] = this[i];");
        writer.Close();
        writer.Line();
        writer.Line("return array;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Enumerates the entries without allocating (<c>foreach</c>).</summary>");
        writer.Line("public Enumerator GetEnumerator() => new(this);");
        writer.Line();
        writer.Line("/// <summary>Enumerates the entries without allocating.</summary>");
        writer.Open("public ref struct Enumerator");
        writer.Line("private readonly " + reader.Name + " _list;");
        writer.Line("private int _index;");
        writer.Line();
        writer.Open("internal Enumerator(" + reader.Name + " list)");
        writer.Line("_list = list;");
        writer.Line("_index = -1;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The current entry.</summary>");
        writer.Line("public readonly " + entry + " Current => _list[_index];");
        writer.Line();
        writer.Line("/// <summary>Moves to the next entry; false after the last.</summary>");
        writer.Line("public bool MoveNext() => ++_index < _list.Count;");
        writer.Close();
        writer.Close();
        return context.Finish(reader.Name, writer);
    }
}
