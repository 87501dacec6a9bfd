namespace Gunyah.Generator.Model;

/// <summary>
/// The <c>MessageOptionalTail</c> option (docs/generator.md, "Message codecs"). Decoding: a payload may end at
/// its start or exactly where a counted list's header starts, and what is missing reads as zero or empty.
/// Encoding: the payload's last counted list, when it ends the payload, has no entries and an all-zero header,
/// is left off the wire, if its shape matches <see cref="CountSize"/> and <see cref="HeaderSize"/>.
/// </summary>
/// <param name="CountSize">Only lists whose count member is this many bytes are left off; 0: any.</param>
/// <param name="HeaderSize">Only lists whose header (count and the fields up to the entries) is this many bytes
/// are left off; 0: any.</param>
public sealed record OptionalTailOption(int CountSize = 0, int HeaderSize = 0)
{
    /// <summary>True when a list with this count width and header size may be left off.</summary>
    public bool Omits(int countSize, int headerSize) =>
        (CountSize == 0 || CountSize == countSize) && (HeaderSize == 0 || HeaderSize == headerSize);
}
