using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsWatch.Common;
using NewsWatch.Entities.Amounts;
using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.People;

namespace NewsWatch.Entities.Tagging;

public static class EntitiesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="EntityTagger"/> and what it needs. The model file (section <c>Entities</c>,
    /// <c>ModelPath</c>) is loaded once, on first use.
    /// </summary>
    public static IServiceCollection AddNewsWatchEntities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EntityTaggerOptions>().BindStrictly(configuration.GetSection(EntityTaggerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(CountryGazetteer.Shared);
        services.TryAddSingleton(FirstNameGazetteer.Shared);
        services.TryAddSingleton(CountryResolver.Shared);
        services.TryAddSingleton(MoneyRecognizer.Shared);
        services.TryAddSingleton(ExchangeRates.Shared);
        services.TryAddSingleton(DateRecognizer.Shared);
        services.TryAddSingleton(OfficeHolders.Shared);
        services.TryAddSingleton(PersonNameCanonicalizer.Shared);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TokenLexicon(sp.GetRequiredService<CountryGazetteer>(), sp.GetRequiredService<FirstNameGazetteer>()));
        services.TryAddSingleton(sp => NerModel.Load(sp.GetRequiredService<IOptions<EntityTaggerOptions>>().Value.ResolvedModelPath, sp.GetRequiredService<TokenLexicon>()));
        services.TryAddSingleton<EntityTagger>();
        return services;
    }
}
