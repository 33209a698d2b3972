using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Entities.People;
using NewsWatch.Events;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Events;

/// <summary>The real classifier (loaded once for all tests), and a processor over a real temporary database whose outbox has one unfiltered webhook.</summary>
public sealed class EventsTestHost : IAsyncDisposable
{
    private static readonly Lazy<AidSentenceClassifier> SharedClassifier =
        new(() => AidSentenceClassifier.Load(EventsServiceCollectionExtensions.ResolveModelPath(new EventsOptions().ModelPath)));

    private EventsTestHost(TempDatabase db, EventStore events, AidEventProcessor processor)
    {
        Db = db;
        Events = events;
        Processor = processor;
    }

    private static readonly Lazy<PartyRoleRanker> SharedRoles =
        new(() => PartyRoleRanker.Load(EventsServiceCollectionExtensions.ResolveRolesModelPath(new EventsOptions().RolesModelPath)));

    public static AidSentenceClassifier Classifier => SharedClassifier.Value;

    public static PartyRoleRanker Roles => SharedRoles.Value;

    public TempDatabase Db { get; }
    public EventStore Events { get; }
    public AidEventProcessor Processor { get; }

    /// <summary>The outbox rows, oldest first: kind, event version and the payload's number of sources.</summary>
    public async Task<List<(string Kind, long Version, long Sources)>> AlertsAsync()
    {
        await using var c = await Db.Database.OpenAsync();
        var sources = Db.Provider == StorageProvider.Postgres ? "jsonb_array_length(payload::jsonb -> 'sources')" : "json_array_length(payload, '$.sources')";
        var rows = await c.QueryAsync<(string, long, long)>($"SELECT kind, event_version, {sources} FROM alert_outbox ORDER BY id");
        return rows.AsList();
    }

    /// <summary>The extractor as the daemon builds it, office holders and all (so "Sejourne announced" speaks for France here too).</summary>
    public static AidEventExtractor Extractor() => new(Classifier, Roles, Options.Create(new EventsOptions()), TimeProvider.System, OfficeHolders.Shared);

    /// <summary>The candidates the extractor finds in one article published at <paramref name="published"/>, with the mentions <paramref name="tag"/> marks.</summary>
    internal static IReadOnlyList<AidEventCandidate> ExtractFrom(string text, DateTimeOffset published, Func<MentionsBuilder, MentionsBuilder> tag, AidParty? publisher = null) =>
        Extractor().Extract(new ArticleForEvents(1, "https://example.test/a", "t", text, published, publisher), tag(new MentionsBuilder(text)).Build());

    /// <summary>The candidates of <see cref="ExtractFrom"/> that would become events (recaps only ever add a source to an earlier one).</summary>
    internal static IReadOnlyList<AidEventCandidate> NewAidFrom(string text, DateTimeOffset published, Func<MentionsBuilder, MentionsBuilder> tag, AidParty? publisher = null) =>
        ExtractFrom(text, published, tag, publisher).Where(c => !c.IsRecap).ToList();

    public static Task<EventsTestHost> CreateAsync() => CreateAsync(StorageProvider.Sqlite, null);

    /// <summary>The host over a database of <paramref name="provider"/> (PostgreSQL on <paramref name="server"/>).</summary>
    public static async Task<EventsTestHost> CreateAsync(StorageProvider provider, PostgresServer? server)
    {
        var db = await TempDatabase.CreateAsync(provider, server);
        var outbox = new AlertOutbox(db.Database, Options.Create(new AlertOptions { Webhooks = [new WebhookOptions { Name = "test", Url = "http://127.0.0.1:9/hook" }] }), TimeProvider.System);
        var events = new EventStore(db.Database, outbox);
        var processor = new AidEventProcessor(Extractor(), events, Options.Create(new EventsOptions()), TimeProvider.System, NullLogger<AidEventProcessor>.Instance);
        return new EventsTestHost(db, events, processor);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
