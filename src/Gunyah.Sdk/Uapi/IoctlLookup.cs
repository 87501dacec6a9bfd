using System.Diagnostics.CodeAnalysis;
using Gunyah.Interop;

namespace Gunyah.Sdk.Uapi;

/// <summary>The shape of a generated <c>IoctlTable.TryFind</c>: a request number to its descriptor.</summary>
public delegate bool IoctlLookup(uint request, [MaybeNullWhen(false)] out IoctlDescriptor descriptor);
