namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Decides whether a typedef redeclaration names the same type as before (C11 allows that silently), e.g. the
/// built-in <c>__u32</c> re-declared by a real <c>asm-generic/int-ll64.h</c>.
/// </summary>
internal static class TypeCompatibility
{
    public static bool AreSame(CType left, CType right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (AlignmentOverride(left) != AlignmentOverride(right))
        {
            return false;
        }

        var a = left.Resolve();
        var b = right.Resolve();
        switch (a)
        {
            case PrimitiveType primitive:
                return b is PrimitiveType otherPrimitive && primitive.Kind == otherPrimitive.Kind;
            case PointerType pointer:
                return b is PointerType otherPointer && AreSame(pointer.Target, otherPointer.Target);
            case ArrayType aa:
                return b is ArrayType ab && aa.Length == ab.Length && AreSame(aa.Element, ab.Element);
            case FunctionType:
                return b is FunctionType;
            case RecordDecl ra:
                return ReferenceEquals(ra, b) || (b is RecordDecl rb && AreSameUnnamedRecords(ra, rb));
            case EnumDecl ea:
                return ReferenceEquals(ea, b) || (b is EnumDecl eb && AreSameUnnamedEnums(ea, eb));
            default:
                return false;
        }
    }

    private static int? AlignmentOverride(CType type)
    {
        while (type is TypedefType typedef)
        {
            if (typedef.Alignment is { } alignment)
            {
                return alignment;
            }

            type = typedef.Target;
        }

        return null;
    }

    /// <summary>Two definitions of <c>struct { ... }</c> are distinct types in C, but redeclaring a typedef with an identical body is harmless for layout.</summary>
    private static bool AreSameUnnamedRecords(RecordDecl a, RecordDecl b)
    {
        if (a.Tag is not null || b.Tag is not null || a.IsUnion != b.IsUnion || a.IsPacked != b.IsPacked
            || a.UserAlignment != b.UserAlignment || a.Members.Count != b.Members.Count || !a.IsComplete || !b.IsComplete)
        {
            return false;
        }

        for (var i = 0; i < a.Members.Count; i++)
        {
            var ma = a.Members[i];
            var mb = b.Members[i];
            if (ma.Name != mb.Name || ma.BitWidth != mb.BitWidth || ma.UserAlignment != mb.UserAlignment
                || ma.IsPacked != mb.IsPacked || !AreSame(ma.Type, mb.Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreSameUnnamedEnums(EnumDecl a, EnumDecl b)
    {
        if (a.Tag is not null || b.Tag is not null || a.Members.Count != b.Members.Count || a.UnderlyingType != b.UnderlyingType)
        {
            return false;
        }

        for (var i = 0; i < a.Members.Count; i++)
        {
            if (a.Members[i].Name != b.Members[i].Name || a.Members[i].Value.Bits != b.Members[i].Value.Bits)
            {
                return false;
            }
        }

        return true;
    }
}
