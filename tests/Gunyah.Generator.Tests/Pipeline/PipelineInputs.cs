using Gunyah.Generator.Model;
using Gunyah.Generator.Pipeline;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Pipeline;

/// <summary>A small Gunyah-like header, its fd map and harnesses wired like a real project.</summary>
internal static class PipelineInputs
{
    public const string IncludeDirectory = "/src/include";
    public const string RootPath = "/src/include/linux/gunyah_test.h";
    public const string FdMapPath = "/src/gunyah.fdmap";
    public const string Namespace = "Test.Gunyah";

    public const string Header = """
        /* SPDX-License-Identifier: GPL-2.0-only WITH Linux-syscall-note */
        #ifndef _UAPI_LINUX_GUNYAH_TEST_H
        #define _UAPI_LINUX_GUNYAH_TEST_H

        #include <linux/types.h>
        #include <linux/ioctl.h>

        #define GH_IOCTL_TYPE 'G'

        /* Creates a VM and returns its fd. */
        #define GH_CREATE_VM _IO(GH_IOCTL_TYPE, 0x0)

        /**
         * struct gh_userspace_memory_region - Userspace memory description for a VM.
         */
        struct gh_userspace_memory_region {
        	__u32 label;
        	__u32 flags;
        	__u64 guest_phys_addr;
        	__u64 memory_size;
        	__u64 userspace_addr;
        };

        #define GH_VM_SET_USER_MEM_REGION _IOW(GH_IOCTL_TYPE, 0x1, struct gh_userspace_memory_region)
        #define GH_VM_START _IO(GH_IOCTL_TYPE, 0x3)
        #define GH_VCPU_RUN _IO(GH_IOCTL_TYPE, 0x5)

        #endif
        """;

    public const string FdMap = """
        # Which fd each ioctl is issued on.
        GH_CREATE_VM  device
        GH_VM_*       vm    # every VM ioctl
        GH_VCPU_*     vcpu
        """;

    /// <summary>The root header, the repository's ioctl headers and the fd map, as MSBuild would pass them.</summary>
    public static GeneratorHarness Harness(string header = Header, string? fdMap = FdMap) =>
        new GeneratorHarness()
            .AddRootHeader(RootPath, header, Namespace, includeDirectories: IncludeDirectory, fdMap: fdMap is null ? null : FdMapPath)
            .AddCommonHeaders(IncludeDirectory)
            .AddFdMapIf(fdMap)
            .AddSource("namespace Consumer { internal static class Program { } }");

    /// <summary>A generator whose front-end returns <paramref name="model"/> (with the real request) instead of parsing.</summary>
    public static UapiBindingsGenerator StubGenerator(Func<HeaderRequest, HeaderModel> model) =>
        new((request, files, cancellationToken) => model(request));

    private static GeneratorHarness AddFdMapIf(this GeneratorHarness harness, string? fdMap) =>
        fdMap is null ? harness : harness.AddFdMap(FdMapPath, fdMap);
}
