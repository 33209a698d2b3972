namespace NewsWatch.Storage;

/// <summary>The databases NewsWatch can keep its tables in.</summary>
public enum StorageProvider
{
    /// <summary>One embedded file; one daemon at a time (Quartz cannot cluster on it).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that any number of daemons share.</summary>
    Postgres,
}

public static class StorageProviders
{
    public const string Names = "sqlite, postgres";

    /// <summary>The provider a configuration value names (case-insensitive; <c>postgresql</c> too), or null.</summary>
    public static StorageProvider? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StorageProvider.Sqlite,
        "postgres" or "postgresql" => StorageProvider.Postgres,
        _ => null,
    };
}
