using Gunyah.Sdk.ResourceManager.Server;

namespace Gunyah.Sdk.Tests.ResourceManager.Server;

public class RmAsyncSignalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_set_before_the_wait_is_remembered_once()
    {
        var signal = new RmAsyncSignal();
        signal.Set();
        signal.Set();

        Assert.True(signal.WaitAsync(default).IsCompletedSuccessfully);
        var second = signal.WaitAsync(default).AsTask();
        Assert.False(second.IsCompleted);

        signal.Set();
        await second.WaitAsync(Patience);
    }

    [Fact]
    public async Task Two_signals_play_ping_pong_a_thousand_times()
    {
        var ping = new RmAsyncSignal();
        var pong = new RmAsyncSignal();
        var server = Task.Run(async () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await ping.WaitAsync(default);
                pong.Set();
            }
        });

        for (var i = 0; i < 1000; i++)
        {
            ping.Set();
            await pong.WaitAsync(default);
        }

        await server.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_cancelled_wait_throws_and_a_later_set_is_kept_for_the_next_wait()
    {
        var signal = new RmAsyncSignal();
        using var cancel = new CancellationTokenSource();
        var wait = signal.WaitAsync(cancel.Token).AsTask();

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Patience));
        signal.Set();
        Assert.True(signal.WaitAsync(default).IsCompletedSuccessfully);
    }
}
