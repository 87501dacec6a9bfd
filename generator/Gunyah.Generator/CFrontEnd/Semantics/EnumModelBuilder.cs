using System.Globalization;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Builds <see cref="EnumModel"/>s for tagged or typedef'd enums, and <see cref="ConstantModel"/>s for the
/// enumerators of anonymous ones (type int, or the enumerator's wider type when the value does not fit).
/// Enums whose values failed to evaluate are skipped (already reported).
/// </summary>
internal static class EnumModelBuilder
{
    /// <summary>The enumerators of every anonymous enum, as int constants (the emitter filters by origin).</summary>
    public static void BuildAnonymousConstants(DeclarationScope scope, RecordKeys keys, List<ConstantModel> constants)
    {
        foreach (var enumDecl in scope.Enums)
        {
            if (!enumDecl.IsComplete || enumDecl.IsInvalid || keys.TryGetKey(enumDecl, out _))
            {
                continue;
            }

            foreach (var member in enumDecl.Members)
            {
                var value = member.Value;
                var text = value.IsSigned
                    ? value.AsInt64.ToString(CultureInfo.InvariantCulture)
                    : value.Bits.ToString(CultureInfo.InvariantCulture);
                constants.Add(new ConstantModel(
                    member.Name, ConstantKind.Integer, value.Type, value.Bits, null, text, enumDecl.IsFromRootHeader, member.Doc, member.Location));
            }
        }
    }

    /// <summary>Models of the keyed enums <paramref name="include"/> accepts, in declaration order.</summary>
    public static List<EnumModel> BuildEnums(DeclarationScope scope, RecordKeys keys, Func<EnumDecl, bool> include)
    {
        var enums = new List<EnumModel>();
        foreach (var enumDecl in scope.Enums)
        {
            if (!enumDecl.IsComplete || enumDecl.IsInvalid || !keys.TryGetKey(enumDecl, out var key) || !include(enumDecl))
            {
                continue;
            }

            var members = enumDecl.Members
                .Select(m => new EnumMemberModel(m.Name, m.Value.Bits, m.Doc, m.Location))
                .ToEquatableArray();
            enums.Add(new EnumModel(
                key, enumDecl.Tag, enumDecl.TypedefName, enumDecl.UnderlyingType, members, enumDecl.IsFromRootHeader, enumDecl.Doc, enumDecl.Location));
        }

        return enums;
    }
}
