using System.Runtime.InteropServices;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// What the host's C toolchain needs to read system UAPI headers: the Debian multiarch include directory
/// (where &lt;asm/...&gt; lives) and the architecture macro those headers test.
/// </summary>
internal static class HostPlatform
{
    public static bool IsArm64 => RuntimeInformation.ProcessArchitecture == Architecture.Arm64;

    public static string ArchitectureDefine => IsArm64 ? "__aarch64__" : "__x86_64__";

    public static string MultiarchIncludeDirectory => IsArm64 ? "/usr/include/aarch64-linux-gnu" : "/usr/include/x86_64-linux-gnu";

    /// <summary>Include directories for /usr/include headers, in search order.</summary>
    public static IReadOnlyList<string> SystemIncludeDirectories => ["/usr/include", MultiarchIncludeDirectory];
}
