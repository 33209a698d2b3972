using System.Data;
using Microsoft.Data.Sqlite;
using NewsWatch.Alerts;

namespace NewsWatch.Events;

/// <summary>Why the events stage hands an event to the alert outbox.</summary>
public enum AidEventChange
{
    /// <summary>The event was just created.</summary>
    New,

    /// <summary>An existing event's amount changed (a correction, or a first amount for an event that had none).</summary>
    AmountChanged,
}

/// <summary>
/// Where the events stage enqueues alerts, inside its own transaction so an event and its alert are
/// stored together or not at all. The seam between events and the alert outbox.
/// </summary>
public interface IAidEventAlertSink
{
    Task EnqueueAsync(SqliteConnection connection, IDbTransaction transaction, AidEventAlert alert, AidEventChange change, CancellationToken ct);
}
