using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>An additional file that lives in memory, as MSBuild's AdditionalFiles items would appear to a
/// generator. A null text models a file that could not be read.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? text;

    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        this.text = text is null ? null : SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
