using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Alerts;

/// <summary>A webhook endpoint on a <see cref="TestWebServer"/> that keeps every request and answers as scripted.</summary>
internal sealed class WebhookReceiver
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _count;

    private WebhookReceiver(Uri url) => Url = url;

    public Uri Url { get; }

    /// <summary>The status to answer the n-th request (1-based) with. Default: 200.</summary>
    public Func<int, int> StatusFor { get; set; } = _ => StatusCodes.Status200OK;

    /// <summary>Sent as Retry-After on non-2xx answers when set.</summary>
    public string? RetryAfter { get; set; }

    /// <summary>Holds every answer this long first (honouring the client hanging up).</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    public static WebhookReceiver MapOn(TestWebServer server, string path)
    {
        var receiver = new WebhookReceiver(server.Url(path));
        server.Map(path, receiver.HandleAsync);
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _received.Enqueue(new ReceivedWebhook(context.Request.Method, headers, buffer.ToArray()));
        var status = StatusFor(Interlocked.Increment(ref _count));
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, context.RequestAborted);
        context.Response.StatusCode = status;
        if (status >= 300 && RetryAfter is not null) context.Response.Headers.RetryAfter = RetryAfter;
        if (status >= 300) await context.Response.WriteAsync($"receiver says no ({status})", context.RequestAborted);
    }
}

internal sealed record ReceivedWebhook(string Method, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
