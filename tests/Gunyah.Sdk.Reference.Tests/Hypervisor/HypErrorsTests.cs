using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>The Linux errno mapping, both driver generations (fact sheet §6.8).</summary>
public class HypErrorsTests
{
    [Theory]
    [InlineData(HypError.Ok, 0, 0)]
    [InlineData(HypError.Unimplemented, -95, -95)]
    [InlineData(HypError.Retry, -95, -11)]
    [InlineData(HypError.ArgumentInvalid, -22, -22)]
    [InlineData(HypError.ArgumentSize, -22, -22)]
    [InlineData(HypError.ArgumentAlignment, -22, -22)]
    [InlineData(HypError.NoMemory, -12, -12)]
    [InlineData(HypError.NoResources, -22, -22)]
    [InlineData(HypError.AddressOverflow, -22, -22)]
    [InlineData(HypError.AddressUnderflow, -22, -22)]
    [InlineData(HypError.AddressInvalid, -22, -22)]
    [InlineData(HypError.Denied, -13, -13)]
    [InlineData(HypError.Busy, -16, -16)]
    [InlineData(HypError.Idle, -16, -16)]
    [InlineData(HypError.ObjectState, -22, -22)]
    [InlineData(HypError.ObjectConfig, -22, -22)]
    [InlineData(HypError.ObjectConfigured, -22, -22)]
    [InlineData(HypError.Failure, -22, -22)]
    [InlineData(HypError.VirqBound, -5, -5)]
    [InlineData(HypError.VirqNotBound, -5, -5)]
    [InlineData(HypError.CspaceCapNull, -13, -13)]
    [InlineData(HypError.CspaceCapRevoked, -13, -13)]
    [InlineData(HypError.CspaceWrongObjectType, -13, -13)]
    [InlineData(HypError.CspaceInsufficientRights, -13, -13)]
    [InlineData(HypError.CspaceFull, -13, -16)]
    [InlineData(HypError.MessageQueueEmpty, -5, -5)]
    [InlineData(HypError.MessageQueueFull, -5, -5)]
    [InlineData(HypError.MemdbNotOwner, -22, -22)]
    [InlineData(HypError.MemextentMappingsFull, -22, -22)]
    [InlineData(HypError.MemextentType, -22, -22)]
    [InlineData(HypError.ExistingMapping, -22, -22)]
    [InlineData((HypError)999, -22, -22)]
    public void Each_error_maps_as_the_drivers_do(HypError error, int l23, int l24)
    {
        Assert.Equal(l23, HypErrors.ToErrno(error, l24: false));
        Assert.Equal(l24, HypErrors.ToErrno(error, l24: true));
    }
}
