using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>
/// Declarators: pointers, arrays, function suffixes and parentheses. A declarator is parsed into a list of
/// derivations applied to the base type from the inside out, so <c>int (*a)[3]</c> yields pointer to int[3].
/// </summary>
internal sealed partial class DeclarationParser
{
    private Declarator ParseDeclarator(CType baseType, DeclaratorMode mode)
    {
        var derivations = new List<Func<CType, CType>>();
        var nameToken = ParseDeclaratorCore(mode, derivations);
        var type = baseType;
        foreach (var derive in derivations)
        {
            type = derive(type);
        }

        return new Declarator(nameToken, type);
    }

    /// <summary>Appends the derivations of one declarator level, outermost-applied last; returns the name token.</summary>
    private Token? ParseDeclaratorCore(DeclaratorMode mode, List<Func<CType, CType>> derivations)
    {
        using var nested = Nest();
        var pointers = 0;
        while (reader.Accept("*"))
        {
            pointers++;
            SkipPointerQualifiers();
        }

        Token? nameToken = null;
        List<Func<CType, CType>>? inner = null;
        if (Current.Is("(") && IsGroupingParenthesis(mode))
        {
            reader.Next();
            ParseAttributesInto(new AttributeSet());
            inner = new List<Func<CType, CType>>();
            nameToken = ParseDeclaratorCore(mode, inner);
            Expect(")", "to close the declarator");
        }
        else if (mode == DeclaratorMode.Named && Current.Kind == TokenKind.Identifier && !IsAttributeKeyword(Current))
        {
            nameToken = reader.Next();
        }
        else if (mode == DeclaratorMode.Named)
        {
            throw Error(DiagnosticIds.SyntaxError, $"expected a declarator name, found {Describe(Current)}", Current.Location);
        }

        var suffixes = new List<Func<CType, CType>>();
        while (true)
        {
            if (Current.Is("["))
            {
                var length = ParseArraySuffix(nameToken);
                suffixes.Add(element => new ArrayType(element, length));
            }
            else if (Current.Is("(") && (nameToken is not null || inner is not null || mode == DeclaratorMode.Abstract))
            {
                var parameters = TokenText.Join(SkipBalanced("(", ")"));
                suffixes.Add(returnType => new FunctionType(returnType, parameters));
            }
            else
            {
                break;
            }
        }

        for (var i = 0; i < pointers; i++)
        {
            derivations.Add(target => new PointerType(target));
        }

        for (var i = suffixes.Count - 1; i >= 0; i--)
        {
            derivations.Add(suffixes[i]);
        }

        if (inner is not null)
        {
            derivations.AddRange(inner);
        }

        return nameToken;
    }

    /// <summary>In a type-name, '(' groups an abstract declarator only when one starts inside; otherwise it opens parameters.</summary>
    private bool IsGroupingParenthesis(DeclaratorMode mode)
    {
        if (mode == DeclaratorMode.Named)
        {
            return true;
        }

        var next = reader.Peek(1);
        return next.Is("*") || next.Is("(") || next.Is("[") || next.Is("^") || IsAttributeKeyword(next);
    }

    private void SkipPointerQualifiers()
    {
        while (true)
        {
            if (IsAttributeKeyword(Current))
            {
                ParseAttributesInto(new AttributeSet()); // attributes of the pointer itself do not change layout here
            }
            else if (Current.Kind == TokenKind.Identifier && (IgnoredSpecifiers.Contains(Current.Text) || Current.Is("_Atomic")))
            {
                reader.Next();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Parses <c>[n]</c> or <c>[]</c>; null length for <c>[]</c>.</summary>
    private long? ParseArraySuffix(Token? nameToken)
    {
        reader.Next();
        while (Current.Kind == TokenKind.Identifier && (IgnoredSpecifiers.Contains(Current.Text) || Current.Is("static")))
        {
            reader.Next(); // qualifiers only occur in parameter arrays
        }

        if (reader.Accept("]"))
        {
            return null;
        }

        if (Current.Is("*") && reader.Peek(1).Is("]"))
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, "variable-length arrays are not supported", Current.Location);
        }

        var sizeLocation = Current.Location;
        var value = EvaluateConstant();
        Expect("]", "to close the array size");
        var what = nameToken is null ? "array" : $"array '{nameToken.Text}'";
        if (value.IsSigned && value.AsInt64 < 0)
        {
            throw Error(DiagnosticIds.BadExpression, $"size of {what} is negative ({value.AsInt64})", sizeLocation);
        }

        if (value.Bits > int.MaxValue)
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, $"size of {what} ({value.Bits}) is too large", sizeLocation);
        }

        return (long)value.Bits;
    }

    /// <summary>Parses and evaluates a constant expression at the reader; aborts the declaration on failure (already reported).</summary>
    private CValue EvaluateConstant()
    {
        var expression = ExpressionParser.Parse(reader, this, diagnostics) ?? throw new ParseAbortException();
        if (!ConstantEvaluator.TryEvaluate(expression, constants, diagnostics, out var value))
        {
            throw new ParseAbortException();
        }

        return value;
    }

    /// <summary>Parses a constant expression that must be a positive power of two (an alignment); 0 when <paramref name="allowZero"/> (<c>_Alignas(0)</c> has no effect).</summary>
    private int EvaluateAlignment(string what, bool allowZero)
    {
        var location = Current.Location;
        var value = EvaluateConstant();
        if (allowZero && value.Bits == 0)
        {
            return 0;
        }

        if ((value.IsSigned && value.AsInt64 <= 0) || value.Bits == 0 || value.Bits > (1UL << 28) || (value.Bits & (value.Bits - 1)) != 0)
        {
            var shown = value.IsSigned ? value.AsInt64.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.Bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw Error(DiagnosticIds.BadExpression, $"{what} ({shown}) is not a positive power of two", location);
        }

        return (int)value.Bits;
    }
}
