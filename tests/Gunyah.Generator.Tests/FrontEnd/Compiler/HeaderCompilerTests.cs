using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Compiler;

public class HeaderCompilerTests
{
    private const string GunyahLike = """
        /* SPDX-License-Identifier: GPL-2.0-only WITH Linux-syscall-note */
        #ifndef _UAPI_LINUX_GUNYAH_TEST_H
        #define _UAPI_LINUX_GUNYAH_TEST_H

        #include <linux/types.h>
        #include <linux/ioctl.h>

        /* The ioctl group. */
        #define GH_IOCTL_TYPE 'G'
        #define GH_NAME "gun" "yah"
        #define GH_MAX (1U << 4)
        #define GH_NOT_A_CONSTANT unsigned int
        #define GH_EMPTY

        /* A memory region. */
        struct region32 {
        	/* Guest address. */
        	__u64 guest_addr;
        	__u64 size;
        	__u64 userspace_addr; /* Where it is mapped. */
        	__u32 label;
        	__u32 flags;
        };

        /* Sets a memory region. */
        #define GH_VM_SET_REGION _IOW(GH_IOCTL_TYPE, 1, struct region32)
        #define GH_CREATE_VM _IO(GH_IOCTL_TYPE, 0x0)
        #define GH_VM_GET_STATE _IOR(GH_IOCTL_TYPE, 0x5, __u32)
        #define GH_VCPU_RUN _IOWR(GH_IOCTL_TYPE, 0x6, struct vcpu_run)

        /* Function kinds. */
        enum gh_fn_type {
        	/* A vCPU. */
        	GH_FN_VCPU = 1,
        	GH_FN_IRQFD, /* An irqfd. */
        };

        enum {
        	GH_ANON_A = 3,
        	GH_ANON_B,
        };

        typedef enum { GH_T_ZERO } gh_t;

        struct vcpu_run {
        	__u8 immediate_exit;
        	__u8 padding[7];
        	__u32 exit_reason;
        	union {
        		struct {
        			__u64 phys_addr;
        			__u8 data[8];
        			__u32 len;
        			__u8 is_write;
        		} mmio;
        		struct { __u32 reason; __u32 code; } status;
        		__u8 raw[64];
        	};
        	struct { __u32 a : 4, b : 28; } bits[2];
        	__u64 trailing[];
        };

        static inline int gh_helper(int x) { return x + 1; }

        #endif
        """;

    [Fact]
    public void Gunyah_like_header_yields_ioctls_with_request_numbers_and_argument_types()
    {
        var model = CompilerHarness.Compile(GunyahLike);
        Assert.Empty(CompilerHarness.Problems(model));

        var setRegion = model.Ioctls.Single(i => i.Name == "GH_VM_SET_REGION");
        Assert.Equal(0x40204701u, setRegion.Request);
        Assert.Equal(IoctlDirectionKind.Write, setRegion.Direction);
        Assert.Equal(0x47u, setRegion.TypeCode);
        Assert.Equal(1u, setRegion.Number);
        Assert.Equal(32u, setRegion.Size);
        Assert.Equal(TypeRefKind.Record, setRegion.ArgumentType!.Kind);
        Assert.Equal("region32", setRegion.ArgumentType.TargetKey);
        Assert.Equal("Sets a memory region.", setRegion.Doc);
        Assert.True(setRegion.IsFromRootHeader);
        Assert.Equal(new LocationInfo(CompilerHarness.RootPath, 26, 9), setRegion.Location);

        var create = model.Ioctls.Single(i => i.Name == "GH_CREATE_VM");
        Assert.Equal((0x4700u, IoctlDirectionKind.None, 0u), (create.Request, create.Direction, create.Size));
        Assert.Null(create.ArgumentType);

        var getState = model.Ioctls.Single(i => i.Name == "GH_VM_GET_STATE");
        Assert.Equal((0x80044705u, IoctlDirectionKind.Read), (getState.Request, getState.Direction));
        Assert.Equal((TypeRefKind.Primitive, PrimitiveKind.UInt, "__u32"), (getState.ArgumentType!.Kind, getState.ArgumentType.Primitive, getState.ArgumentType.CSpelling));

        // sizeof(struct vcpu_run) is 88 per gcc 12.2 (x86-64).
        var run = model.Ioctls.Single(i => i.Name == "GH_VCPU_RUN");
        Assert.Equal((0xC0584706u, IoctlDirectionKind.ReadWrite, 88u), (run.Request, run.Direction, run.Size));
        Assert.Equal(4, model.Ioctls.Count);
    }

    [Fact]
    public void Constants_are_evaluable_object_like_macros_and_anonymous_enumerators()
    {
        var model = CompilerHarness.Compile(GunyahLike);
        var constants = model.Constants.ToDictionary(c => c.Name);
        Assert.Equal((ConstantKind.Integer, PrimitiveKind.Int, 0x47UL), (constants["GH_IOCTL_TYPE"].Kind, constants["GH_IOCTL_TYPE"].IntegerType, constants["GH_IOCTL_TYPE"].Bits));
        Assert.Equal("'G'", constants["GH_IOCTL_TYPE"].CExpression);
        Assert.Equal("The ioctl group.", constants["GH_IOCTL_TYPE"].Doc);
        Assert.Equal((ConstantKind.String, "gunyah"), (constants["GH_NAME"].Kind, constants["GH_NAME"].StringValue));
        Assert.Equal((PrimitiveKind.UInt, 16UL), (constants["GH_MAX"].IntegerType, constants["GH_MAX"].Bits));
        Assert.Equal((PrimitiveKind.Int, 4UL, "4"), (constants["GH_ANON_B"].IntegerType, constants["GH_ANON_B"].Bits, constants["GH_ANON_B"].CExpression));
        Assert.True(constants["GH_ANON_A"].IsFromRootHeader);
        Assert.False(constants["_IOC_NRBITS"].IsFromRootHeader);
        Assert.DoesNotContain("GH_NOT_A_CONSTANT", constants.Keys);
        Assert.DoesNotContain("GH_EMPTY", constants.Keys);
        Assert.DoesNotContain("GH_VM_SET_REGION", constants.Keys);
        Assert.DoesNotContain("GH_T_ZERO", constants.Keys);
    }

    [Fact]
    public void Enums_keep_tags_typedefs_values_and_docs()
    {
        var model = CompilerHarness.Compile(GunyahLike);
        var fnType = model.Enums.Single(e => e.Key == "gh_fn_type");
        Assert.Equal(PrimitiveKind.UInt, fnType.UnderlyingType);
        Assert.Equal("Function kinds.", fnType.Doc);
        Assert.Equal(new[] { ("GH_FN_VCPU", 1UL, "A vCPU."), ("GH_FN_IRQFD", 2UL, "An irqfd.") }, fnType.Members.Select(m => (m.Name, m.Bits, m.Doc!)));
        var typedefd = model.Enums.Single(e => e.Key == "gh_t");
        Assert.Null(typedefd.Tag);
        Assert.Equal("gh_t", typedefd.TypedefName);
        Assert.Equal(2, model.Enums.Count);
    }

    [Fact]
    public void Records_are_keyed_and_anonymous_members_flattened()
    {
        var model = CompilerHarness.Compile(GunyahLike);
        Assert.Equal(
            new[] { "region32", "vcpu_run", "vcpu_run.mmio", "vcpu_run.status", "vcpu_run.bits" },
            model.Structs.Select(s => s.Key));

        var region = model.Structs[0];
        Assert.Equal(("struct region32", 32, 8, "A memory region."), (region.CTypeExpression, region.Size, region.Alignment, region.Doc!));
        Assert.Equal("Guest address.", region.Fields[0].Doc);
        Assert.Equal("Where it is mapped.", region.Fields[2].Doc);
        Assert.Equal(("__u64", PrimitiveKind.ULongLong), (region.Fields[0].Type.CSpelling, region.Fields[0].Type.Primitive));

        var run = model.Structs[1];
        Assert.Equal(88, run.Size);
        Assert.Equal(
            new[] { ("immediate_exit", 0), ("padding", 1), ("exit_reason", 8), ("mmio", 16), ("status", 16), ("raw", 16), ("bits", 80), ("trailing", 88) },
            run.Fields.Select(f => (f.Name, f.Offset)));
        Assert.True(run.Fields[^1].IsFlexibleArray);
        Assert.False(run.Fields[1].IsFlexibleArray);
        var mmioField = run.Fields[3];
        Assert.Equal((TypeRefKind.Record, "vcpu_run.mmio"), (mmioField.Type.Kind, mmioField.Type.TargetKey));
        var bitsField = run.Fields[6];
        Assert.Equal((TypeRefKind.Array, 2, "vcpu_run.bits"), (bitsField.Type.Kind, bitsField.Type.ArrayLength, bitsField.Type.Element!.TargetKey));

        var mmio = model.Structs[2];
        Assert.Equal(("__typeof__(((struct vcpu_run *)0)->mmio)", "vcpu_run", 24), (mmio.CTypeExpression, mmio.ParentKey!, mmio.Size));
        var bits = model.Structs[4];
        Assert.Equal("__typeof__(((struct vcpu_run *)0)->bits[0])", bits.CTypeExpression);
        Assert.Equal(new[] { ("a", 0, 0, 4), ("b", 0, 4, 28) }, bits.Fields.Select(f => (f.Name, f.Offset, f.BitOffset, f.BitWidth)));
    }

    [Fact]
    public void Included_records_are_emitted_only_when_the_root_header_needs_them_by_value()
    {
        var files = CompilerHarness.Files("""
            #include <linux/ioctl.h>
            #include <linux/extra.h>
            struct root { struct byval v; struct viaptr *p; struct inarray a[2]; __kernel_fsid_t fsid; enum used_e e; };
            #define ROOT_IOCTL _IOR('R', 1, struct asarg)
            """)
            .Add("/inc/linux/extra.h", """
            struct byval { struct nested n; };
            """.Replace("struct byval", "struct nested { int x; };\nstruct byval", StringComparison.Ordinal)
            + "struct viaptr { int y; };\nstruct inarray { short z; };\nstruct asarg { long w; };\nstruct unused { char u; };\n"
            + "enum used_e { U1 };\nenum unused_e { U2 };\nenum { ANON_INCLUDED };\n");
        var model = Gunyah.Generator.CFrontEnd.HeaderCompiler.Compile(CompilerHarness.Request(), files, CancellationToken.None);
        Assert.Empty(CompilerHarness.Problems(model));
        Assert.Equal(
            new[] { "__kernel_fsid_t", "nested", "byval", "inarray", "asarg", "root" },
            model.Structs.Select(s => s.Key));
        Assert.False(model.Structs.Single(s => s.Key == "byval").IsFromRootHeader);
        Assert.Equal(new[] { "used_e" }, model.Enums.Select(e => e.Key));
        Assert.False(model.Constants.Single(c => c.Name == "ANON_INCLUDED").IsFromRootHeader);
        Assert.True(model.Structs.Single(s => s.Key == "root").IsFromRootHeader);

        var all = Gunyah.Generator.CFrontEnd.HeaderCompiler.Compile(CompilerHarness.Request(emitAll: true), files, CancellationToken.None);
        Assert.Equal(
            new[] { "__kernel_fsid_t", "nested", "byval", "viaptr", "inarray", "asarg", "unused", "root" },
            all.Structs.Select(s => s.Key));
        Assert.Equal(new[] { "used_e", "unused_e" }, all.Enums.Select(e => e.Key));
    }

    [Fact]
    public void Directions_follow_the_header_encoding()
    {
        // powerpc: 3 direction bits, NONE=1, READ=2, WRITE=4, 13 size bits.
        const string powerpc = "#define _IOC_SIZEBITS 13\n#define _IOC_DIRBITS 3\n#define _IOC_NONE 1U\n#define _IOC_READ 2U\n#define _IOC_WRITE 4U\n#include <asm-generic/ioctl.h>\n";
        var files = CompilerHarness.Files(
            "#include <linux/ioctl.h>\n#define A _IO('x', 1)\n#define B _IOR('x', 2, int)\n#define C _IOW('x', 3, int)\n#define D _IOWR('x', 4, int)\n",
            powerpc);
        var model = Gunyah.Generator.CFrontEnd.HeaderCompiler.Compile(CompilerHarness.Request(), files, CancellationToken.None);
        Assert.Empty(CompilerHarness.Problems(model));
        Assert.Equal(
            new[] { ("A", IoctlDirectionKind.None, 0x20007801u), ("B", IoctlDirectionKind.Read, 0x40047802u), ("C", IoctlDirectionKind.Write, 0x80047803u), ("D", IoctlDirectionKind.ReadWrite, 0xC0047804u) },
            model.Ioctls.Select(i => (i.Name, i.Direction, i.Request)));
    }

    [Fact]
    public void Diagnostics_are_sorted_deduplicated_and_the_rest_of_the_header_survives()
    {
        var model = CompilerHarness.Compile("""
            #include <linux/ioctl.h>
            #define EARLY_BAD _IOW('B', 1 / 0, struct later)
            struct later { int x; };
            struct bad { unknown_t y; };
            #define BAD_IOCTL _IOW('B', 1, struct bad)
            struct worse { int z[MISSING]; };
            #define GOOD_IOCTL _IOW('B', 2, struct later)
            #define OTHER_ARCH_IOCTL _IOW('B', 3, struct never_defined)
            #define NO_STDDEF_IOCTL _IOW('B', 4, size_t)
            """);
        // BAD_IOCTL's struct already has its diagnostic; OTHER_ARCH_IOCTL names a struct never defined (as kvm.h
        // does for other architectures) and NO_STDDEF_IOCTL a type name never declared (as fs.h does with size_t):
        // like gcc, which checks a macro only where it is used, they are skipped without another diagnostic.
        Assert.Equal(
            new[] { (2, DiagnosticIds.BadExpression), (4, DiagnosticIds.UnknownType), (6, DiagnosticIds.UnknownIdentifier) },
            model.Diagnostics.Select(d => (d.Location!.Value.Line, d.Id)));
        Assert.Equal(new[] { "later" }, model.Structs.Select(s => s.Key));
        Assert.Equal(new[] { "GOOD_IOCTL" }, model.Ioctls.Select(i => i.Name));
    }

    [Fact]
    public void Unexpected_failures_become_an_internal_error_instead_of_an_exception()
    {
        var model = Gunyah.Generator.CFrontEnd.HeaderCompiler.Compile(CompilerHarness.Request(), new ThrowingFiles(), CancellationToken.None);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal(DiagnosticIds.InternalError, diagnostic.Id);
        Assert.Empty(model.Structs);
    }

    [Fact]
    public void Cancellation_is_not_swallowed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Gunyah.Generator.CFrontEnd.HeaderCompiler.Compile(CompilerHarness.Request(), CompilerHarness.Files(GunyahLike), cancelled.Token));
    }

    private sealed class ThrowingFiles : Gunyah.Generator.CFrontEnd.IHeaderFileProvider
    {
        public bool TryGetText(string normalizedPath, out string text) => throw new InvalidOperationException("disk on fire");
    }
}
