using Microsoft.Extensions.Options;
using NewsWatch.Common;

namespace NewsWatch.Alerts;

/// <summary>
/// Validates <see cref="AlertOptions"/> including each webhook (data annotations do not recurse
/// into lists). Messages name the webhook, never its URL or secret.
/// </summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var errors = new List<string>();
        AnnotationErrors.Add(options, "Alerts", errors);
        if (options.MaxBackoff < options.InitialBackoff)
            errors.Add("Alerts:MaxBackoff must not be shorter than Alerts:InitialBackoff.");
        if (options.LeaseDuration <= options.RequestTimeout)
            errors.Add("Alerts:LeaseDuration must be longer than Alerts:RequestTimeout, or a slow send would be claimed twice.");

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            var webhook = options.Webhooks[i];
            var label = string.IsNullOrWhiteSpace(webhook.Name) ? $"Alerts:Webhooks:{i}" : $"Alerts:Webhooks:{i} ('{webhook.Name}')";
            AnnotationErrors.Add(webhook, label, errors);
            if (!string.IsNullOrWhiteSpace(webhook.Name) && !seen.Add(webhook.Name))
                errors.Add($"{label}: another webhook has the same name.");
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                errors.Add($"{label}: Url must be an absolute http or https URL.");
            if (!Enum.IsDefined(webhook.Format))
                errors.Add($"{label}: Format must be one of {string.Join(", ", Enum.GetNames<WebhookFormat>())}.");
            if (!string.IsNullOrEmpty(webhook.Secret) && !string.IsNullOrEmpty(webhook.SecretEnvironmentVariable))
                errors.Add($"{label}: set Secret or SecretEnvironmentVariable, not both.");
            if (!string.IsNullOrEmpty(webhook.SecretEnvironmentVariable) && webhook.ResolveSecret() is null)
                errors.Add($"{label}: environment variable {webhook.SecretEnvironmentVariable} (SecretEnvironmentVariable) is not set.");
            if (webhook.Filters.MinAmountUsd < 0)
                errors.Add($"{label}: Filters:MinAmountUsd must not be negative.");
            if (webhook.Filters.MinConfidence is < 0 or > 1)
                errors.Add($"{label}: Filters:MinConfidence must be between 0 and 1.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
