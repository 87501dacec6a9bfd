namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>A theory that needs the aarch64 cross tools: skipped, with the reason, where they are missing.</summary>
public sealed class CompiledGuestTheoryAttribute : TheoryAttribute
{
    public CompiledGuestTheoryAttribute()
    {
        if (CompiledGuestBuilder.MissingTools is { } reason)
            Skip = reason;
    }
}
