using System.Globalization;
using Microsoft.AspNetCore.Http;
using System.Net;
using System.Text;

namespace NewsWatch.Tests.Support;

/// <summary>
/// A small fake defence-news outlet on a <see cref="TestWebServer"/>: an RSS feed listing article
/// pages, each page a full HTML document with navigation, share buttons, a comment form and a
/// footer around the body, so tests can check that only the body is kept.
/// </summary>
public sealed class NewsSite
{
    private readonly TestWebServer _server;

    public NewsSite(TestWebServer server) => _server = server;

    public static string Headline(int n) => $"Allies weigh air defence package number {n}";

    public static string BodyParagraph(int n) =>
        $"Defence ministers meeting in Brussels on Tuesday discussed air defence package number {n}, " +
        "which officials said would include interceptors, radars and spare parts for systems already in service.";

    public const string Boilerplate = "Leave a Reply";

    /// <summary>Maps <c>{prefix}/feed.xml</c> listing the given article numbers and one page per article.</summary>
    public NewsSite Publish(string prefix, IEnumerable<int> articles, TimeSpan? pageDelay = null, Func<int, string>? linkFor = null)
    {
        var list = articles.ToList();
        linkFor ??= n => $"/articles/{n}.html";
        var items = new StringBuilder();
        foreach (var n in list)
        {
            var published = new DateTimeOffset(2024, 6, 13, 9, 0, 0, TimeSpan.Zero).AddMinutes(n).ToString("r", CultureInfo.InvariantCulture);
            items.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{Headline(n)}</title><link>{WebUtility.HtmlEncode(_server.Url(linkFor(n)).AbsoluteUri)}</link>
                <guid isPermaLink="false">{prefix}-{n}</guid><pubDate>{published}</pubDate></item>
                """);
            _server.Map($"/articles/{n}.html", async context =>
            {
                if (pageDelay is { } delay) await Task.Delay(delay, context.RequestAborted);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Page(n), context.RequestAborted);
            });
        }
        _server.MapContent($"{prefix}/feed.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Test Defence Wire {prefix}</title><link>{_server.BaseUri}</link>
            <description>Fixture feed</description>{items}</channel></rss>
            """, "application/rss+xml; charset=utf-8");
        return this;
    }

    public static string Page(int n) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Headline(n)} | Test Defence Wire</title>
        <meta property="og:title" content="{Headline(n)}">
        <meta name="author" content="Dana Whitfield">
        <meta property="article:published_time" content="2024-06-13T09:{n % 60:00}:00Z">
        </head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/land">Land</a></li><li><a href="/air">Air</a></li><li><a href="/sea">Sea</a></li></ul></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <main><article>
        <h1>{Headline(n)}</h1>
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        <p>{BodyParagraph(n)}</p>
        <p>A senior official, speaking on condition of anonymity, said the allies hoped to close the remaining gaps before the winter, when attacks on power plants and substations usually intensify.</p>
        <p>The package still needs approval from national parliaments, and several governments have asked for guarantees that deliveries will not drain their own stocks below agreed minimum levels.</p>
        </article>
        <aside class="related-posts"><h3>Related Articles</h3><ul><li><a href="/x">Navy tests new drone</a></li><li><a href="/y">Budget talks stall</a></li></ul></aside>
        <section id="comments" class="comments-area"><h3 id="reply-title">{Boilerplate}</h3>
        <p>Your email address will not be published. Required fields are marked *</p>
        <form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></section>
        </main>
        <footer><p>Copyright 2024 Test Defence Wire. All rights reserved.</p><a href="#">Exit mobile version</a></footer>
        </body></html>
        """;
}
