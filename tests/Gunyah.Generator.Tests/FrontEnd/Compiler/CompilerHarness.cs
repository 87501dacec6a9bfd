using System.Collections.Immutable;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Compiler;

/// <summary>Runs <see cref="HeaderCompiler"/> over in-memory headers with a generic asm-generic ioctl chain.</summary>
internal static class CompilerHarness
{
    public const string RootPath = "/inc/linux/gunyah.h";

    /// <summary>The kernel's generic encoding (2 dir bits on top, 14 size bits), written for these tests.</summary>
    public const string GenericIoctl = """
        #ifndef _ASM_GENERIC_IOCTL_H
        #define _ASM_GENERIC_IOCTL_H
        #define _IOC_NRBITS 8
        #define _IOC_TYPEBITS 8
        #ifndef _IOC_SIZEBITS
        # define _IOC_SIZEBITS 14
        #endif
        #ifndef _IOC_DIRBITS
        # define _IOC_DIRBITS 2
        #endif
        #define _IOC_NRSHIFT 0
        #define _IOC_TYPESHIFT (_IOC_NRSHIFT+_IOC_NRBITS)
        #define _IOC_SIZESHIFT (_IOC_TYPESHIFT+_IOC_TYPEBITS)
        #define _IOC_DIRSHIFT (_IOC_SIZESHIFT+_IOC_SIZEBITS)
        #ifndef _IOC_NONE
        # define _IOC_NONE 0U
        #endif
        #ifndef _IOC_WRITE
        # define _IOC_WRITE 1U
        #endif
        #ifndef _IOC_READ
        # define _IOC_READ 2U
        #endif
        #define _IOC(dir,type,nr,size) \
        	(((dir)  << _IOC_DIRSHIFT) | \
        	 ((type) << _IOC_TYPESHIFT) | \
        	 ((nr)   << _IOC_NRSHIFT) | \
        	 ((size) << _IOC_SIZESHIFT))
        #define _IOC_TYPECHECK(t) (sizeof(t))
        #define _IO(type,nr) _IOC(_IOC_NONE,(type),(nr),0)
        #define _IOR(type,nr,size) _IOC(_IOC_READ,(type),(nr),(_IOC_TYPECHECK(size)))
        #define _IOW(type,nr,size) _IOC(_IOC_WRITE,(type),(nr),(_IOC_TYPECHECK(size)))
        #define _IOWR(type,nr,size) _IOC(_IOC_READ|_IOC_WRITE,(type),(nr),(_IOC_TYPECHECK(size)))
        #endif
        """;

    public static InMemoryHeaderFiles Files(string root, string asmIoctl = "#include <asm-generic/ioctl.h>\n") =>
        new InMemoryHeaderFiles()
            .Add(RootPath, root)
            .Add("/inc/linux/ioctl.h", "#ifndef _LINUX_IOCTL_H\n#define _LINUX_IOCTL_H\n#include <asm/ioctl.h>\n#endif\n")
            .Add("/inc/asm/ioctl.h", asmIoctl)
            .Add("/inc/asm-generic/ioctl.h", GenericIoctl);

    public static HeaderRequest Request(bool emitAll = false) => new(
        RootPath,
        "Test.Bindings",
        ImmutableArray.Create("/inc").ToEquatableArray(),
        EquatableArray<string>.Empty,
        "_IOC",
        emitAll,
        null);

    public static HeaderModel Compile(string root, bool emitAll = false) =>
        HeaderCompiler.Compile(Request(emitAll), Files(root), CancellationToken.None);

    /// <summary>Errors and warnings, i.e. everything but the skipped-function notes.</summary>
    public static List<DiagnosticInfo> Problems(HeaderModel model) =>
        model.Diagnostics.Where(d => d.Id != DiagnosticIds.SkippedFunction).ToList();
}
