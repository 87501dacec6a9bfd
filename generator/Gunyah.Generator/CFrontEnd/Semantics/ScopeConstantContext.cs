using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>What constant expressions in declarations and macro bodies can see: enumerators, type layouts and member offsets.</summary>
internal sealed class ScopeConstantContext : IConstantContext
{
    private readonly DeclarationScope scope;

    public ScopeConstantContext(DeclarationScope scope) => this.scope = scope;

    public bool TryResolveIdentifier(string name, out CValue value)
    {
        if (scope.TryGetEnumerator(name, out var enumerator))
        {
            value = enumerator.Value;
            return true;
        }

        value = default;
        return false;
    }

    public bool TryGetTypeFacts(CTypeSyntax type, out CTypeFacts facts, out DiagnosticInfo? error)
    {
        facts = default;
        if (type is not TypeNameSyntax typeName)
        {
            error = new DiagnosticInfo(DiagnosticIds.InternalError, $"type-name '{type.Spelling}' was not parsed by the declaration parser", type.Location);
            return false;
        }

        if (!TryGetLayout(typeName, out var layout, out error))
        {
            return false;
        }

        var resolved = typeName.Type.Resolve();
        var kind = resolved is PointerType ? PrimitiveKind.ULong : TypeLayout.IntegerKindOf(resolved);
        facts = new CTypeFacts((ulong)layout.Size, (ulong)layout.Alignment, kind);
        return true;
    }

    public bool TryGetMemberOffset(CTypeSyntax type, string memberPath, out ulong offset, out DiagnosticInfo? error)
    {
        offset = 0;
        if (type is not TypeNameSyntax typeName)
        {
            error = new DiagnosticInfo(DiagnosticIds.InternalError, $"type-name '{type.Spelling}' was not parsed by the declaration parser", type.Location);
            return false;
        }

        if (!TryGetLayout(typeName, out _, out error))
        {
            return false;
        }

        if (!MemberOffsetResolver.TryResolve(typeName.Type, memberPath, out offset, out var message))
        {
            error = new DiagnosticInfo(DiagnosticIds.BadExpression, message!, type.Location);
            return false;
        }

        return true;
    }

    private static bool TryGetLayout(TypeNameSyntax typeName, out SizeAlign layout, out DiagnosticInfo? error)
    {
        error = null;
        var spelling = TypeSpelling.Of(typeName.Type);
        switch (TypeLayout.TryGet(typeName.Type, out layout, out var culprit))
        {
            case LayoutStatus.Ok:
                return true;
            case LayoutStatus.Incomplete:
                var culpritText = culprit is null || ReferenceEquals(culprit, typeName.Type) ? string.Empty : $" ('{TypeSpelling.Of(culprit)}' is incomplete)";
                var id = culprit is RecordDecl or EnumDecl ? DiagnosticIds.UnknownType : DiagnosticIds.BadExpression;
                error = new DiagnosticInfo(id, $"'{spelling}' is an incomplete type{culpritText}", typeName.Location);
                return false;
            case LayoutStatus.TooLarge:
                error = new DiagnosticInfo(DiagnosticIds.UnsupportedConstruct, $"'{spelling}' is too large", typeName.Location);
                return false;
            default:
                error = new DiagnosticInfo(DiagnosticIds.BadExpression, $"'{spelling}' has no layout because its declaration has errors", typeName.Location);
                return false;
        }
    }
}
