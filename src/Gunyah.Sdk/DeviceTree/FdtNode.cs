using System.Text;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>A node of an <see cref="FdtBlob"/>, read in place: a position in the validated structure block.</summary>
public readonly struct FdtNode
{
    private readonly FdtBlob blob;
    private readonly int position;

    internal FdtNode(FdtBlob blob, int position)
    {
        this.blob = blob;
        this.position = position;
    }

    /// <summary>Absolute blob offset of the node's BEGIN_NODE token.</summary>
    public int Offset => blob.Header.StructOffset + position;

    /// <summary>The name bytes (ASCII, with unit address; empty for the root).</summary>
    public ReadOnlySpan<byte> NameBytes
    {
        get
        {
            var reader = Open();
            return reader.Name;
        }
    }

    /// <summary>The name (with unit address; empty for the root).</summary>
    public string Name => Encoding.ASCII.GetString(NameBytes);

    /// <summary>The node's properties, in order (enumerate with foreach; no allocation).</summary>
    public PropertyEnumerator Properties => new(blob, Open());

    /// <summary>The node's children, in order (enumerate with foreach; no allocation).</summary>
    public ChildEnumerator Children => new(blob, Open());

    /// <summary>Finds the property called <paramref name="name"/>.</summary>
    public bool TryGetProperty(string name, out FdtProperty property)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var candidate in Properties)
        {
            if (AsciiEquals(candidate.NameBytes, name))
            {
                property = candidate;
                return true;
            }
        }

        property = default;
        return false;
    }

    /// <summary>The property called <paramref name="name"/>, or null.</summary>
    public FdtProperty? GetProperty(string name) => TryGetProperty(name, out var property) ? property : null;

    /// <summary>
    /// Finds the child a path component names: the exact name, or else (for a component without unit address)
    /// the first child with that base name.
    /// </summary>
    public bool TryFindChild(ReadOnlySpan<char> component, out FdtNode child)
    {
        var matchBaseName = !component.Contains('@');
        FdtNode? byBaseName = null;
        foreach (var candidate in Children)
        {
            var name = candidate.NameBytes;
            if (AsciiEquals(name, component))
            {
                child = candidate;
                return true;
            }

            if (matchBaseName && byBaseName is null && name.IndexOf((byte)'@') is var at and >= 0 && AsciiEquals(name[..at], component))
                byBaseName = candidate;
        }

        child = byBaseName ?? default;
        return byBaseName is not null;
    }

    /// <inheritdoc />
    public override string ToString() => NameBytes.IsEmpty ? "/" : Name; // only the root has an empty name

    internal FdtStructureReader Open()
    {
        var reader = new FdtStructureReader(blob.Span, blob.Header, position);
        reader.Read(); // this node's BEGIN_NODE
        return reader;
    }

    private static bool AsciiEquals(ReadOnlySpan<byte> bytes, ReadOnlySpan<char> text)
    {
        if (bytes.Length != text.Length)
            return false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != text[i])
                return false;
        }

        return true;
    }

    /// <summary>Enumerates a node's properties.</summary>
    public ref struct PropertyEnumerator
    {
        private readonly FdtBlob blob;
        private FdtStructureReader reader;
        private bool done;

        internal PropertyEnumerator(FdtBlob blob, FdtStructureReader reader)
        {
            this.blob = blob;
            this.reader = reader;
        }

        /// <summary>Returns this enumerator, so that foreach works on <see cref="Properties"/> directly.</summary>
        public readonly PropertyEnumerator GetEnumerator() => this;

        /// <summary>The current property.</summary>
        public FdtProperty Current { get; private set; }

        /// <summary>Moves to the next property; false after the last one.</summary>
        public bool MoveNext()
        {
            // Properties come before children, so the first token that is not a property ends the list.
            if (done || reader.Read() != FdtToken.Property)
            {
                done = true;
                return false;
            }

            Current = new FdtProperty(blob, reader.ValueOffset, reader.Value.Length, blob.Header.StringsOffset + reader.NameOffset, reader.Name.Length);
            return true;
        }
    }

    /// <summary>Enumerates a node's children.</summary>
    public ref struct ChildEnumerator
    {
        private readonly FdtBlob blob;
        private FdtStructureReader reader;
        private bool done;

        internal ChildEnumerator(FdtBlob blob, FdtStructureReader reader)
        {
            this.blob = blob;
            this.reader = reader;
        }

        /// <summary>Returns this enumerator, so that foreach works on <see cref="Children"/> directly.</summary>
        public readonly ChildEnumerator GetEnumerator() => this;

        /// <summary>The current child.</summary>
        public FdtNode Current { get; private set; }

        /// <summary>Moves to the next child; false after the last one.</summary>
        public bool MoveNext()
        {
            while (!done)
            {
                var token = reader.Read();
                // Open() left the reader inside this node at depth 2, so a child begins at depth 3.
                if (token == FdtToken.BeginNode && reader.Depth == 3)
                {
                    Current = new FdtNode(blob, reader.TokenPosition);
                    return true;
                }

                // Depth 1 after an END_NODE: the node itself closed. Deeper tokens belong to grandchildren.
                done = token == FdtToken.End || (token == FdtToken.EndNode && reader.Depth == 1);
            }

            return false;
        }
    }
}
