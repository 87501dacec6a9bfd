namespace Gunyah.Conformance.Catalogue;

/// <summary>Where a clause's expected behaviour comes from.</summary>
public enum ClauseBasis
{
    /// <summary>The kernel or RM source (or its documentation) cited in the clause.</summary>
    Source,

    /// <summary>A gap in the facts (gunyah-uapi.md §11) closed by our own documented choice; a real kernel may
    /// differ, which the errata table then records.</summary>
    DocumentedChoice,
}
