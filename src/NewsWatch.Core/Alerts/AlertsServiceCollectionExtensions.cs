using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Common;

namespace NewsWatch.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>Webhook alerts: options (validated on start), and the sender's HTTP client (the outbox is in storage, the dispatcher in the pipeline).</summary>
    public static IServiceCollection AddNewsWatchAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().BindStrictly(configuration.GetSection(AlertOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddHttpClient<WebhookSender>(client => client.Timeout = Timeout.InfiniteTimeSpan) // AlertOptions.RequestTimeout applies per request
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false }) // a moved webhook is an error to fix, not a POST turned GET
            .RemoveAllLoggers(); // the default handler logs request URLs, and chat webhook URLs are credentials
        return services;
    }
}
