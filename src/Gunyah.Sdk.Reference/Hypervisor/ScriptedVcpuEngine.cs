namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A stand-in engine for tests: each <see cref="Run"/> performs the next step of a script (a fixed stop, or a
/// function that may touch guest memory first) and records what it was resumed with. Past the end of the
/// script it powers the vCPU off as exited. Thread-safe for one vCPU (the hypervisor never runs it twice at once).
/// </summary>
public sealed class ScriptedVcpuEngine : IVcpuEngine
{
    private readonly Func<VcpuExecutionContext, VcpuStop>[] steps;
    private readonly List<VcpuResume> resumes = [];
    private readonly List<(ulong Entry, ulong Context)> powerOns = [];
    private readonly List<VcpuBootRegisters> bootRegisters = [];
    private int next;

    /// <summary>An engine with an empty script: every run powers the vCPU off as exited.</summary>
    public ScriptedVcpuEngine()
        : this(Array.Empty<VcpuStop>())
    {
    }

    /// <summary>An engine that stops with <paramref name="stops"/>, in order.</summary>
    public ScriptedVcpuEngine(params VcpuStop[] stops)
        : this(Array.ConvertAll(stops, static stop => (Func<VcpuExecutionContext, VcpuStop>)(_ => stop)))
    {
    }

    /// <summary>An engine that runs <paramref name="steps"/>, in order, one per <see cref="Run"/>.</summary>
    public ScriptedVcpuEngine(params Func<VcpuExecutionContext, VcpuStop>[] steps) => this.steps = steps;

    /// <summary>The resume value of every <see cref="Run"/> so far, in order.</summary>
    public IReadOnlyList<VcpuResume> Resumes
    {
        get
        {
            lock (resumes)
                return resumes.ToArray();
        }
    }

    /// <summary>Every vcpu_poweron so far: entry IPA and context argument.</summary>
    public IReadOnlyList<(ulong Entry, ulong Context)> PowerOns
    {
        get
        {
            lock (resumes)
                return powerOns.ToArray();
        }
    }

    /// <summary>Every boot context handed over before a power-on, in order.</summary>
    public IReadOnlyList<VcpuBootRegisters> BootRegisters
    {
        get
        {
            lock (resumes)
                return bootRegisters.ToArray();
        }
    }

    /// <summary>Steps run so far.</summary>
    public int StepsRun => Volatile.Read(ref next);

    /// <inheritdoc />
    public void PowerOn(ulong entryIpa, ulong contextArgument)
    {
        lock (resumes)
            powerOns.Add((entryIpa, contextArgument));
    }

    /// <inheritdoc />
    public void LoadBootRegisters(VcpuBootRegisters registers)
    {
        lock (resumes)
            bootRegisters.Add(registers);
    }

    /// <inheritdoc />
    public VcpuStop Run(in VcpuResume resume, VcpuExecutionContext context)
    {
        lock (resumes)
            resumes.Add(resume);
        var index = Interlocked.Increment(ref next) - 1;
        return index < steps.Length ? steps[index](context) : VcpuStop.PowerOff(exited: true);
    }
}
