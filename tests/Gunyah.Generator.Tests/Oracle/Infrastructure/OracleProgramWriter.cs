using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Turns a <see cref="HeaderModel"/> into a C program that asks gcc every layout and value question the
/// model answers. Only names and type expressions come from the model, never its numbers: the numbers are
/// what gcc is asked to check.
/// </summary>
internal static class OracleProgramWriter
{
    public static OracleProgram Write(HeaderModel model)
    {
        var statements = new List<OracleStatement>();
        var optional = new HashSet<string>(StringComparer.Ordinal);
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        var request = model.Request;

        void Add(FactScope scope, List<OracleStatement> produced)
        {
            var keys = produced.SelectMany(s => s.Keys);
            switch (scope)
            {
                case FactScope.Ignored:
                    ignored.UnionWith(keys);
                    return;
                case FactScope.Optional:
                    optional.UnionWith(keys);
                    break;
            }

            statements.AddRange(produced);
        }

        foreach (var record in model.Structs)
        {
            // A CLR struct cannot have size 0, so a GNU empty struct (kvm.h's __DECLARE_FLEX_ARRAY) may go
            // unbound; if it is bound, its facts are still checked.
            var scope = FactScopes.Of(request, record.IsFromRootHeader, record.Location);
            Add(record.Size == 0 && scope == FactScope.Required ? FactScope.Optional : scope, Record(record, optional));
        }

        foreach (var enumModel in model.Enums)
        {
            Add(FactScopes.Of(request, enumModel.IsFromRootHeader, enumModel.Location), Enum(enumModel));
        }

        foreach (var constant in model.Constants)
        {
            Add(FactScopes.Of(request, constant.IsFromRootHeader, constant.Location), Constant(constant));
        }

        foreach (var ioctl in model.Ioctls)
        {
            var key = FactKeys.Ioctl(ioctl.Name);
            Add(FactScopes.Of(request, ioctl.IsFromRootHeader, ioctl.Location), [new([key], $"gh_oracle_req({Literal(key)}, (unsigned long)({ioctl.Name}));")]);
        }

        return new OracleProgram(model.Request.RootPath, statements, optional, ignored);
    }

    private static List<OracleStatement> Record(StructModel record, HashSet<string> optional)
    {
        var statements = new List<OracleStatement>();
        var type = record.CTypeExpression;
        var size = FactKeys.Size(record.Key);
        var align = FactKeys.Align(record.Key);
        statements.Add(new([size], $"gh_oracle_dec({Literal(size)}, sizeof({type}));"));
        statements.Add(new([align], $"gh_oracle_dec({Literal(align)}, _Alignof({type}));"));

        foreach (var field in record.Fields)
        {
            if (field.BitWidth > 0)
            {
                // offsetof cannot name a bitfield; set it to all ones in a zeroed record and show the bytes.
                // Plain assignment of ~0ull truncates to the field width (typeof is not allowed on bitfields).
                var bits = FactKeys.Bits(record.Key, field.Name);
                statements.Add(new(
                    [bits],
                    $"{{ {type} gh_oracle_v; __builtin_memset(&gh_oracle_v, 0, sizeof gh_oracle_v); " +
                    $"gh_oracle_v.{field.CAccessPath} = ~0ull; gh_oracle_hex({Literal(bits)}, &gh_oracle_v, sizeof gh_oracle_v); }}"));
                continue;
            }

            // Flexible arrays have no C# field (an optional offset const instead); zero-size members (of an
            // empty struct type) have no bytes to bind.
            var offset = FactKeys.Offset(record.Key, field.Name);
            if (field.IsFlexibleArray || field.Type.Size == 0)
            {
                optional.Add(offset);
            }

            statements.Add(new([offset], $"gh_oracle_dec({Literal(offset)}, __builtin_offsetof({type}, {field.CAccessPath}));"));
        }

        return statements;
    }

    private static List<OracleStatement> Enum(EnumModel enumModel)
    {
        var statements = new List<OracleStatement>();
        var type = enumModel.Tag is not null ? "enum " + enumModel.Tag : enumModel.TypedefName ?? enumModel.Key;
        var size = FactKeys.EnumSize(enumModel.Key);
        var signed = FactKeys.EnumSigned(enumModel.Key);
        statements.Add(new([size], $"gh_oracle_dec({Literal(size)}, sizeof({type}));"));
        statements.Add(new([signed], $"gh_oracle_dec({Literal(signed)}, ({type})-1 < 0);"));
        foreach (var member in enumModel.Members)
        {
            var key = FactKeys.EnumMember(enumModel.Key, member.Name);
            statements.Add(new([key], $"gh_oracle_u64({Literal(key)}, (unsigned long long)({member.Name}));"));
        }

        return statements;
    }

    private static List<OracleStatement> Constant(ConstantModel constant)
    {
        if (constant.Kind == ConstantKind.String)
        {
            var str = FactKeys.String(constant.Name);
            return [new([str], $"gh_oracle_hex({Literal(str)}, {constant.Name}, sizeof({constant.Name}) - 1);")];
        }

        // Converting to unsigned long long is modular, so the printed pattern is sign- or zero-extended
        // exactly as the expression's own C type dictates; its type is reported separately.
        var value = FactKeys.Constant(constant.Name);
        var ctype = FactKeys.ConstantType(constant.Name);
        return
        [
            new(
                [value, ctype],
                $"gh_oracle_u64({Literal(value)}, (unsigned long long)({constant.Name})); " +
                $"gh_oracle_txt({Literal(ctype)}, GH_ORACLE_CTYPE({constant.Name}));"),
        ];
    }

    private static string Literal(string key) =>
        "\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
