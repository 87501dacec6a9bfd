namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>One generated input: the root header's text, reproducible from <see cref="Seed"/> and <see cref="Index"/>.</summary>
internal sealed record FuzzCase(int Seed, int Index, string BaseName, string RootText)
{
    /// <summary>Where the root header lives in the fuzz's virtual file system.</summary>
    public const string RootPath = "/fuzz/root.h";

    public const string VirtualDirectory = "/fuzz";

    /// <summary>Regenerates case <paramref name="index"/> of run <paramref name="seed"/>.</summary>
    public static FuzzCase Create(int seed, int index, FuzzCorpus corpus)
    {
        var random = FuzzRandom.ForCase(seed, index);
        var (name, text) = corpus.Texts[random.Next(corpus.Texts.Count)];

        // Mostly small slices (fast, and they start mid-construct); sometimes whole small headers, unmutated
        // now and then so the valid baseline is exercised too.
        var sliced = HeaderMutator.Slice(text, random, random.Next(4) == 0 ? 200 : 60);
        var mutations = random.Next(10) == 0 ? 0 : random.Next(1, 5);
        return new FuzzCase(seed, index, name, HeaderMutator.Mutate(sliced, random, mutations));
    }

    public override string ToString() => $"seed {Seed}, case {Index} (from {BaseName}, {RootText.Length} chars)";
}
