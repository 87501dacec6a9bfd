namespace Gunyah.Interop;

/// <summary>Renders an ioctl argument's bytes as text for tracing.</summary>
public delegate string IoctlArgumentFormatter(ReadOnlySpan<byte> argument);
