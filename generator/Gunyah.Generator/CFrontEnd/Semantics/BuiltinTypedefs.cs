using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Typedefs every UAPI header may use without a visible definition: the fixed-width and <c>__kernel_*</c> names
/// of <c>linux/types.h</c> and <c>linux/posix_types.h</c> (the preprocessor satisfies a missing
/// <c>linux/types.h</c> with an empty file), plus GCC's own <c>__int128_t</c>/<c>__uint128_t</c>. Widths are those
/// of the LP64 asm-generic definitions, so a real header chain re-declares them identically.
/// </summary>
internal static class BuiltinTypedefs
{
    public static readonly LocationInfo Location = new("<built-in>", 1, 1);

    public static void DeclareAll(DeclarationScope scope)
    {
        void Alias(string name, PrimitiveKind kind, int? alignment = null) =>
            scope.DeclareTypedef(new TypedefType(name, PrimitiveType.Get(kind), alignment, Location, isBuiltin: true));

        Alias("__u8", PrimitiveKind.UChar);
        Alias("__u16", PrimitiveKind.UShort);
        Alias("__u32", PrimitiveKind.UInt);
        Alias("__u64", PrimitiveKind.ULongLong);
        Alias("__s8", PrimitiveKind.SChar);
        Alias("__s16", PrimitiveKind.Short);
        Alias("__s32", PrimitiveKind.Int);
        Alias("__s64", PrimitiveKind.LongLong);
        Alias("__le16", PrimitiveKind.UShort);
        Alias("__be16", PrimitiveKind.UShort);
        Alias("__le32", PrimitiveKind.UInt);
        Alias("__be32", PrimitiveKind.UInt);
        Alias("__le64", PrimitiveKind.ULongLong);
        Alias("__be64", PrimitiveKind.ULongLong);
        Alias("__sum16", PrimitiveKind.UShort);
        Alias("__wsum", PrimitiveKind.UInt);
        Alias("__poll_t", PrimitiveKind.UInt);
        Alias("__aligned_u64", PrimitiveKind.ULongLong, 8);
        Alias("__aligned_be64", PrimitiveKind.ULongLong, 8);
        Alias("__aligned_le64", PrimitiveKind.ULongLong, 8);
        Alias("__kernel_long_t", PrimitiveKind.Long);
        Alias("__kernel_ulong_t", PrimitiveKind.ULong);
        Alias("__kernel_size_t", PrimitiveKind.ULong);
        Alias("__kernel_ssize_t", PrimitiveKind.Long);
        Alias("__kernel_ptrdiff_t", PrimitiveKind.Long);
        Alias("__kernel_pid_t", PrimitiveKind.Int);
        Alias("__kernel_ipc_pid_t", PrimitiveKind.Int);
        Alias("__kernel_uid_t", PrimitiveKind.UInt);
        Alias("__kernel_gid_t", PrimitiveKind.UInt);
        Alias("__kernel_uid32_t", PrimitiveKind.UInt);
        Alias("__kernel_gid32_t", PrimitiveKind.UInt);
        Alias("__kernel_mode_t", PrimitiveKind.UInt);
        Alias("__kernel_ino_t", PrimitiveKind.ULong);
        Alias("__kernel_daddr_t", PrimitiveKind.Int);
        Alias("__kernel_off_t", PrimitiveKind.Long);
        Alias("__kernel_loff_t", PrimitiveKind.LongLong);
        Alias("__kernel_time_t", PrimitiveKind.Long);
        Alias("__kernel_time64_t", PrimitiveKind.LongLong);
        Alias("__kernel_clock_t", PrimitiveKind.Long);
        Alias("__kernel_timer_t", PrimitiveKind.Int);
        Alias("__kernel_clockid_t", PrimitiveKind.Int);
        Alias("__kernel_sa_family_t", PrimitiveKind.UShort);
        Alias("__int128_t", PrimitiveKind.Int128);
        Alias("__uint128_t", PrimitiveKind.UInt128);
        scope.DeclareTypedef(new TypedefType(
            "__kernel_caddr_t", new PointerType(PrimitiveType.Get(PrimitiveKind.Char)), null, Location, isBuiltin: true));
        scope.DeclareTypedef(new TypedefType("__kernel_fsid_t", CreateFsid(), null, Location, isBuiltin: true));
    }

    /// <summary><c>typedef struct { int val[2]; } __kernel_fsid_t;</c></summary>
    private static RecordDecl CreateFsid()
    {
        var record = new RecordDecl(isUnion: false, tag: null, Location, isFromRootHeader: false);
        record.Members.Add(new MemberDecl("val", new ArrayType(PrimitiveType.Get(PrimitiveKind.Int), 2), null, null, false, Location, null));
        record.IsComplete = true;
        record.TypedefName = "__kernel_fsid_t";
        record.Layout = RecordLayoutEngine.Compute(record, new List<DiagnosticInfo>());
        return record;
    }
}
