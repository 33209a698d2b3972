using Microsoft.Extensions.Options;
using NewsWatch.Events;
using NewsWatch.Feeds;

namespace NewsWatch.Pipeline;

/// <summary>
/// A configured feed's publisher must be a code the events stage can turn into a donor, checked with the same
/// lookup as <c>feeds add --publisher</c> (Feeds cannot see the country tables, so the check lives here).
/// </summary>
public sealed class FeedPublisherValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var errors = options.Sources
            .Select((feed, i) => (feed.Publisher, Key: $"Feeds:Sources:{i}:Publisher"))
            .Where(p => p.Publisher is not null && !PublisherResolver.IsKnownCode(p.Publisher))
            .Select(p => $"{p.Key} '{p.Publisher}' is not a known country or body code (US, GB, EU, NATO ...).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
