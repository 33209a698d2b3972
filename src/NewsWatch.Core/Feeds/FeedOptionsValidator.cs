using Microsoft.Extensions.Options;
using NewsWatch.Common;

namespace NewsWatch.Feeds;

/// <summary>
/// Validates <see cref="FeedOptions"/> including every configured feed (data annotations do not recurse into
/// lists, so an empty name or an ftp:// URL used to pass start-up and fail later). Each message names its key.
/// </summary>
public sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var errors = new List<string>();
        if (options.DefaultPollInterval <= TimeSpan.Zero) errors.Add("Feeds:DefaultPollInterval must be positive.");
        if (options.Jitter is < 0 or >= 1) errors.Add("Feeds:Jitter must be at least 0 and below 1.");
        if (options.RetryBaseDelay <= TimeSpan.Zero) errors.Add("Feeds:RetryBaseDelay must be positive.");
        if (options.ParseTimeout <= TimeSpan.Zero) errors.Add("Feeds:ParseTimeout must be positive.");
        if (options.MaxBackoff < options.RetryBaseDelay) errors.Add("Feeds:MaxBackoff must not be shorter than Feeds:RetryBaseDelay.");
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var feed = options.Sources[i];
            var key = $"Feeds:Sources:{i}";
            if (string.IsNullOrWhiteSpace(feed.Name)) errors.Add($"{key}:Name must not be empty.");
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                errors.Add($"{key}:Url '{feed.Url}' is not an absolute http or https URL.");
            if (feed.PollInterval is { } interval && interval <= TimeSpan.Zero) errors.Add($"{key}:PollInterval must be positive.");
            AnnotationErrors.Add(feed, key, errors, nameof(FeedDefinition.Name), nameof(FeedDefinition.Url));
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
