using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>Short C spellings of declarations for diagnostics and doc remarks.</summary>
internal static class CDescriptions
{
    /// <summary><c>struct gh_fn_desc</c>, <c>union foo</c>, <c>foo_t</c> (typedef of an untagged record), or
    /// <c>unnamed struct gunyah_vcpu_run.mmio</c>.</summary>
    public static string Describe(StructModel record)
    {
        var keyword = record.IsUnion ? "union" : "struct";
        if (record.Tag is not null)
        {
            return keyword + " " + record.Tag;
        }

        if (record.TypedefName is not null)
        {
            return record.TypedefName;
        }

        return "unnamed " + keyword + " " + record.Key;
    }

    /// <summary><c>enum gh_mem_flags</c> or the typedef name.</summary>
    public static string Describe(EnumModel enumModel) =>
        enumModel.Tag is not null ? "enum " + enumModel.Tag : enumModel.TypedefName ?? enumModel.Key;

    /// <summary>The macro that encodes an ioctl of this direction: <c>_IO</c>, <c>_IOW</c>, <c>_IOR</c> or <c>_IOWR</c>.</summary>
    public static string EncodingMacro(IoctlDirectionKind direction) => direction switch
    {
        IoctlDirectionKind.Write => "_IOW",
        IoctlDirectionKind.Read => "_IOR",
        IoctlDirectionKind.ReadWrite => "_IOWR",
        _ => "_IO",
    };
}
