using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Resolves the names and types a constant expression refers to.</summary>
public interface IConstantContext
{
    /// <summary>The value of an enumerator (or, in <c>#if</c>, of any identifier left after expansion, which C defines as 0).</summary>
    bool TryResolveIdentifier(string name, out CValue value);

    /// <summary>Size, alignment and cast kind of a type; on failure <paramref name="error"/> explains (e.g. unknown or incomplete type).</summary>
    bool TryGetTypeFacts(CTypeSyntax type, out CTypeFacts facts, out DiagnosticInfo? error);

    /// <summary>The byte offset of a member path (<c>a.b[2].c</c>) in a record type, for <c>__builtin_offsetof</c>.</summary>
    bool TryGetMemberOffset(CTypeSyntax type, string memberPath, out ulong offset, out DiagnosticInfo? error);
}
