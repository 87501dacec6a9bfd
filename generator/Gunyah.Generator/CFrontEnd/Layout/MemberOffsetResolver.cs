using System.Globalization;
using Gunyah.Generator.CFrontEnd.Semantics;

namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>Resolves <c>__builtin_offsetof</c> member paths such as <c>a.b[2].c</c> against laid-out records.</summary>
internal static class MemberOffsetResolver
{
    /// <summary>The byte offset of <paramref name="path"/> in <paramref name="type"/>; false with a message otherwise.</summary>
    public static bool TryResolve(CType type, string path, out ulong offset, out string? error)
    {
        offset = 0;
        error = null;
        var current = type;
        long bytes = 0;
        var position = 0;
        var text = path.Replace(" ", string.Empty).Replace("\t", string.Empty);
        var expectName = true;
        while (position < text.Length)
        {
            if (expectName || text[position] == '.')
            {
                if (text[position] == '.')
                {
                    position++;
                }

                var start = position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
                {
                    position++;
                }

                var name = text.Substring(start, position - start);
                if (current.Resolve() is not RecordDecl { Layout: not null } record)
                {
                    error = $"'{TypeSpelling.Of(current)}' is not a complete struct or union";
                    return false;
                }

                if (!TryFindMember(record, name, out var bitOffset, out var member))
                {
                    error = $"'{TypeSpelling.Of(current)}' has no member named '{name}'";
                    return false;
                }

                if (member.IsBitField)
                {
                    error = $"cannot take the offset of bitfield '{name}'";
                    return false;
                }

                bytes += bitOffset / 8;
                current = member.Type;
                expectName = false;
            }
            else if (text[position] == '[')
            {
                var close = text.IndexOf(']', position);
                if (close < 0 || !TryParseIndex(text.Substring(position + 1, close - position - 1), out var index))
                {
                    error = $"unsupported array index in offsetof path '{path}'";
                    return false;
                }

                if (current.Resolve() is not ArrayType array
                    || TypeLayout.TryGet(array.Element, out var element, out _) != LayoutStatus.Ok)
                {
                    error = $"'{TypeSpelling.Of(current)}' is not an array of complete elements";
                    return false;
                }

                bytes += index * element.Size;
                current = array.Element;
                position = close + 1;
            }
            else
            {
                error = $"malformed offsetof path '{path}'";
                return false;
            }
        }

        offset = unchecked((ulong)bytes);
        return true;
    }

    /// <summary>Finds a member by name, looking through anonymous struct/union members as C11 does.</summary>
    public static bool TryFindMember(RecordDecl record, string name, out long bitOffset, out MemberDecl member)
    {
        var layout = record.Layout!;
        for (var i = 0; i < record.Members.Count; i++)
        {
            var candidate = record.Members[i];
            if (candidate.Name == name)
            {
                bitOffset = layout.MemberBitOffsets[i];
                member = candidate;
                return true;
            }

            if (candidate.IsAnonymousRecord && candidate.Type is RecordDecl { Layout: not null } inner
                && TryFindMember(inner, name, out var innerOffset, out member))
            {
                bitOffset = layout.MemberBitOffsets[i] + innerOffset;
                return true;
            }
        }

        bitOffset = 0;
        member = null!;
        return false;
    }

    private static bool TryParseIndex(string text, out long index)
    {
        text = text.TrimEnd('u', 'U', 'l', 'L');
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out index);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
