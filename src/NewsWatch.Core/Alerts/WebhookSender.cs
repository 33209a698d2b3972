using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts.Payloads;

namespace NewsWatch.Alerts;

/// <summary>
/// POSTs one alert to one webhook: renders the body, adds the NewsWatch headers and signature,
/// and turns every outcome (2xx, error status, refused, timeout) into a <see cref="WebhookResult"/>.
/// Only cancellation of <c>ct</c> throws. Used by the outbox dispatcher and by <c>alerts test</c>.
/// </summary>
public sealed class WebhookSender(HttpClient http, IOptions<AlertOptions> options, TimeProvider time)
{
    private const int MaxErrorBodyChars = 300;

    private static readonly ProductInfoHeaderValue Product = new("NewsWatch", typeof(WebhookSender).Assembly.GetName().Version?.ToString(3) ?? "0");
    private static readonly ProductInfoHeaderValue Comment = new("(+webhook alerts)");

    public async Task<WebhookResult> SendAsync(WebhookOptions webhook, AlertMessage message, int attempt, CancellationToken ct)
    {
        var body = AlertPayload.Render(webhook.Format, message);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.Add(Product);
        request.Headers.UserAgent.Add(Comment);
        request.Headers.Add(WebhookHeaders.Delivery, message.DeliveryId);
        request.Headers.Add(WebhookHeaders.Event, message.Kind.ToEventType());
        request.Headers.Add(WebhookHeaders.Attempt, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unixSeconds = message.SentAt.ToUnixTimeSeconds();
        request.Headers.Add(WebhookHeaders.Timestamp, unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (webhook.ResolveSecret() is { } secret)
            request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(secret, unixSeconds, body));
        if (message.IsTest)
            request.Headers.Add(WebhookHeaders.Test, "true");

        // A network timeout is wall-clock time, so it runs on the real clock even when tests fake the TimeProvider.
        var timeout = options.Value.RequestTimeout;
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        var started = time.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutCts.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                return new WebhookResult(status, null, null, time.GetElapsedTime(started));
            var detail = await ReadStartAsync(response, timeoutCts.Token).ConfigureAwait(false);
            var error = $"HTTP {status} {response.ReasonPhrase}" + (detail.Length > 0 ? ": " + detail : "");
            return new WebhookResult(status, error, RetryAfter(response), time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return WebhookResult.Failed($"timed out after {timeout.TotalSeconds:0.#} s", time.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return WebhookResult.Failed(Describe(ex), time.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// The exception's message with its causes ("An error occurred while sending the request." alone
    /// says nothing). These messages name host and port at most, never the path, where chat webhooks keep their token.
    /// </summary>
    private static string Describe(Exception ex)
    {
        var messages = new List<string>();
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
            if (!messages.Contains(e.Message)) messages.Add(e.Message);
        return string.Join(" <- ", messages);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The start of an error response's body, on one line: receivers often say there what was wrong.</summary>
    private static async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var buffer = new byte[MaxErrorBodyChars * 4];
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxErrorBodyChars ? text : text[..MaxErrorBodyChars] + "…";
    }
}
