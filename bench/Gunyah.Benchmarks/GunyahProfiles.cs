using System.Collections.Immutable;
using Gunyah.Generator.Model;

namespace Gunyah.Benchmarks;

/// <summary>The SDK's root headers (one request per GunyahUapiHeader item of src/Gunyah.Sdk).</summary>
public static class GunyahProfiles
{
    public static IReadOnlyList<HeaderRequest> Requests(string headersRoot) =>
    [
        Request(headersRoot, "v6", "linux/gunyah.h", "Gunyah.Sdk.Uapi.V6"),
        Request(headersRoot, "v6", "asm/gunyah.h", "Gunyah.Sdk.Uapi.V6.Arm64"),
        Request(headersRoot, "v10", "linux/gunyah.h", "Gunyah.Sdk.Uapi.V10"),
        Request(headersRoot, "android14-6.1", "linux/gunyah.h", "Gunyah.Sdk.Uapi.Android14"),
        Request(headersRoot, "v17", "linux/gunyah.h", "Gunyah.Sdk.Uapi.V17"),
        Request(headersRoot, "android15-6.6", "linux/gunyah.h", "Gunyah.Sdk.Uapi.Android15"),
    ];

    private static HeaderRequest Request(string root, string profile, string header, string ns) => new(
        $"{root}/{profile}/{header}",
        ns,
        ImmutableArray.Create($"{root}/{profile}", $"{root}/common").ToEquatableArray(),
        EquatableArray<string>.Empty,
        "_IOC",
        EmitAllDeclarations: false,
        FdMapPath: null);
}
