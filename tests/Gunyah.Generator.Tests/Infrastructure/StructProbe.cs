using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gunyah.Interop;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Reflection helpers to check generated structs at run time: real size, declared offsets, raw bytes in and
/// out (so offsets and bitfields are checked against memory, not just attributes), and [CName] values.
/// </summary>
public static class StructProbe
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static int SizeOf(Type type) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;

    /// <summary>The [FieldOffset] of a field.</summary>
    public static int OffsetOf(Type type, string fieldName) =>
        Field(type, fieldName).GetCustomAttribute<FieldOffsetAttribute>()?.Value
            ?? throw new InvalidOperationException($"{type.Name}.{fieldName} has no [FieldOffset]");

    public static FieldInfo Field(Type type, string name) =>
        type.GetField(name, Instance) ?? throw new InvalidOperationException($"{type.FullName} has no field {name}");

    public static PropertyInfo Property(Type type, string name) =>
        type.GetProperty(name, Instance) ?? throw new InvalidOperationException($"{type.FullName} has no property {name}");

    /// <summary>The [CName] of a type or member, or null.</summary>
    public static string? CName(MemberInfo member) => member.GetCustomAttribute<CNameAttribute>()?.Name;

    /// <summary>The bytes of a boxed unmanaged struct.</summary>
    public static byte[] ToBytes(object value) =>
        (byte[])Generic(nameof(ToBytesCore), value.GetType()).Invoke(null, [value])!;

    /// <summary>A boxed struct of type <paramref name="type"/> read from <paramref name="bytes"/>.</summary>
    public static object FromBytes(Type type, byte[] bytes) =>
        Generic(nameof(FromBytesCore), type).Invoke(null, [bytes])!;

    public static object Create(Type type) => Activator.CreateInstance(type)!;

    private static MethodInfo Generic(string name, Type type) =>
        typeof(StructProbe).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(type);

    private static byte[] ToBytesCore<T>(object value)
        where T : struct
    {
        var typed = (T)value;
        return MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref typed)).ToArray();
    }

    private static object FromBytesCore<T>(byte[] bytes)
        where T : struct => MemoryMarshal.Read<T>(bytes);
}
