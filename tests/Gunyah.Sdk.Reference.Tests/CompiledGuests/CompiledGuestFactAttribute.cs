namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>A fact that needs the aarch64 cross tools: skipped, with the reason, where they are missing.</summary>
public sealed class CompiledGuestFactAttribute : FactAttribute
{
    public CompiledGuestFactAttribute()
    {
        if (CompiledGuestBuilder.MissingTools is { } reason)
            Skip = reason;
    }
}
