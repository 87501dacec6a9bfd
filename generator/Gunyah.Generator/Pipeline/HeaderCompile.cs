using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>The front-end as the generator calls it; <see cref="HeaderCompiler.Compile"/> in production,
/// replaceable in tests (for instance with one that throws, to exercise <c>InternalError</c>).</summary>
internal delegate HeaderModel HeaderCompile(HeaderRequest request, IHeaderFileProvider files, CancellationToken cancellationToken);
