using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// A root header the oracle checks, and how both our front-end and gcc must read it. Named by a short
/// string so theory rows show it.
/// </summary>
internal sealed record OracleSubject(string Name, string RootPath, IReadOnlyList<string> IncludeDirectories, IReadOnlyList<string> Defines, bool EmitAllDeclarations, string? FdMapPath)
{
    public static readonly string[] Profiles = ["v6", "v10", "android14-6.1", "v17", "android15-6.6"];

    /// <summary>Real system headers, chosen for breadth: kvm.h (big, nested unions, asm structs),
    /// perf_event.h (bitfields), userfaultfd.h (anonymous unions, 64-bit flag constants).</summary>
    public static readonly string[] SystemHeaders = ["linux/kvm.h", "linux/perf_event.h", "linux/userfaultfd.h"];

    /// <summary>Subject names: "&lt;profile&gt;/linux/gunyah.h", "v6/asm/gunyah.h", "/usr/include/&lt;header&gt;".</summary>
    public static IEnumerable<string> GunyahNames => Profiles.Select(p => p + "/linux/gunyah.h").Append("v6/asm/gunyah.h");

    public static IEnumerable<string> SystemNames => SystemHeaders.Select(h => "/usr/include/" + h);

    public static OracleSubject Named(string name)
    {
        if (name.StartsWith("/usr/include/", StringComparison.Ordinal))
        {
            // EmitAllDeclarations: the asm/ structs kvm.h includes are then covered as well.
            return new(name, name, HostPlatform.SystemIncludeDirectories, [HostPlatform.ArchitectureDefine], true, null);
        }

        var profile = name[..name.IndexOf('/', StringComparison.Ordinal)];
        var profileDir = Normalize(RepoPaths.Profile(profile));
        var fdMap = profileDir + "/gunyah.fdmap";
        return new(
            name,
            profileDir + name[profile.Length..],
            [profileDir, Normalize(RepoPaths.CommonHeaders)],
            [],
            false,
            File.Exists(fdMap) ? fdMap : null);
    }

    public HeaderRequest Request() => new(
        RootPath,
        "Oracle." + new string(Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()).Trim('_'),
        IncludeDirectories.ToEquatableArray(),
        Defines.ToEquatableArray(),
        "_IOC",
        EmitAllDeclarations,
        FdMapPath);

    public override string ToString() => Name;

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/').TrimEnd('/');
}
