namespace Gunyah.Generator.Emit;

/// <summary>One generated file: its hint name (unique within the generator run) and its C# text.</summary>
/// <remarks>A record so pipeline outputs holding it compare by value and stay cached.</remarks>
internal sealed record GeneratedSource(string HintName, string Text);
