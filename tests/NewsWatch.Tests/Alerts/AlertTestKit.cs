using NewsWatch.Common;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Alerts;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Alerts;

/// <summary>
/// The alert stage wired as the daemon wires it (AddNewsWatchAlerts, with the outbox of storage and the dispatcher of the pipeline) over a real database (SQLite, or PostgreSQL for the tests that run on both), a
/// real receiver on 127.0.0.1, a controllable clock and a log collector. One webhook, "hook",
/// points at <see cref="Receiver"/> unless the settings say otherwise.
/// </summary>
internal sealed class AlertTestKit : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private AlertTestKit(TempDatabase db, TestWebServer server, WebhookReceiver receiver, FakeTimeProvider time, FakeLoggerProvider logs, ServiceProvider services)
    {
        Db = db;
        Server = server;
        Receiver = receiver;
        Time = time;
        Logs = logs;
        Services = services;
    }

    public TempDatabase Db { get; }
    public TestWebServer Server { get; }
    public WebhookReceiver Receiver { get; }
    public FakeTimeProvider Time { get; }
    public FakeLoggerProvider Logs { get; }
    public ServiceProvider Services { get; }

    public AlertOutbox Outbox => Services.GetRequiredService<AlertOutbox>();
    public AlertDispatcher Dispatcher => Services.GetRequiredService<AlertDispatcher>();

    /// <summary>
    /// Starts the kit. <paramref name="settings"/> (which may write {server} for the receiver's base
    /// URL) are laid over the default webhook "hook" at index 0, unless <paramref name="defaultWebhook"/> is false.
    /// </summary>
    public static Task<AlertTestKit> StartAsync(IDictionary<string, string?>? settings = null, bool defaultWebhook = true) =>
        StartAsync(StorageProvider.Sqlite, null, settings, defaultWebhook);

    /// <summary>The kit over a database of <paramref name="provider"/> (PostgreSQL on <paramref name="server"/>).</summary>
    public static async Task<AlertTestKit> StartAsync(StorageProvider provider, PostgresServer? postgres,
        IDictionary<string, string?>? settings = null, bool defaultWebhook = true)
    {
        var db = await TempDatabase.CreateAsync(provider, postgres);
        var server = await TestWebServer.StartAsync();
        var receiver = WebhookReceiver.MapOn(server, "/hook");
        var config = new Dictionary<string, string?>();
        if (defaultWebhook)
        {
            config["Alerts:Webhooks:0:Name"] = "hook";
            config["Alerts:Webhooks:0:Url"] = receiver.Url.ToString();
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value?.Replace("{server}", server.BaseUri.ToString().TrimEnd('/'), StringComparison.Ordinal);

        var time = new FakeTimeProvider(Start);
        var logs = new FakeLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(db.Database)
            .AddNewsWatchAlerts(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddSingleton<AlertOutbox>()
            .AddMetrics()
            .AddSingleton<NewsWatchMetrics>()
            .AddTransient<AlertDispatcher>()
            .BuildServiceProvider(validateScopes: true);
        return new AlertTestKit(db, server, receiver, time, logs, services);
    }

    /// <summary>Enqueues in a transaction of its own, as the events stage would inside its own.</summary>
    public Task<int> EnqueueAsync(AidEventAlert alert, AlertKind kind = AlertKind.New) =>
        Db.Database.InTransactionAsync((connection, tx) => Outbox.EnqueueAsync(connection, tx, alert, kind, CancellationToken.None));

    public async Task<T> ScalarAsync<T>(string sql, object? param = null)
    {
        await using var connection = await Db.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, param))!;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null)
    {
        await using var connection = await Db.Database.OpenAsync();
        return (await connection.QueryAsync<T>(sql, param)).AsList();
    }

    /// <summary>Moves the clock to the row's next attempt (every pending row is then due).</summary>
    public async Task AdvanceToNextAttemptAsync()
    {
        var next = await ScalarAsync<string?>("SELECT max(next_attempt_at) FROM alert_outbox WHERE status = 'pending'");
        var at = DateTimeOffset.Parse(next!, System.Globalization.CultureInfo.InvariantCulture);
        if (at > Time.GetUtcNow()) Time.SetUtcNow(at);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        await Db.DisposeAsync();
    }
}
