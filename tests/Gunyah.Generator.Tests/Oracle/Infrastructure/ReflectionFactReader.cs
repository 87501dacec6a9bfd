using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Gunyah.Interop;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// The facts compiled bindings state, found purely through <see cref="CNameAttribute"/> (never C# names):
/// sizes and alignments as the runtime lays the types out, field offsets, bitfield bytes produced through
/// the generated setters, and constant values.
/// </summary>
internal static class ReflectionFactReader
{
    public const string ErrorPrefix = "clr-error: ";

    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    public static FactSet Read(Assembly assembly)
    {
        var facts = new FactSet("C#");
        foreach (var type in assembly.GetTypes())
        {
            var key = CName(type);
            if (type.IsEnum && key is not null)
            {
                ReadEnum(type, key, facts);
            }
            else if (type.IsValueType && key is not null)
            {
                ReadRecord(type, key, facts);
            }
            else if (type.IsClass && type.IsAbstract && type.IsSealed)
            {
                ReadConstants(type, facts);
            }
        }

        return facts;
    }

    private static void ReadRecord(Type type, string key, FactSet facts)
    {
        facts.Add(FactKeys.Size(key), Guard(() => FactFormat.Decimal(LayoutProbe.SizeOf(type))));
        facts.Add(FactKeys.Align(key), Guard(() => FactFormat.Decimal(LayoutProbe.AlignOf(type))));

        foreach (var field in type.GetFields(Instance))
        {
            if (CName(field) is { } member)
            {
                facts.Add(FactKeys.Offset(key, member), Guard(() => FactFormat.Decimal(Marshal.OffsetOf(type, field.Name))));
            }
        }

        // A flexible array member has no field to take an offset of: the emitter gives it an accessor
        // method carrying the C name and a '<accessor>Offset' const (a const carrying the C name also counts).
        foreach (var method in type.GetMethods(Instance | BindingFlags.DeclaredOnly))
        {
            if (CName(method) is { } member && type.GetField(method.Name + "Offset", Static) is { IsLiteral: true } constant
                && ClrIntegers.Pattern(constant.GetRawConstantValue()) is { } offset)
            {
                facts.Add(FactKeys.Offset(key, member), FactFormat.Decimal((long)offset));
            }
        }

        foreach (var field in type.GetFields(Static))
        {
            if (field.IsLiteral && CName(field) is { } member && ClrIntegers.Pattern(field.GetRawConstantValue()) is { } offset)
            {
                facts.Add(FactKeys.Offset(key, member), FactFormat.Decimal((long)offset));
            }
        }

        foreach (var property in type.GetProperties(Instance))
        {
            if (CName(property) is { } member && property.SetMethod is not null)
            {
                facts.Add(FactKeys.Bits(key, member), Guard(() => BitfieldBytes(type, property)));
            }
        }
    }

    /// <summary>Sets one property of a zeroed instance to its all-ones value (the generated setter must
    /// mask it to the bitfield's width) and shows the instance's bytes.</summary>
    private static string BitfieldBytes(Type type, PropertyInfo property)
    {
        var boxed = Activator.CreateInstance(type)!;
        var allOnes = ClrIntegers.AllOnes(property.PropertyType)
            ?? throw new NotSupportedException($"bitfield property of type {property.PropertyType}");
        property.SetValue(boxed, allOnes);
        return FactFormat.Bytes(LayoutProbe.BytesOf(boxed));
    }

    private static void ReadEnum(Type type, string key, FactSet facts)
    {
        var underlying = Enum.GetUnderlyingType(type);
        facts.Add(FactKeys.EnumSize(key), FactFormat.Decimal(LayoutProbe.SizeOf(underlying)));
        facts.Add(FactKeys.EnumSigned(key), FactFormat.Flag(ClrIntegers.IsSigned(underlying)));
        foreach (var field in type.GetFields(Static))
        {
            if (field.IsLiteral && CName(field) is { } member)
            {
                facts.Add(FactKeys.EnumMember(key, member), FactFormat.Pattern(ClrIntegers.Pattern(field.GetRawConstantValue()) ?? 0));
            }
        }
    }

    private static void ReadConstants(Type type, FactSet facts)
    {
        var isIoctlTable = type.Name == "Ioctls";
        foreach (var field in type.GetFields(Static))
        {
            if (!field.IsLiteral || CName(field) is not { } name)
            {
                continue;
            }

            var value = field.GetRawConstantValue();
            if (value is string text)
            {
                facts.Add(FactKeys.String(name), FactFormat.Bytes(Encoding.UTF8.GetBytes(text)));
            }
            else if (isIoctlTable)
            {
                facts.Add(FactKeys.Ioctl(name), FactFormat.Request(ClrIntegers.Pattern(value) ?? 0));
            }
            else
            {
                facts.Add(FactKeys.Constant(name), ClrIntegers.Pattern(value) is { } bits ? FactFormat.Pattern(bits) : ErrorPrefix + "not an integer");
                facts.Add(FactKeys.ConstantType(name), ClrIntegers.PromotedTypeName(field.FieldType));
            }
        }
    }

    private static string? CName(MemberInfo member) => member.GetCustomAttribute<CNameAttribute>()?.Name;

    /// <summary>Reflection over generated code may fail (a non-blittable field, a throwing setter): the
    /// failure becomes the fact's value, so it is reported as a mismatch instead of aborting the run.</summary>
    private static string Guard(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
            return ErrorPrefix + inner.GetType().Name + ": " + inner.Message;
        }
    }
}
