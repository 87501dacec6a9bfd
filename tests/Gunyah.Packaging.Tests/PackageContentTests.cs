using System.IO.Compression;
using System.Xml.Linq;
using Gunyah.Packaging.Tests.Infrastructure;

namespace Gunyah.Packaging.Tests;

/// <summary>
/// What the packed packages hold is what docs/packaging.md lists (the lists there are compared file by file), and
/// their metadata is what a package page and a debugger need.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class PackageContentTests(PackagedFeed feed)
{
    public static TheoryData<string> Packages => new() { "Gunyah.Sdk.nupkg", "Gunyah.Sdk.snupkg", "Gunyah.Interop.nupkg", "Gunyah.Interop.snupkg" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_holds_exactly_the_files_docs_packaging_md_lists(string package)
    {
        var id = Path.GetFileNameWithoutExtension(package);
        using var zip = ZipFile.OpenRead(feed.PackagePath(id, Path.GetExtension(package)));
        // The OPC parts every package has, and the nuspec, are not content.
        var actual = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml" && n != id + ".nuspec")
            .Order(StringComparer.Ordinal);

        Assert.Equal(DocumentedContents(package), actual);
    }

    [Theory]
    [InlineData("Gunyah.Sdk")]
    [InlineData("Gunyah.Interop")]
    public void A_package_has_its_license_readme_and_the_commit_it_was_built_from(string id)
    {
        var metadata = Nuspec(id);

        Assert.Equal("expression", metadata.Element(metadata.Name.Namespace + "license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", metadata.Element(metadata.Name.Namespace + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(metadata.Name.Namespace + "readme")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(metadata.Name.Namespace + "description")?.Value));
        var repository = metadata.Element(metadata.Name.Namespace + "repository");
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        var head = DotNet.Exec("git", feed.RepoRoot, null, "rev-parse", "HEAD").EnsureSuccess().Output.Trim();
        Assert.Equal(head, repository?.Attribute("commit")?.Value);
    }

    [Fact]
    public void Gunyah_Sdk_depends_on_Gunyah_Interop_with_its_generator_and_build_files_flowing_to_the_consumer()
    {
        var metadata = Nuspec("Gunyah.Sdk");
        var dependencies = metadata.Descendants(metadata.Name.Namespace + "dependency").ToDictionary(d => d.Attribute("id")!.Value);

        Assert.Equal(["Gunyah.Interop", "Microsoft.Extensions.Logging.Abstractions"], dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(feed.Version, dependencies["Gunyah.Interop"].Attribute("version")?.Value);
        Assert.Null(dependencies["Gunyah.Interop"].Attribute("exclude"));
        Assert.Equal("net10.0", dependencies["Gunyah.Interop"].Parent?.Attribute("targetFramework")?.Value);
    }

    private XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        using var stream = zip.GetEntry(id + ".nuspec")!.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }

    // docs/packaging.md lists each package's files in a fenced block after a "<!-- contents: NAME -->" line.
    private List<string> DocumentedContents(string package)
    {
        var lines = File.ReadAllLines(Path.Combine(feed.RepoRoot, "docs", "packaging.md"));
        var marker = Array.IndexOf(lines, $"<!-- contents: {package} -->");
        Assert.True(marker >= 0, $"docs/packaging.md lists no contents of {package}");
        var end = Array.IndexOf(lines, "```", marker + 2);
        return lines[(marker + 2)..end].Select(l => l.Trim()).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();
    }
}
