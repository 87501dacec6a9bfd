using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

/// <summary>Small hand-built models shaped like real UAPI headers, shared by snapshot and behaviour tests.</summary>
internal static class SampleModels
{
    /// <summary>A struct, an enum with a common prefix, and constants of every integer type and a string.</summary>
    public static HeaderModel Basic() => new HeaderModelBuilder("Sample.Basic")
        .Struct("gh_fn_desc", 24, 8, s => s
            .Field("type", CTypes.U32, 0, doc: "Type of the function (GH_FN_*).")
            .Field("arg_size", CTypes.U32, 4, doc: "Size of the argument, in bytes.\nMust be <= 4096 & non-zero.")
            .Field("arg", CTypes.U64, 8, doc: "Address of the argument.")
            .Field("label", CTypes.S32, 16)
            .Field("flags", CTypes.U32, 20),
            doc: "Describes a function to add to a VM.\n\n  Indented line kept.")
        .Enum("gh_mem_flags", PrimitiveKind.UInt, "Memory access permissions.",
            ("GH_MEM_ALLOW_READ", 1), ("GH_MEM_ALLOW_WRITE", 2), ("GH_MEM_ALLOW_EXEC", 4), ("GH_MEM_ALLOW_ALL", 7))
        .Enum("gh_signed", PrimitiveKind.Int, null, ("GH_SIGNED_MINUS_ONE", -1), ("GH_SIGNED_4K", 4096))
        .Constant("GH_API_VERSION", PrimitiveKind.Int, 1, doc: "The API version.")
        .Constant("GH_MAX_VCPUS", PrimitiveKind.UInt, 64, "64U")
        .Constant("GH_NEG", PrimitiveKind.Long, -5, "(-5L)")
        .Constant("GH_ALL_ONES", PrimitiveKind.ULong, -1, "(~0UL)")
        .Constant("GH_BIG", PrimitiveKind.LongLong, 1L << 40, "(1LL << 40)")
        .Constant("GH_UBIG", PrimitiveKind.ULongLong, 1L << 63, "(1ULL << 63)")
        .StringConstant("GH_DEVICE_NAME", "gunyah\t\"dev\"")
        .Build();

    /// <summary>Unions, anonymous overlap, nested unnamed records, bitfields, arrays, a flexible array, pointers, packing.</summary>
    public static HeaderModel Layout() => new HeaderModelBuilder("Sample.Layout")
        .Struct("gunyah_vcpu_run", 48, 8, s => s
            .Field("immediate_exit", CTypes.U8, 0)
            .Field("padding", CTypes.Array(CTypes.U8, 7), 1)
            .Field("exit_reason", CTypes.U32, 8)
            .Field("mmio", CTypes.Record("gunyah_vcpu_run.mmio", 24, 8, "struct { ... }"), 16)
            .Field("status", CTypes.Record("gunyah_vcpu_run.status", 16, 4, "struct { ... }"), 16)
            .Field("raw", CTypes.Array(CTypes.U64, 4), 16),
            doc: "The vCPU run state shared with the kernel.")
        .Struct("gunyah_vcpu_run.mmio", 24, 8, s => s
            .Field("phys_addr", CTypes.U64, 0)
            .Field("data", CTypes.Array(CTypes.U8, 8), 8)
            .Field("len", CTypes.U32, 16)
            .Field("is_write", CTypes.U8, 20),
            parentKey: "gunyah_vcpu_run")
        .Struct("gunyah_vcpu_run.status", 16, 4, s => s
            .Field("status", CTypes.U32, 0)
            .Field("exit_info", CTypes.Record("gh_vm_exit_info", 12, 4), 4),
            parentKey: "gunyah_vcpu_run")
        .Struct("gh_vm_exit_info", 12, 4, s => s
            .Field("type", CTypes.U16, 0)
            .Field("padding", CTypes.U16, 2)
            .Field("reason_size", CTypes.U32, 4)
            .Field("reason", CTypes.Array(CTypes.U8, 4), 8),
            fromRoot: false)
        .Struct("gh_bits", 16, 8, s => s
            .Bitfield("mode", CTypes.U32, 0, 3)
            .Bitfield("level", CTypes.S32, 3, 5)
            .Bitfield("enabled", CTypes.Bool, 8, 1)
            .Bitfield("kind", CTypes.Enum("gh_kind", PrimitiveKind.UInt), 12, 4)
            .Bitfield("base", CTypes.U64, 64, 40),
            doc: "Bitfields of several storage types.")
        .Struct("gh_matrix", 72, 8, s => s
            .Field("name", CTypes.Array(CTypes.Char, 8), 0)
            .Field("cells", CTypes.Array(CTypes.Array(CTypes.U16, 3), 2), 8)
            .Field("descs", CTypes.Array(CTypes.Record("gh_vm_exit_info", 12, 4), 2), 20)
            .Field("ptrs", CTypes.Array(CTypes.Pointer(CTypes.Void), 2), 48)
            .Field("self", CTypes.Pointer(CTypes.Record("gh_matrix", 72, 8)), 64))
        .Struct("gh_pointers", 32, 16, s => s
            .Field("opaque", CTypes.Pointer(CTypes.Record("gh_opaque", 0, 1)), 0)
            .Field("callback", CTypes.FunctionPointer, 8)
            .Field("wide", CTypes.Int128, 16))
        .Struct("gh_packed", 9, 1, s => s
            .Field("tag", CTypes.U8, 0)
            .Field("value", CTypes.U64, 1), packed: true)
        .Struct("gh_table", 8, 8, s => s
            .Field("count", CTypes.U32, 0)
            .Field("reserved", CTypes.U32, 4)
            .Flexible("entries", CTypes.U64, 8, doc: "count entries follow."))
        .Union("gh_value", 8, 8, s => s
            .Field("as_u64", CTypes.U64, 0)
            .Field("as_u32", CTypes.Array(CTypes.U32, 2), 0)
            .Field("as_double", CTypes.Double, 0))
        .Enum("gh_kind", PrimitiveKind.UInt, null, ("GH_KIND_NONE", 0), ("GH_KIND_IRQ", 1), ("GH_KIND_MMIO", 2))
        .Build();

    /// <summary>Ioctls of every direction on three fd kinds, plus the argument types.</summary>
    public static HeaderModel Ioctls() => new HeaderModelBuilder("Sample.Ioctls", fdMapPath: "/src/gunyah.fdmap")
        .Struct("gh_userspace_memory_region", 32, 8, s => s
            .Field("label", CTypes.U32, 0)
            .Field("flags", CTypes.U32, 4)
            .Field("guest_phys_addr", CTypes.U64, 8)
            .Field("memory_size", CTypes.U64, 16)
            .Field("userspace_addr", CTypes.U64, 24))
        .Struct("gh_vm_dtb_config", 16, 8, s => s
            .Field("guest_phys_addr", CTypes.U64, 0)
            .Field("size", CTypes.U64, 8))
        .Ioctl("GH_CREATE_VM", IoctlDirectionKind.None, 'G', 0x0, fdKind: "device", doc: "Creates a VM; returns its fd.")
        .Ioctl("GH_VM_SET_USER_MEM_REGION", IoctlDirectionKind.Write, 'G', 0x1, CTypes.Record("gh_userspace_memory_region", 32, 8), "vm")
        .Ioctl("GH_VM_SET_DTB_CONFIG", IoctlDirectionKind.Write, 'G', 0x2, CTypes.Record("gh_vm_dtb_config", 16, 8), "vm")
        .Ioctl("GH_VM_START", IoctlDirectionKind.None, 'G', 0x3, fdKind: "vm")
        .Ioctl("GH_VM_GET_LABEL", IoctlDirectionKind.Read, 'G', 0x4, CTypes.U32, "vm")
        .Ioctl("GH_VM_SWAP_REGION", IoctlDirectionKind.ReadWrite, 'G', 0x5, CTypes.Record("gh_userspace_memory_region", 32, 8), "vm")
        .Ioctl("GH_VCPU_RUN", IoctlDirectionKind.None, 'G', 0x6, fdKind: "vcpu")
        .Ioctl("GH_VCPU_MMAP_SIZE", IoctlDirectionKind.None, 'G', 0x7, fdKind: "vcpu")
        .Ioctl("GH_UNBOUND", IoctlDirectionKind.None, 'G', 0x8)
        .Build();
}
