using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsWatch.Http;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Http;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    private TestWebServer _server = null!;

    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ok_returns_body_content_type_validators_and_sends_user_agent()
    {
        string? userAgent = null;
        _server.Map("/feed.xml", async context =>
        {
            userAgent = context.Request.Headers.UserAgent;
            context.Response.ContentType = "application/rss+xml; charset=ISO-8859-1";
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 01 Jul 2025 10:00:00 GMT";
            await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("<rss>Müller</rss>"));
        });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(Encoding.Latin1.GetBytes("<rss>Müller</rss>"), result.Body);
        Assert.Equal("application/rss+xml; charset=ISO-8859-1", result.ContentType);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Tue, 01 Jul 2025 10:00:00 GMT", result.LastModified);
        Assert.Equal(HttpFetchOptions.DefaultUserAgent, userAgent);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task Etag_round_trip_gives_not_modified()
    {
        _server.Map("/feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"abc\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"abc\"";
            await context.Response.WriteAsync("<rss/>");
        });
        using var host = FetcherHost.Create();

        var first = await host.GetAsync(_server.Url("/feed.xml"));
        var second = await host.GetAsync(_server.Url("/feed.xml"), etag: first.ETag);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(304, second.StatusCode);
        Assert.Equal("\"abc\"", second.ETag);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task Last_modified_round_trip_gives_not_modified()
    {
        const string stamp = "Wed, 02 Jul 2025 08:30:00 GMT";
        _server.Map("/feed.xml", async context =>
        {
            if (context.Request.Headers.IfModifiedSince == stamp)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.LastModified = stamp;
            await context.Response.WriteAsync("<rss/>");
        });
        using var host = FetcherHost.Create();

        var first = await host.GetAsync(_server.Url("/feed.xml"));
        var second = await host.GetAsync(_server.Url("/feed.xml"), lastModified: first.LastModified);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(stamp, first.LastModified);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(stamp, second.LastModified);
    }

    [Fact]
    public async Task Retry_after_in_seconds_on_429_is_surfaced_and_not_retried()
    {
        _server.Map("/busy", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/busy"));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Contains("429", result.Error);
        Assert.Equal(1, _server.RequestCount("/busy"));
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_measured_against_the_injected_clock()
    {
        var now = new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);
        _server.Map("/busy", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = now.AddSeconds(90).ToString("R");
            return Task.CompletedTask;
        });
        using var host = FetcherHost.Create(time: new FixedClock(now));

        var result = await host.GetAsync(_server.Url("/busy"));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(90), result.RetryAfter);
    }

    [Fact]
    public async Task Hanging_server_ends_as_timeout_within_the_configured_time()
    {
        _server.Map("/hang", context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var host = FetcherHost.Create(new Dictionary<string, string?> { ["Http:RequestTimeout"] = "00:00:01" });

        var watch = Stopwatch.StartNew();
        var result = await host.GetAsync(_server.Url("/hang"));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(6));
        Assert.Contains("1 s", result.Error);
        Assert.Equal(1, _server.RequestCount("/hang"));
    }

    [Fact]
    public async Task Listener_that_never_accepts_ends_as_connect_timeout()
    {
        // A full accept queue makes the kernel drop further SYNs, so connecting hangs (on loopback only).
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                _ = filler.ConnectAsync(endpoint);
            }

            await Task.Delay(200);
            using var host = FetcherHost.Create(new Dictionary<string, string?> { ["Http:ConnectTimeout"] = "00:00:00.500", ["Http:RequestTimeout"] = "00:00:10" });

            var watch = Stopwatch.StartNew();
            var result = await host.GetAsync(new Uri($"http://127.0.0.1:{endpoint.Port}/"));

            Assert.Equal(FetchOutcome.Timeout, result.Outcome);
            Assert.Contains("could not connect", result.Error);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    [Fact]
    public async Task Server_that_stalls_mid_body_ends_as_timeout()
    {
        _server.Map("/slow", async context =>
        {
            await context.Response.WriteAsync("<rss>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var host = FetcherHost.Create(new Dictionary<string, string?> { ["Http:RequestTimeout"] = "00:00:01" });

        var result = await host.GetAsync(_server.Url("/slow"));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
    }

    [Fact]
    public async Task Endless_chunked_response_ends_as_too_large_at_the_cap()
    {
        _server.Map("/endless", async context =>
        {
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'a');
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        using var host = FetcherHost.Create();

        var watch = Stopwatch.StartNew();
        var result = await host.GetAsync(_server.Url("/endless"), maxBytes: 256 * 1024);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Empty(result.Body);
        Assert.Contains("262144", result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Twenty_megabyte_page_is_too_large_for_the_page_cap(bool withContentLength)
    {
        const int size = 20 * 1024 * 1024;
        _server.Map("/big.html", async context =>
        {
            if (withContentLength)
            {
                context.Response.ContentLength = size;
            }

            var chunk = new byte[64 * 1024];
            for (var sent = 0; sent < size; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/big.html"), maxBytes: host.Options.MaxPageBytes);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Contains(withContentLength ? "Content-Length" : "body exceeds", result.Error);
    }

    [Fact]
    public async Task Body_exactly_at_the_cap_is_accepted()
    {
        _server.Map("/exact", context => context.Response.Body.WriteAsync(new byte[4096]).AsTask());
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/exact"), maxBytes: 4096);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(4096, result.Body.Length);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Compressed_bodies_are_decompressed(string encoding)
    {
        var text = string.Concat(Enumerable.Repeat("<item>Kyiv receives air defence</item>", 200));
        string? acceptEncoding = null;
        _server.Map("/z", async context =>
        {
            acceptEncoding = context.Request.Headers.AcceptEncoding;
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.ContentType = "text/xml";
            await context.Response.Body.WriteAsync(Compress(Encoding.UTF8.GetBytes(text), encoding));
        });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/z"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Body));
        Assert.Contains(encoding, acceptEncoding);
    }

    [Fact]
    public async Task Decompression_bomb_is_capped_on_decompressed_bytes()
    {
        var bomb = Compress(new byte[50 * 1024 * 1024], "gzip");
        _server.Map("/bomb", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/bomb"), maxBytes: 1024 * 1024);

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
    }

    [Fact]
    public async Task Redirects_are_followed_and_final_url_reported()
    {
        _server.Map("/old", context => { context.Response.Redirect("/middle", permanent: true); return Task.CompletedTask; });
        _server.Map("/middle", context => { context.Response.Redirect(_server.Url("/new").ToString()); return Task.CompletedTask; });
        _server.MapContent("/new", "fresh");
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/old"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(_server.Url("/new"), result.FinalUrl);
        Assert.Equal("fresh", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task Redirect_loop_ends_as_too_many_redirects()
    {
        _server.Map("/a", context => { context.Response.Redirect("/b"); return Task.CompletedTask; });
        _server.Map("/b", context => { context.Response.Redirect("/a"); return Task.CompletedTask; });
        using var host = FetcherHost.Create(new Dictionary<string, string?> { ["Http:MaxRedirects"] = "3" });

        var result = await host.GetAsync(_server.Url("/a"));

        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.Contains("more than 3 redirects", result.Error);
        Assert.Equal(4, _server.RequestCount("/a") + _server.RequestCount("/b"));
    }

    [Theory]
    [InlineData("http://10.0.0.1/admin")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    public async Task Redirect_from_allowed_host_to_private_address_is_blocked(string target)
    {
        _server.Map("/go", context => { context.Response.Redirect(target); return Task.CompletedTask; });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/go"));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Equal(new Uri(target), result.FinalUrl);
        Assert.Contains("non-public address", result.Error);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/feed.xml")]
    public async Task Redirect_to_another_scheme_is_refused(string target)
    {
        _server.Map("/go", context => { context.Response.Redirect(target); return Task.CompletedTask; });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/go"));

        Assert.Equal(FetchOutcome.InvalidUrl, result.Outcome);
        Assert.Contains("only http and https", result.Error);
    }

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://0.0.0.0/")]
    public async Task Links_to_private_addresses_are_blocked_before_connecting(string url)
    {
        using var host = FetcherHost.Create();

        var watch = Stopwatch.StartNew();
        var result = await host.GetAsync(new Uri(url));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Null(result.StatusCode);
        // Refused in the connect callback before a socket exists: no timeout, no retry delay.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Loopback_that_is_not_allow_listed_is_blocked_and_never_reached(string hostName)
    {
        _server.MapContent("/secret", "internal");
        using var host = FetcherHost.Create(allowLoopback: false);

        var result = await host.GetAsync(new UriBuilder(_server.Url("/secret")) { Host = hostName }.Uri);

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Equal(0, _server.RequestCount("/secret"));
    }

    [Fact]
    public async Task Allow_private_networks_lets_loopback_through()
    {
        _server.MapContent("/ok", "fine");
        using var host = FetcherHost.Create(new Dictionary<string, string?> { ["Http:AllowPrivateNetworks"] = "true" }, allowLoopback: false);

        var result = await host.GetAsync(_server.Url("/ok"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
    }

    [Theory]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public async Task Non_http_schemes_are_invalid(string url)
    {
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(new Uri(url));

        Assert.Equal(FetchOutcome.InvalidUrl, result.Outcome);
        Assert.Contains("http", result.Error);
    }

    [Fact]
    public async Task Server_errors_are_reported_without_retry()
    {
        _server.Map("/broken", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        _server.Map("/gone", context => { context.Response.StatusCode = 404; return Task.CompletedTask; });
        using var host = FetcherHost.Create();

        var broken = await host.GetAsync(_server.Url("/broken"));
        var gone = await host.GetAsync(_server.Url("/gone"));

        Assert.Equal((FetchOutcome.HttpError, 500), (broken.Outcome, broken.StatusCode));
        Assert.Equal((FetchOutcome.HttpError, 404), (gone.Outcome, gone.StatusCode));
        Assert.Null(broken.RetryAfter);
        Assert.Equal(1, _server.RequestCount("/broken"));
        Assert.Equal(1, _server.RequestCount("/gone"));
    }

    [Fact]
    public async Task Dropped_connection_is_retried_once_then_succeeds()
    {
        var calls = 0;
        _server.Map("/flaky", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Abort();
                return;
            }

            await context.Response.WriteAsync("recovered");
        });
        using var host = FetcherHost.Create();

        var result = await host.GetAsync(_server.Url("/flaky"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(2, _server.RequestCount("/flaky"));
    }

    [Fact]
    public async Task Connection_refused_is_a_network_error_after_bounded_retries()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var host = FetcherHost.Create();

        var watch = Stopwatch.StartNew();
        var result = await host.GetAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Per_host_concurrency_is_limited()
    {
        var inFlight = 0;
        var peak = 0;
        _server.Map("/slow", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(200, context.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync("ok");
        });
        using var host = FetcherHost.Create(new Dictionary<string, string?> { ["Http:PerHostConcurrency"] = "2" });
        var fetcher = host.Fetcher;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fetcher.FetchAsync(new FetchRequest(_server.Url("/slow"), 1024), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.Equal(2, peak);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_timeout()
    {
        _server.Map("/hang", context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var host = FetcherHost.Create();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Fetcher.FetchAsync(new FetchRequest(_server.Url("/hang"), 1024), cts.Token));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
