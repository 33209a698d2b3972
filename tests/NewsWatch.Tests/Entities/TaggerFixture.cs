using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

/// <summary>One <see cref="EntityTagger"/> over the committed models/ner.zip (copied beside the tests), shared by a test class.</summary>
public sealed class TaggerFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public TaggerFixture()
    {
        _services = new ServiceCollection()
            .AddNewsWatchEntities(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        Tagger = _services.GetRequiredService<EntityTagger>();
    }

    public EntityTagger Tagger { get; }

    public void Dispose() => _services.Dispose();
}
