using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Field-by-field comparison of decoded wire values: public fields of structs, public properties of the owned
/// payload classes, arrays element by element, fixed-size C arrays byte by byte. Reflection keeps it complete:
/// a field the generator adds later is compared without anyone remembering to.
/// </summary>
internal static class FieldAssert
{
    private static readonly MethodInfo RawBytesMethod =
        typeof(FieldAssert).GetMethod(nameof(RawBytes), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Asserts equality leaf by leaf and returns how many leaves were compared.</summary>
    public static int Equal(object? expected, object? actual, string path = "value")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return 1;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: expected a {type.Name}, got a {actual.GetType().Name}");
        if (IsLeaf(type))
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
            return 1;
        }

        if (IsInlineArray(type))
        {
            Assert.True(Bytes(expected).AsSpan().SequenceEqual(Bytes(actual)), $"{path}: fixed array differs");
            return 1;
        }

        if (expected is Array expectedArray)
        {
            var actualArray = (Array)actual;
            Assert.True(expectedArray.Length == actualArray.Length, $"{path}: expected {expectedArray.Length} entries, got {actualArray.Length}");
            var leaves = 1;
            for (var i = 0; i < expectedArray.Length; i++)
            {
                leaves += Equal(expectedArray.GetValue(i), actualArray.GetValue(i), $"{path}[{i}]");
            }

            return leaves;
        }

        var count = 0;
        foreach (var (name, read) in Members(type))
        {
            count += Equal(read(expected), read(actual), $"{path}.{name}");
        }

        Assert.True(count > 0, $"{path}: {type.Name} has no public members to compare");
        return count;
    }

    /// <summary>Asserts that every leaf of <paramref name="value"/> is non-zero and every array non-empty.</summary>
    public static void AllNonZero(object value, string path = "value")
    {
        var type = value.GetType();
        if (IsLeaf(type))
        {
            Assert.False(Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0, $"{path} is zero");
        }
        else if (IsInlineArray(type))
        {
            Assert.DoesNotContain((byte)0, Bytes(value));
        }
        else if (value is Array array)
        {
            Assert.True(array.Length > 0, $"{path} is empty");
            for (var i = 0; i < array.Length; i++)
            {
                AllNonZero(array.GetValue(i)!, $"{path}[{i}]");
            }
        }
        else
        {
            foreach (var (name, read) in Members(type))
            {
                AllNonZero(read(value)!, $"{path}.{name}");
            }
        }
    }

    private static bool IsLeaf(Type type) => type.IsPrimitive || type.IsEnum;

    private static bool IsInlineArray(Type type) => type.GetCustomAttribute<InlineArrayAttribute>() is not null;

    private static IEnumerable<(string Name, Func<object, object?> Read)> Members(Type type)
    {
        if (type.IsValueType)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Instance)
                .Select(field => (field.Name, (Func<object, object?>)field.GetValue));
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0)
            .Select(property => (property.Name, (Func<object, object?>)property.GetValue));
    }

    private static byte[] Bytes(object inlineArray) =>
        (byte[])RawBytesMethod.MakeGenericMethod(inlineArray.GetType()).Invoke(null, [inlineArray])!;

    private static byte[] RawBytes<T>(T value)
        where T : unmanaged => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
