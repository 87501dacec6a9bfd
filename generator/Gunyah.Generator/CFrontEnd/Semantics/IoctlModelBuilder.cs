using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Parsing;
using Gunyah.Generator.CFrontEnd.Preprocessing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Object-like macros whose expansion invokes the ioctl-encoding macro. The request number is the value of the
/// whole expansion, computed from the header's own macros; the fields come from the invocation's four arguments
/// (dir, type, nr, size), and the argument type from the <c>sizeof(type)</c> inside the size argument.
/// </summary>
internal sealed class IoctlModelBuilder
{
    private readonly DeclarationParser typeNames;
    private readonly DeclarationParser silentTypeNames;
    private readonly DeclarationScope scope;
    private readonly IConstantContext context;
    private readonly TypeRefBuilder types;
    private readonly string ioctlMacroName;
    private readonly CValue none;
    private readonly CValue write;
    private readonly CValue read;

    public IoctlModelBuilder(DeclarationScope scope, MacroTable macros, TypeRefBuilder types, HeaderRequest request, ICollection<DiagnosticInfo> diagnostics)
    {
        this.scope = scope;
        typeNames = new DeclarationParser(scope, diagnostics, request.RootPath);
        silentTypeNames = new DeclarationParser(scope, new List<DiagnosticInfo>(), request.RootPath);
        context = typeNames.Constants;
        this.types = types;
        ioctlMacroName = request.IoctlMacroName;

        // Compare with the header's own encoding so arch-specific values (powerpc: NONE=1, READ=2, WRITE=4) work.
        none = DirectionValue(macros, "_IOC_NONE", 0);
        write = DirectionValue(macros, "_IOC_WRITE", 1);
        read = DirectionValue(macros, "_IOC_READ", 2);
    }

    /// <summary>The type named by the size argument's sizeof, so the caller can select the record it needs.</summary>
    public CType? LastArgumentType { get; private set; }

    /// <summary>Builds the model, or reports why the request cannot be computed and returns null.</summary>
    public IoctlModel? TryBuild(MacroDefinition definition, MacroExpansion expansion, ICollection<DiagnosticInfo> diagnostics)
    {
        LastArgumentType = null;
        var invocation = expansion.Invocations[0];
        if (invocation.Arguments.Count != 4)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.MacroError,
                $"ioctl '{definition.Name}': '{ioctlMacroName}' is invoked with {invocation.Arguments.Count} arguments, expected 4 (dir, type, nr, size)",
                definition.Location));
            return null;
        }

        if (NamesUnusableType(invocation.Arguments[3]))
        {
            return null;
        }

        if (!MacroExpressions.TryEvaluate(expansion.Tokens, typeNames, context, diagnostics, out _, out var request))
        {
            return null;
        }

        var fitsUnsigned = request.Bits <= uint.MaxValue;
        var fitsNegative = request.IsSigned && request.AsInt64 < 0 && request.AsInt64 >= int.MinValue;
        if (!fitsUnsigned && !fitsNegative)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.BadExpression, $"ioctl '{definition.Name}': request number 0x{request.Bits:X} does not fit 32 bits", definition.Location));
            return null;
        }

        var values = new CValue[4];
        Expr? sizeExpression = null;
        for (var i = 0; i < 4; i++)
        {
            if (!MacroExpressions.TryEvaluate(invocation.Arguments[i], typeNames, context, diagnostics, out var expression, out values[i]))
            {
                return null;
            }

            sizeExpression = expression;
        }

        TypeRef? argumentType = null;
        if (sizeExpression is not null && MacroExpressions.FindSizeofType(sizeExpression) is TypeNameSyntax typeName)
        {
            LastArgumentType = typeName.Type;
            argumentType = types.Build(typeName.Type);
        }

        return new IoctlModel(
            definition.Name,
            unchecked((uint)request.Bits),
            Direction(values[0]),
            unchecked((uint)values[1].Bits),
            unchecked((uint)values[2].Bits),
            unchecked((uint)values[3].Bits),
            argumentType,
            null,
            definition.IsFromRootHeader,
            definition.Doc,
            definition.Location);
    }

    /// <summary>
    /// True when the size argument is <c>sizeof</c> of a type the header never defines — a struct, union or enum
    /// tag never completed, or a name that is not a type (<c>size_t</c> without stddef.h) — or of a record whose
    /// definition had errors (already reported). Like gcc, which only checks a macro where it is used, an
    /// undefined argument type is not an error: kvm.h, for one, declares the ioctls of every architecture but
    /// defines only the current one's argument structs. Such an ioctl is skipped.
    /// </summary>
    private bool NamesUnusableType(IReadOnlyList<Token> sizeArgument)
    {
        for (var i = 0; i + 3 < sizeArgument.Count; i++)
        {
            if (sizeArgument[i].Is("sizeof") && sizeArgument[i + 1].Is("(") && sizeArgument[i + 3].Is(")")
                && sizeArgument[i + 2] is { Kind: TokenKind.Identifier } name
                && !silentTypeNames.StartsTypeName(new TokenReader(new[] { name }))
                && !scope.TryGetEnumerator(name.Text, out _))
            {
                return true;
            }
        }

        var ignored = new List<DiagnosticInfo>();
        if (!MacroExpressions.TryParse(sizeArgument, silentTypeNames, ignored, out var expression)
            || MacroExpressions.FindSizeofType(expression) is not TypeNameSyntax typeName)
        {
            return false;
        }

        var type = typeName.Type.Resolve();
        while (type is ArrayType array)
        {
            type = array.Element.Resolve();
        }

        return type is RecordDecl { IsComplete: false } or RecordDecl { IsInvalid: true }
            or EnumDecl { IsComplete: false } or EnumDecl { IsInvalid: true };
    }

    private IoctlDirectionKind Direction(CValue dir)
    {
        if (dir.Bits == none.Bits)
        {
            return IoctlDirectionKind.None;
        }

        var result = IoctlDirectionKind.None;
        if (write.Bits != 0 && (dir.Bits & write.Bits) == write.Bits)
        {
            result |= IoctlDirectionKind.Write;
        }

        if (read.Bits != 0 && (dir.Bits & read.Bits) == read.Bits)
        {
            result |= IoctlDirectionKind.Read;
        }

        return result;
    }

    private CValue DirectionValue(MacroTable macros, string name, int fallback)
    {
        var ignored = new List<DiagnosticInfo>();
        if (macros.TryGet(name, out var definition) && !definition.IsFunctionLike)
        {
            var expansion = macros.Expand(definition, null, ignored);
            if (MacroExpressions.TryEvaluate(expansion.Tokens, silentTypeNames, silentTypeNames.Constants, ignored, out _, out var value))
            {
                return value;
            }
        }

        return CValue.FromInt(fallback);
    }
}
