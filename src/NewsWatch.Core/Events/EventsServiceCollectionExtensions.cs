using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Entities.People;

namespace NewsWatch.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>Registers the aid-event stage: options (section <c>Events</c>), the classifier (loaded once, on first use), and extractor.</summary>
    public static IServiceCollection AddNewsWatchEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventsOptions>().Bind(configuration.GetSection(EventsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => AidSentenceClassifier.Load(ResolveModelPath(sp.GetRequiredService<IOptions<EventsOptions>>().Value.ModelPath)));
        services.AddSingleton<AidEventExtractor>();
        services.AddSingleton(sp =>
        {
            var holders = sp.GetService<OfficeHolders>() ?? OfficeHolders.Shared;
            return new PublisherResolver((name, on) => holders.FindInOffice(name, on)?.Country);
        });
        return services;
    }

    /// <summary>A relative model path is looked for in the working directory, then beside the program (where the build copies <c>models/</c>).</summary>
    public static string ResolveModelPath(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return Path.GetFullPath(path);
        var besideProgram = Path.Combine(AppContext.BaseDirectory, path);
        if (File.Exists(besideProgram)) return besideProgram;
        throw new FileNotFoundException($"Aid-sentence model not found at '{path}' (working directory) or '{besideProgram}'. Train it with 'newswatch train-events'.", path);
    }
}
