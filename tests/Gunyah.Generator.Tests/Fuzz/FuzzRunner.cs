using System.Diagnostics;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Runs cases 0..count-1 on dedicated worker threads while the calling thread watches the clock. A case past
/// its budget is reported as a hang and cancelled; if it ignores cancellation its thread is abandoned
/// (background, so it cannot keep the process alive) and a fresh worker carries on, so one hang does not
/// hide the rest of the run. Workers use the default stack size, as the compiler's threads do.
/// </summary>
internal sealed class FuzzRunner
{
    private const int MaxAbandoned = 3;
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(2);

    private readonly int seed;
    private readonly int count;
    private readonly TimeSpan perCaseBudget;
    private readonly Func<FuzzCase, CancellationToken, List<FuzzFailure>> check;
    private readonly FuzzCorpus corpus;
    private readonly object gate = new();
    private readonly List<FuzzFailure> failures = [];
    private readonly Stopwatch clock = new();
    private int next = -1;
    private int casesRun;
    private readonly List<(FuzzCase Case, TimeSpan Took)> slowest = [];

    public FuzzRunner(int seed, int count, TimeSpan perCaseBudget, FuzzCorpus corpus, Func<FuzzCase, CancellationToken, List<FuzzFailure>> check)
    {
        this.seed = seed;
        this.count = count;
        this.perCaseBudget = perCaseBudget;
        this.corpus = corpus;
        this.check = check;
    }

    /// <summary>What a run did; <see cref="Slowest"/> lists the slowest cases, slowest first: where the time goes.</summary>
    public sealed record Outcome(int CasesRun, TimeSpan Elapsed, IReadOnlyList<(FuzzCase Case, TimeSpan Took)> Slowest, IReadOnlyList<FuzzFailure> Failures);

    public Outcome Run(int workers)
    {
        clock.Restart();
        using var stop = new CancellationTokenSource();
        var slots = Enumerable.Range(0, workers).Select(_ => Start(stop.Token)).ToList();
        var abandoned = 0;

        while (slots.Any(s => !s.Abandoned && s.Thread.IsAlive))
        {
            Thread.Sleep(50);
            lock (gate)
            {
                foreach (var slot in slots.ToList())
                {
                    if (slot.Abandoned || slot.Case is not { } running)
                    {
                        continue;
                    }

                    var elapsed = clock.Elapsed - slot.Started;
                    if (elapsed > perCaseBudget && !slot.HangReported)
                    {
                        failures.Add(new($"hang: no result within {perCaseBudget.TotalSeconds} s", "still running when the budget ran out; cancellation requested", running));
                        slot.HangReported = true;
                        slot.Cancellation?.Cancel();
                    }
                    else if (elapsed > perCaseBudget + CancellationGrace && slot.HangReported)
                    {
                        // The case ignores its cancellation token: leave its thread behind and replace it.
                        failures.Add(new("cancellation ignored after a hang", "the front-end kept running after its token was cancelled", running));
                        slot.Abandoned = true;
                        if (++abandoned > MaxAbandoned)
                        {
                            stop.Cancel();
                        }
                        else
                        {
                            slots.Add(Start(stop.Token));
                        }
                    }
                }
            }
        }

        lock (gate)
        {
            return new Outcome(casesRun, clock.Elapsed, [.. slowest.OrderByDescending(s => s.Took)], [.. failures]);
        }
    }

    private Slot Start(CancellationToken stop)
    {
        var slot = new Slot();
        slot.Thread = new Thread(() => Work(slot, stop)) { IsBackground = true, Name = "fuzz worker" };
        slot.Thread.Start();
        return slot;
    }

    private void Work(Slot slot, CancellationToken stop)
    {
        int index;
        while (!stop.IsCancellationRequested && !slot.Abandoned && (index = Interlocked.Increment(ref next)) < count)
        {
            var fuzzCase = FuzzCase.Create(seed, index, corpus);
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stop);
            lock (gate)
            {
                slot.Case = fuzzCase;
                slot.Started = clock.Elapsed;
                slot.HangReported = false;
                slot.Cancellation = cancellation;
            }

            List<FuzzFailure> found;
            try
            {
                found = check(fuzzCase, cancellation.Token);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                found = [];
            }
            catch (Exception e)
            {
                found = [new("the harness itself threw " + e.GetType().Name, e.ToString(), fuzzCase)];
            }

            lock (gate)
            {
                Remember(fuzzCase, clock.Elapsed - slot.Started);
                slot.Case = null;
                slot.Cancellation = null;
                if (slot.Abandoned)
                {
                    return;
                }

                failures.AddRange(found);
                casesRun++;
            }
        }
    }

    /// <summary>Keeps the ten slowest cases (called under the lock).</summary>
    private void Remember(FuzzCase fuzzCase, TimeSpan took)
    {
        if (slowest.Count < 10)
        {
            slowest.Add((fuzzCase, took));
            return;
        }

        var fastest = slowest.MinBy(s => s.Took);
        if (took > fastest.Took)
        {
            slowest.Remove(fastest);
            slowest.Add((fuzzCase, took));
        }
    }

    /// <summary>One worker thread and the case it is running.</summary>
    private sealed class Slot
    {
        public Thread Thread { get; set; } = null!;

        public FuzzCase? Case { get; set; }

        public TimeSpan Started { get; set; }

        public bool HangReported { get; set; }

        public bool Abandoned { get; set; }

        public CancellationTokenSource? Cancellation { get; set; }
    }
}
