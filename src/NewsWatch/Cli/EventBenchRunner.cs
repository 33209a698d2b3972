using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities.Tagging;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;
using NewsWatch.Pipeline;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// Runs labelled articles through the events stage in publication order, as the daemon would read them, and
/// scores what the database then holds. <c>bench events</c> gives every article one processor;
/// <c>bench events-cv</c> gives each the processor whose models never saw its document.
/// </summary>
internal static class EventBenchRunner
{
    /// <param name="services">The host whose database, tagger and publisher table are used.</param>
    /// <param name="processorFor">The events stage for the article at an index of <paramref name="fixtures"/>.</param>
    public static async Task<EventBenchReport> RunAsync(
        IReadOnlyList<EventFixture> fixtures, IServiceProvider services, Func<int, AidEventProcessor> processorFor, bool goldMentions, CancellationToken ct)
    {
        var tagger = services.GetRequiredService<EntityTagger>();
        var publishers = services.GetRequiredService<PublisherResolver>();
        for (var i = 0; i < fixtures.Count; i++)
        {
            var f = fixtures[i];
            // As the daemon does: the page's site (whitehouse.gov) or the statement's speaker says who published it.
            var publisher = f.Publisher ?? publishers.Resolve(null, f.Url, f.Title, DateOnly.FromDateTime(f.Published.UtcDateTime));
            var day = DateOnly.FromDateTime(f.Published.UtcDateTime);
            // Titles carry no gold markers: the tagger reads them in either mode, as the daemon does.
            var titleMentions = string.IsNullOrWhiteSpace(f.Title) ? [] : tagger.Tag(f.Title, day);
            var article = new ArticleForEvents(i + 1, f.Url, f.Title, f.Text, f.Published, publisher, titleMentions);
            var mentions = goldMentions ? f.GoldMentions : tagger.Tag(f.Text, day);
            await processorFor(i).ProcessArticleAsync(article, mentions, ct).ConfigureAwait(false);
        }
        var (stored, sources) = await services.GetRequiredService<EventStore>().ListForScoringAsync(ct).ConfigureAwait(false);
        return EventBenchReport.Score(fixtures, stored, sources);
    }

    /// <summary>The exit code of a gated run: 1, with the figures on stderr, when precision or recall is under its floor.</summary>
    public static int CheckFloors(EventBenchReport report, double? floorPrecision, double? floorRecall)
    {
        if (report.Precision >= floorPrecision.GetValueOrDefault() && report.Recall >= floorRecall.GetValueOrDefault()) return 0;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"below the floor: precision {report.Precision:F3} (floor {floorPrecision}), recall {report.Recall:F3} (floor {floorRecall})"));
        return 1;
    }
}
