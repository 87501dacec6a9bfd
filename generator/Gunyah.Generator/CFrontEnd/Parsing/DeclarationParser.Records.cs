using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>struct and union specifiers: references, forward declarations and definitions with their members.</summary>
internal sealed partial class DeclarationParser
{
    private RecordDecl ParseRecordSpecifier(DeclSpecifiers specifiers)
    {
        var keyword = reader.Next();
        var isUnion = keyword.Is("union");
        var typeAttributes = new AttributeSet();
        ParseAttributesInto(typeAttributes);
        Token? tagToken = null;
        if (Current.Kind == TokenKind.Identifier && !IsAttributeKeyword(Current))
        {
            tagToken = reader.Next();
            ParseAttributesInto(typeAttributes);
        }

        if (!Current.Is("{"))
        {
            if (tagToken is null)
            {
                throw Error(DiagnosticIds.SyntaxError, $"expected a tag or '{{' after '{keyword.Text}'", Current.Location);
            }

            return LookUpOrDeclareRecord(isUnion, tagToken);
        }

        var record = StartRecordDefinition(isUnion, keyword, tagToken, specifiers, out var kept);
        ParseRecordBody(record);
        ParseAttributesInto(typeAttributes);
        record.IsPacked = typeAttributes.Packed;
        record.UserAlignment = typeAttributes.Aligned;
        record.MaxFieldAlignment = packLimit;
        record.IsComplete = true;
        if (!record.IsInvalid)
        {
            record.Layout = RecordLayoutEngine.Compute(record, diagnostics);
            record.IsInvalid = record.Layout is null;
        }

        if (kept is not null)
        {
            return kept; // a rejected redefinition: the first definition stays the type
        }

        specifiers.DefinedTag = record;
        return record;
    }

    private RecordDecl LookUpOrDeclareRecord(bool isUnion, Token tagToken)
    {
        if (scope.TryGetTag(tagToken.Text, out var existing))
        {
            if (existing is RecordDecl record && record.IsUnion == isUnion)
            {
                return record;
            }

            throw WrongKindOfTag(tagToken, existing);
        }

        var declared = new RecordDecl(isUnion, tagToken.Text, tagToken.Location, IsFromRoot(tagToken.Location));
        scope.DeclareTag(tagToken.Text, declared);
        return declared;
    }

    /// <summary>
    /// Finds or creates the record a body defines. A tag already defined is a redefinition: reported, and the new
    /// body is parsed into a detached record so parsing continues while the first definition, returned in
    /// <paramref name="kept"/>, stays the type.
    /// </summary>
    private RecordDecl StartRecordDefinition(bool isUnion, Token keyword, Token? tagToken, DeclSpecifiers specifiers, out RecordDecl? kept)
    {
        kept = null;
        var location = tagToken?.Location ?? keyword.Location;
        RecordDecl? record = null;
        if (tagToken is not null && scope.TryGetTag(tagToken.Text, out var existing))
        {
            if (existing is not RecordDecl previous || previous.IsUnion != isUnion)
            {
                throw WrongKindOfTag(tagToken, existing);
            }

            if (previous.DefinitionOrder >= 0)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.Redefinition,
                    $"redefinition of '{previous.Keyword} {tagToken.Text}' (first defined at {previous.Location}); the first definition is kept",
                    tagToken.Location));
                kept = previous;
                return new RecordDecl(isUnion, tagToken.Text, location, IsFromRoot(location));
            }

            record = previous;
        }

        if (record is null)
        {
            record = new RecordDecl(isUnion, tagToken?.Text, location, IsFromRoot(location));
            if (tagToken is not null)
            {
                scope.DeclareTag(tagToken.Text, record);
            }
        }

        record.Location = location;
        record.IsFromRootHeader = IsFromRoot(location);
        record.Doc = specifiers.FirstToken.LeadingComment ?? keyword.LeadingComment;
        record.EnclosingRecord = openRecords.Count > 0 ? openRecords.Peek() : null;
        scope.AddRecordDefinition(record);
        return record;
    }

    private ParseAbortException WrongKindOfTag(Token tagToken, CType existing)
    {
        var kind = existing is EnumDecl ? "enum" : ((RecordDecl)existing).Keyword;
        return Error(DiagnosticIds.SyntaxError, $"'{tagToken.Text}' is already declared as '{kind} {tagToken.Text}'", tagToken.Location);
    }

    private void ParseRecordBody(RecordDecl record)
    {
        Expect("{", "to open the member list");
        openRecords.Push(record);
        try
        {
            while (!reader.Accept("}"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.AtEnd)
                {
                    throw Error(DiagnosticIds.SyntaxError, $"missing '}}' to close '{TypeSpelling.Of(record)}'", Current.Location);
                }

                var start = reader.Position;
                try
                {
                    ParseMemberDeclaration(record);
                }
                catch (ParseAbortException)
                {
                    record.IsInvalid = true;
                    while (openRecords.Peek() != record)
                    {
                        openRecords.Pop();
                    }

                    SkipRestOfDeclaration(start, insideRecord: true);
                    if (reader.Position == start && !Current.Is("}"))
                    {
                        reader.Next(); // never stall
                    }
                }
            }
        }
        finally
        {
            if (openRecords.Count > 0 && openRecords.Peek() == record)
            {
                openRecords.Pop();
            }
        }
    }

    private void ParseMemberDeclaration(RecordDecl record)
    {
        ParsePragmas();
        if (Current.Is("}") || reader.Accept(";"))
        {
            return;
        }

        if (IsStaticAssertKeyword(Current))
        {
            ParseStaticAssert();
            return;
        }

        var specifiers = ParseSpecifiers(SpecifierContext.Member);
        var doc = specifiers.FirstToken.LeadingComment;
        if (reader.Accept(";"))
        {
            // struct { ... }; with no tag and no declarator is an anonymous member (C11); a tagged one only
            // declares the tag.
            if (specifiers.DefinedTag is RecordDecl { Tag: null } anonymous && ReferenceEquals(specifiers.Type, anonymous))
            {
                anonymous.IsAnonymousMember = true;
                AddMember(record, new MemberDecl(null, anonymous, null, specifiers.Attributes.Aligned, specifiers.Attributes.Packed, anonymous.Location, doc));
            }

            return;
        }

        var declared = new List<MemberDecl>();
        while (true)
        {
            Declarator? declarator = null;
            if (!Current.Is(":"))
            {
                declarator = ParseDeclarator(specifiers.Type, DeclaratorMode.Named);
            }

            var attributes = new AttributeSet();
            attributes.MergeFrom(specifiers.Attributes);
            ParseAttributesInto(attributes);
            int? width = null;
            var location = declarator?.NameToken?.Location ?? Current.Location;
            if (reader.Accept(":"))
            {
                width = ParseBitFieldWidth(declarator?.Name, declarator?.Type ?? specifiers.Type, location);
                ParseAttributesInto(attributes);
            }

            var type = declarator?.Type ?? specifiers.Type;
            if (declarator?.IsFunction == true)
            {
                throw Error(DiagnosticIds.UnsupportedConstruct, $"field '{declarator.Name}' is declared as a function", location);
            }

            var member = new MemberDecl(declarator?.Name, type, width, attributes.Aligned, attributes.Packed, location, doc);
            if (specifiers.DefinedTag is RecordDecl { Tag: null, NamingMember: null } unnamed && member.Name is not null)
            {
                unnamed.NamingMember = member;
            }

            AddMember(record, member);
            declared.Add(member);
            if (reader.Accept(","))
            {
                continue;
            }

            Expect(";", "after member declaration");
            if (doc is null && reader.Peek(-1).TrailingComment is { } trailing)
            {
                // __u64 size; /* bytes */
                foreach (var each in declared)
                {
                    each.Doc = trailing;
                }
            }

            return;
        }
    }

    private void AddMember(RecordDecl record, MemberDecl member)
    {
        if (member.Name is not null && FindMemberName(record, member.Name))
        {
            throw Error(DiagnosticIds.SyntaxError, $"duplicate member '{member.Name}' in '{TypeSpelling.Of(record)}'", member.Location);
        }

        record.Members.Add(member);
    }

    private static bool FindMemberName(RecordDecl record, string name) =>
        record.Members.Any(m => m.Name == name || (m.IsAnonymousRecord && FindMemberName((RecordDecl)m.Type, name)));

    private int ParseBitFieldWidth(string? name, CType type, LocationInfo location)
    {
        var what = name is null ? "unnamed bitfield" : $"bitfield '{name}'";
        var widthLocation = Current.Location;
        var value = EvaluateConstant();
        if (TypeLayout.IntegerKindOf(type) is not { } kind)
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, $"{what} has non-integer type '{TypeSpelling.Of(type)}'", location);
        }

        var bits = kind == PrimitiveKind.Bool ? 1 : TypeLayout.OfPrimitive(kind).Size * 8;
        if (value.IsSigned && value.AsInt64 < 0)
        {
            throw Error(DiagnosticIds.BadExpression, $"{what} has negative width {value.AsInt64}", widthLocation);
        }

        if (value.Bits > (ulong)bits)
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, $"width of {what} ({value.Bits}) exceeds its type '{TypeSpelling.Of(type)}' ({bits} bits)", widthLocation);
        }

        if (value.Bits == 0 && name is not null)
        {
            throw Error(DiagnosticIds.BadExpression, $"{what} has zero width", widthLocation);
        }

        return (int)value.Bits;
    }
}
