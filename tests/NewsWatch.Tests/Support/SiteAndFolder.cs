namespace NewsWatch.Tests.Support;

/// <summary>
/// Per-test scaffolding for daemon-level tests: a fresh temporary folder (for the database and
/// the configuration file) and a real web server on 127.0.0.1; both removed afterwards.
/// </summary>
public abstract class SiteAndFolder : IAsyncLifetime
{
    protected string Dir { get; } = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));
    protected TestWebServer Server { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(Dir);
        Server = await TestWebServer.StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
