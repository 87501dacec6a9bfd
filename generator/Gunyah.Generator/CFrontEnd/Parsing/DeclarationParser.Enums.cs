using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>enum specifiers: references and definitions with their enumerators.</summary>
internal sealed partial class DeclarationParser
{
    private EnumDecl ParseEnumSpecifier(DeclSpecifiers specifiers)
    {
        var keyword = reader.Next();
        var attributes = new AttributeSet();
        ParseAttributesInto(attributes);
        Token? tagToken = null;
        if (Current.Kind == TokenKind.Identifier && !IsAttributeKeyword(Current))
        {
            tagToken = reader.Next();
            ParseAttributesInto(attributes);
        }

        if (Current.Is(":"))
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, "enums with a fixed underlying type are not supported", Current.Location);
        }

        if (!Current.Is("{"))
        {
            if (tagToken is null)
            {
                throw Error(DiagnosticIds.SyntaxError, "expected a tag or '{' after 'enum'", Current.Location);
            }

            if (scope.TryGetTag(tagToken.Text, out var existing))
            {
                return existing as EnumDecl ?? throw WrongKindOfTag(tagToken, existing);
            }

            // GNU C lets an enum be named before it is defined; it stays incomplete until then.
            var forward = new EnumDecl(tagToken.Text, tagToken.Location, IsFromRoot(tagToken.Location));
            scope.DeclareTag(tagToken.Text, forward);
            return forward;
        }

        var location = tagToken?.Location ?? keyword.Location;
        var enumDecl = new EnumDecl(tagToken?.Text, location, IsFromRoot(location));
        EnumDecl? kept = null;
        if (tagToken is not null && scope.TryGetTag(tagToken.Text, out var previous))
        {
            if (previous is not EnumDecl previousEnum)
            {
                throw WrongKindOfTag(tagToken, previous);
            }

            if (previousEnum.DefinitionOrder >= 0)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.Redefinition,
                    $"redefinition of 'enum {tagToken.Text}' (first defined at {previousEnum.Location}); the first definition is kept",
                    tagToken.Location));
                kept = previousEnum;
            }
            else
            {
                enumDecl = previousEnum;
                enumDecl.Location = location;
                enumDecl.IsFromRootHeader = IsFromRoot(location);
            }
        }
        else if (tagToken is not null)
        {
            scope.DeclareTag(tagToken.Text, enumDecl);
        }

        enumDecl.Doc = specifiers.FirstToken.LeadingComment ?? keyword.LeadingComment;
        if (kept is null)
        {
            scope.AddEnumDefinition(enumDecl);
        }

        ParseEnumerators(enumDecl, declare: kept is null);
        ParseAttributesInto(attributes);
        enumDecl.IsPacked = attributes.Packed;
        enumDecl.UnderlyingType = EnumUnderlyingType.Choose(enumDecl.Members.Select(m => m.Value), enumDecl.IsPacked);
        foreach (var member in enumDecl.Members)
        {
            member.Value = TypeEnumerator(member.Value, enumDecl.UnderlyingType);
        }

        enumDecl.IsComplete = true;
        if (kept is not null)
        {
            return kept;
        }

        specifiers.DefinedTag = enumDecl;
        return enumDecl;
    }

    private void ParseEnumerators(EnumDecl enumDecl, bool declare)
    {
        Expect("{", "to open the enumerator list");
        CValue? previous = null;
        while (!reader.Accept("}"))
        {
            if (reader.AtEnd || Current.Kind != TokenKind.Identifier)
            {
                throw Error(DiagnosticIds.SyntaxError, $"expected an enumerator name, found {Describe(Current)}", Current.Location);
            }

            var nameToken = reader.Next();
            var attributes = new AttributeSet();
            ParseAttributesInto(attributes);
            CValue value;
            if (reader.Accept("="))
            {
                var start = reader.Position;
                try
                {
                    value = EvaluateConstant();
                }
                catch (ParseAbortException)
                {
                    // The value is unknown, so are the ones that count on from it: the enum is skipped, the
                    // remaining enumerators are still read to keep parsing in step.
                    enumDecl.IsInvalid = true;
                    SkipEnumeratorValue(start);
                    previous = null;
                    if (!reader.Accept(","))
                    {
                        Expect("}", "to close the enumerator list");
                        return;
                    }

                    continue;
                }
            }
            else
            {
                value = Successor(previous);
            }

            previous = value;
            var doc = nameToken.LeadingComment ?? nameToken.TrailingComment ?? reader.Peek(-1).TrailingComment;
            var enumerator = new EnumeratorDecl(nameToken.Text, TypeEnumerator(value, null), enumDecl, nameToken.Location, doc);
            enumDecl.Members.Add(enumerator);
            if (declare && !enumDecl.IsInvalid)
            {
                scope.DeclareEnumerator(enumerator);
            }

            if (!reader.Accept(","))
            {
                Expect("}", "to close the enumerator list");
                return;
            }

            enumerator.Doc ??= reader.Peek(-1).TrailingComment; // FOO = 1, /* doc */
        }
    }

    private void SkipEnumeratorValue(int start)
    {
        if (reader.Position < start)
        {
            reader.Position = start;
        }

        var depth = 0;
        while (!reader.AtEnd && !(depth == 0 && (Current.Is(",") || Current.Is("}"))))
        {
            if (Current.Is("(") || Current.Is("["))
            {
                depth++;
            }
            else if (Current.Is(")") || Current.Is("]"))
            {
                depth--;
            }

            reader.Next();
        }
    }

    /// <summary>An enumerator without '=' is the previous one plus one (the first is 0).</summary>
    private static CValue Successor(CValue? previous)
    {
        if (previous is not { } value)
        {
            return CValue.FromInt(0);
        }

        if (value.IsSigned && value.AsInt64 != long.MaxValue)
        {
            return new CValue(unchecked((ulong)(value.AsInt64 + 1)), PrimitiveKind.Long);
        }

        return new CValue(unchecked(value.Bits + 1), PrimitiveKind.ULong);
    }

    /// <summary>
    /// The type an enumerator has in expressions: int when the value fits, else (GCC) the enum's type once known,
    /// or the value's own type while the enum is still being defined.
    /// </summary>
    private static CValue TypeEnumerator(CValue value, PrimitiveKind? enumType)
    {
        var fitsInt = value.IsSigned
            ? value.AsInt64 >= int.MinValue && value.AsInt64 <= int.MaxValue
            : value.Bits <= int.MaxValue;
        if (fitsInt)
        {
            return new CValue(unchecked((ulong)(long)(int)value.Bits), PrimitiveKind.Int);
        }

        var type = enumType is PrimitiveKind.UInt or PrimitiveKind.Long or PrimitiveKind.ULong ? enumType.Value : value.Type;
        if (type is not (PrimitiveKind.UInt or PrimitiveKind.Long or PrimitiveKind.ULong or PrimitiveKind.LongLong or PrimitiveKind.ULongLong))
        {
            type = value.IsSigned ? PrimitiveKind.Long : PrimitiveKind.ULong;
        }

        return new CValue(value.Bits, type);
    }
}
