using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using NewsWatch.Storage;

namespace NewsWatch.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the test run: initdb into a temporary folder, started on a free 127.0.0.1 port,
/// stopped and deleted at the end. The server binaries refuse to run as root, so as root they run as the
/// <c>postgres</c> system user (which the Debian package creates). Each test asks for a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SystemUser = "postgres";

    private string _folder = "";
    private string _bin = "";
    private bool _asRoot;

    public int Port { get; private set; }

    /// <summary>The server's own <c>postgres</c> database, where test databases are created.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: apt-get install postgresql-15 (.ci/run does).");
        _asRoot = Environment.UserName == "root";
        _folder = Path.Combine(Path.GetTempPath(), "newswatch-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        if (_asRoot) await RunAsync("chown", ["-R", $"{SystemUser}:", _folder], asServerUser: false);
        var data = Path.Combine(_folder, "data");
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        Port = FreePort();
        // Durability off (a test server is thrown away) and room for three daemons' pools plus the tests' own.
        var settings = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"]);
    }

    /// <summary>Creates an empty database and returns its connection string (pooled, unlike the admin connection).</summary>
    public async Task<string> CreateDatabaseAsync() =>
        new NpgsqlConnectionStringBuilder(await PostgresDatabases.CreateAsync(AdminConnectionString, "nw_", CancellationToken.None)) { Pooling = true }.ConnectionString;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin.Length > 0 && Directory.Exists(Path.Combine(_folder, "data")))
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The newest installed server version's bin folder (Debian keeps each under /usr/lib/postgresql/N/bin).</summary>
    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")) && File.Exists(Path.Combine(d.Dir, "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Dir)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsync(string program, IReadOnlyList<string> args) => RunAsync(program, args, asServerUser: _asRoot);

    private static async Task RunAsync(string program, IReadOnlyList<string> args, bool asServerUser)
    {
        var start = new ProcessStartInfo(asServerUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asServerUser)
        {
            foreach (var a in new[] { "-u", SystemUser, "--", program }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Both pipes are drained so a chatty initdb cannot block on a full one; only a failure's stderr is awaited, since
        // a server pg_ctl started could in principle keep the pipes open after pg_ctl itself has exited.
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
    }
}

/// <summary>One PostgreSQL server for every test class in this collection; each test still gets a fresh database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
