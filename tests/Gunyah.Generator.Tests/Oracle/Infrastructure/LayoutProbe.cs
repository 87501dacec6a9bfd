using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// The runtime's own view of a struct's layout, for types only known through reflection (each helper is
/// generic with <c>unmanaged</c>, reached through MakeGenericMethod).
/// </summary>
internal static class LayoutProbe
{
    public static int SizeOf(Type type) => (int)Invoke(nameof(SizeOfCore), type)!;

    public static int AlignOf(Type type) => (int)Invoke(nameof(AlignOfCore), type)!;

    /// <summary>The bytes of a boxed struct.</summary>
    public static byte[] BytesOf(object boxed) => (byte[])Invoke(nameof(BytesOfCore), boxed.GetType(), boxed)!;

    private static object? Invoke(string name, Type type, params object[] arguments) =>
        typeof(LayoutProbe)
            .GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type)
            .Invoke(null, arguments);

    private static int SizeOfCore<T>()
        where T : unmanaged => Unsafe.SizeOf<T>();

    private static int AlignOfCore<T>()
        where T : unmanaged
    {
        var probe = default(AlignmentProbe<T>);
        return (int)Unsafe.ByteOffset(ref Unsafe.As<AlignmentProbe<T>, byte>(ref probe), ref Unsafe.As<T, byte>(ref probe.Value));
    }

    private static byte[] BytesOfCore<T>(T value)
        where T : unmanaged => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
