using System.Reflection;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Gunyah.Generator.Tests.Pipeline;

public class DiagnosticCatalogTests
{
    [Fact]
    public void Every_id_has_a_descriptor_with_the_documented_severity()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var expectedSeverity = new Dictionary<string, DiagnosticSeverity>
        {
            ["GHGEN001"] = DiagnosticSeverity.Warning,
            ["GHGEN010"] = DiagnosticSeverity.Warning,
            ["GHGEN012"] = DiagnosticSeverity.Warning,
            ["GHGEN014"] = DiagnosticSeverity.Warning,
            ["GHGEN015"] = DiagnosticSeverity.Warning,
            ["GHGEN016"] = DiagnosticSeverity.Warning,
            ["GHGEN022"] = DiagnosticSeverity.Warning,
            ["GHGEN013"] = DiagnosticSeverity.Info,
        };

        Assert.Equal(22, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), DiagnosticCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal));
        foreach (var id in ids)
        {
            var descriptor = DiagnosticCatalog.Get(id);
            Assert.Equal(expectedSeverity.GetValueOrDefault(id, DiagnosticSeverity.Error), descriptor.DefaultSeverity);
            Assert.Equal("GunyahUapi", descriptor.Category);
            Assert.Equal("{0}", descriptor.MessageFormat.ToString(null));
            Assert.Equal("docs/generator.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Header_locations_become_zero_based_line_positions()
    {
        var diagnostic = DiagnosticFactory.Create(new DiagnosticInfo("GHGEN006", "bad", new LocationInfo("/src/x.h", 3, 5)));

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/x.h", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(4, span.StartLinePosition.Character);
        Assert.Equal("bad", diagnostic.GetMessage(null));
        Assert.Equal(Location.None, DiagnosticFactory.Create(new DiagnosticInfo("GHGEN009", "x", null)).Location);
    }
}
