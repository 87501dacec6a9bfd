using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Transport;

public class InMemoryRmLinkTests
{
    [Fact]
    public void Client_transmit_is_server_receive_and_vice_versa()
    {
        var (client, server) = InMemoryRmLink.Create();

        Assert.Same(client.Transmit, server.Receive);
        Assert.Same(server.Transmit, client.Receive);
        Assert.NotSame(client.Transmit, client.Receive);
    }

    [Fact]
    public async Task Messages_cross_the_link_in_both_directions()
    {
        var (client, server) = InMemoryRmLink.Create(depth: 2);
        var buffer = new byte[240];

        await client.Transmit.SendAsync(new byte[] { 0x21, 0x01, 1, 0, 1, 0, 0, 0x56 });
        Assert.Equal(8, await server.Receive.ReceiveAsync(buffer));
        Assert.Equal(0x01, buffer[1]);

        Assert.True(server.Transmit.TrySend(new byte[] { 0x21, 0x02, 1, 0, 1, 0, 0, 0x56, 0, 0, 0, 0 }));
        Assert.True(client.Receive.TryReceive(buffer, out int length));
        Assert.Equal(12, length);
        Assert.False(server.Receive.TryReceive(buffer, out _));
    }

    [Fact]
    public void Each_direction_has_the_requested_depth()
    {
        var (client, server) = InMemoryRmLink.Create(depth: 2);
        Assert.True(client.Transmit.TrySend(new byte[1]));
        Assert.True(client.Transmit.TrySend(new byte[1]));
        Assert.False(client.Transmit.TrySend(new byte[1]));
        Assert.True(server.Transmit.TrySend(new byte[1]));
    }
}
