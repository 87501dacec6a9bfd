using System.Runtime.InteropServices;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>A byte then a <typeparamref name="T"/>: the runtime pads the gap to T's alignment, so
/// <see cref="Value"/>'s offset is that alignment.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct AlignmentProbe<T>
    where T : unmanaged
{
    public byte Pad;
    public T Value;
}
