using Gunyah.Generator.Tests.Infrastructure;
using PublicApiGenerator;

namespace Gunyah.Packaging.Tests;

/// <summary>
/// The public API of each shipped assembly, generated bindings included, as PublicApiGenerator prints it, against
/// the reviewed text in Snapshots/NAME.verified.cs: a change to the surface is a deliberate diff (accept it with
/// GUNYAH_UPDATE_SNAPSHOTS=1). Assembly attributes are left out: they carry the version and commit.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => new() { "Gunyah.Interop", "Gunyah.Sdk", "Gunyah.Sdk.Reference" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_API_is_the_reviewed_one(string assembly)
    {
        var api = System.Reflection.Assembly.Load(assembly).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        Snapshot.Verify(assembly, api.Replace("\r\n", "\n"));
    }
}
