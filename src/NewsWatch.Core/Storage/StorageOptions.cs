using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Storage;

/// <summary>Where and how NewsWatch keeps its SQLite database.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the SQLite file. Default: <c>data/newswatch.db</c> (relative to the working directory).</summary>
    [Required]
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a writer waits for a lock before failing. Default: 5000 ms.</summary>
    [Range(100, 600_000)]
    public int BusyTimeoutMs { get; set; } = DefaultBusyTimeoutMs;

    public const string DefaultPath = "data/newswatch.db";
    public const int DefaultBusyTimeoutMs = 5000;
}
