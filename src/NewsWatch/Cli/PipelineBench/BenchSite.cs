using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (ephemeral port) with one RSS feed, <c>/feed.xml</c>, listing every
/// benchmark page as <c>/articles/{n}.html</c>. Pages go out as the files hold them, as <c>text/html</c>
/// without a charset, so the daemon finds the encoding the way it does on the web.
/// </summary>
internal sealed class BenchSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchSite(WebApplication app, Uri feedUrl)
    {
        _app = app;
        FeedUrl = feedUrl;
    }

    public Uri FeedUrl { get; }

    public static async Task<BenchSite> StartAsync(BenchPages pages, CancellationToken ct)
    {
        byte[]? feed = null;
        var (app, address) = await LocalKestrel.StartAsync(async context =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path == "/feed.xml" && feed is not null)
            {
                await WriteAsync(context, feed, "application/rss+xml; charset=utf-8").ConfigureAwait(false);
                return;
            }
            if (path.StartsWith("/articles/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)
                && int.TryParse(path.AsSpan(10, path.Length - 15), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < pages.Count)
            {
                await WriteAsync(context, pages[n], "text/html").ConfigureAwait(false);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }, ct).ConfigureAwait(false);
        feed = Feed(address, pages.Count);
        return new BenchSite(app, new Uri(address, "feed.xml"));
    }

    private static async Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static byte[] Feed(Uri site, int count)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>NewsWatch bench</title><link>{site}</link><description>bench pages</description>\n");
        var published = new DateTimeOffset(2024, 6, 13, 9, 0, 0, TimeSpan.Zero);
        for (var n = 0; n < count; n++)
        {
            xml.Append(CultureInfo.InvariantCulture,
                $"<item><title>Bench page {n}</title><link>{new Uri(site, $"articles/{n}.html")}</link><guid isPermaLink=\"false\">bench-{n}</guid><pubDate>{published.AddMinutes(n).ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>\n");
        }
        xml.Append("</channel></rss>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
