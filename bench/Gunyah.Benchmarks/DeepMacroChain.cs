using System.Text;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Model;

namespace Gunyah.Benchmarks;

/// <summary>
/// A header of n chained macros (<c>#define Mi (Mi-1 + 1)</c>): expanding each one afresh is quadratic in n,
/// so this measures how well evaluated macros are reused.
/// </summary>
public sealed class DeepMacroChain : IHeaderFileProvider
{
    private const string Path = "/bench/chain.h";
    private readonly string text;

    public DeepMacroChain(int depth)
    {
        var chain = new StringBuilder("#define M0 1\n");
        for (var i = 1; i <= depth; i++)
        {
            chain.Append("#define M").Append(i).Append(" (M").Append(i - 1).Append(" + 1)\n");
        }

        text = chain.ToString();
        Request = new HeaderRequest(Path, "Bench.Chain", EquatableArray<string>.Empty, EquatableArray<string>.Empty, "_IOC", false, null);
    }

    public HeaderRequest Request { get; }

    public bool TryGetText(string normalizedPath, out string text)
    {
        text = this.text;
        return normalizedPath == Path;
    }
}
