using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Common;
using NewsWatch.Entities.People;

namespace NewsWatch.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>Registers the aid-event stage: options (section <c>Events</c>), the classifier and the role model (each loaded once, on first use), and extractor.</summary>
    public static IServiceCollection AddNewsWatchEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventsOptions>().BindStrictly(configuration.GetSection(EventsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => AidSentenceClassifier.Load(ResolveModelPath(sp.GetRequiredService<IOptions<EventsOptions>>().Value.ModelPath)));
        services.AddSingleton(sp => PartyRoleRanker.Load(ResolveRolesModelPath(sp.GetRequiredService<IOptions<EventsOptions>>().Value.RolesModelPath)));
        services.AddSingleton<AidEventExtractor>();
        services.AddSingleton(sp =>
        {
            var holders = sp.GetService<OfficeHolders>() ?? OfficeHolders.Shared;
            return new PublisherResolver((name, on) => holders.FindInOffice(name, on)?.Country);
        });
        return services;
    }

    /// <summary>The aid-sentence model file, found as <see cref="ModelFiles"/> finds every model.</summary>
    public static string ResolveModelPath(string path) => ModelFiles.Resolve(path, "newswatch train-events");

    /// <summary>The party-role model file, found the same way.</summary>
    public static string ResolveRolesModelPath(string path) => ModelFiles.Resolve(path, "newswatch train-roles");
}
