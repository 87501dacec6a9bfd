using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;

namespace Gunyah.Benchmarks;

/// <summary>
/// Header text in memory → model → C# source, without Roslyn around it: what the generator pays per
/// header when its inputs change. Target: every Gunyah profile together under 50 ms warm.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private HeaderSet gunyahHeaders = null!;
    private IReadOnlyList<HeaderRequest> gunyahRequests = null!;
    private HeaderSet systemHeaders = null!;
    private HeaderRequest kvmRequest = null!;
    private DeepMacroChain deepChain = null!;

    [GlobalSetup]
    public void Setup()
    {
        gunyahHeaders = HeaderSet.Load(RepositoryPaths.HeadersRoot);
        gunyahRequests = GunyahProfiles.Requests(RepositoryPaths.HeadersRoot);

        // kvm.h is the largest real UAPI header the generator is tested on (with asm/kvm.h it defines 150+ ioctls).
        var arch = Directory.Exists("/usr/include/aarch64-linux-gnu") ? "aarch64" : "x86_64";
        systemHeaders = HeaderSet.Load("/usr/include/linux", "/usr/include/asm-generic", $"/usr/include/{arch}-linux-gnu/asm");
        kvmRequest = new HeaderRequest(
            "/usr/include/linux/kvm.h",
            "Bench.Kvm",
            ImmutableArray.Create("/usr/include", $"/usr/include/{arch}-linux-gnu").ToEquatableArray(),
            ImmutableArray.Create($"__{arch}__").ToEquatableArray(),
            "_IOC",
            EmitAllDeclarations: false,
            FdMapPath: null);
        deepChain = new DeepMacroChain(2000);
    }

    [Benchmark(Description = "all Gunyah profiles: compile + emit")]
    public int AllGunyahProfiles()
    {
        var sources = 0;
        foreach (var request in gunyahRequests)
        {
            var model = HeaderCompiler.Compile(request, gunyahHeaders, CancellationToken.None);
            sources += BindingsEmitter.Emit(model).Length;
        }

        return sources;
    }

    [Benchmark(Description = "2000-deep #define chain: compile")]
    public int DeepMacroChain() =>
        HeaderCompiler.Compile(deepChain.Request, deepChain, CancellationToken.None).Constants.Count;

    [Benchmark(Description = "linux/kvm.h: compile + emit")]
    public int KvmHeader()
    {
        var model = HeaderCompiler.Compile(kvmRequest, systemHeaders, CancellationToken.None);
        return BindingsEmitter.Emit(model).Length;
    }
}
