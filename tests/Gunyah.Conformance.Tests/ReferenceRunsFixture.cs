using Gunyah.Conformance.Running;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Tests;

/// <summary>The whole suite run once against the reference of every generation, shared by the tests that read it.</summary>
public sealed class ReferenceRunsFixture : IAsyncLifetime
{
    public IReadOnlyList<RunReport> Reports { get; private set; } = [];

    public RunReport For(string generation) => Reports.Single(r => r.Generation == generation);

    public async Task InitializeAsync() => Reports = await ReferenceRuns.RunAsync(new ConformanceRunner(), AbiProfiles.All);

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class ReferenceRunsCollection : ICollectionFixture<ReferenceRunsFixture>
{
    public const string Name = "reference runs";
}
