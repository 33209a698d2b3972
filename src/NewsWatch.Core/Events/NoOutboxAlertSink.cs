using System.Data;
using Microsoft.Data.Sqlite;
using NewsWatch.Alerts;

namespace NewsWatch.Events;

/// <summary>
/// Stands in for the alert outbox until the Alerts stage registers one: events are stored, no alert is
/// enqueued. <see cref="EventsServiceCollectionExtensions.AddNewsWatchEvents"/> registers it only if no other sink is registered.
/// </summary>
public sealed class NoOutboxAlertSink : IAidEventAlertSink
{
    public Task EnqueueAsync(SqliteConnection connection, IDbTransaction transaction, AidEventAlert alert, AidEventChange change, CancellationToken ct) => Task.CompletedTask;
}
