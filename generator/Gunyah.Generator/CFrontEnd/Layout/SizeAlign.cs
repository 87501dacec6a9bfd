namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>sizeof and _Alignof of a type, in bytes.</summary>
internal readonly record struct SizeAlign(long Size, int Alignment);
