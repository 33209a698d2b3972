using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsWatch.Common;

namespace NewsWatch.Feeds;

/// <summary>
/// Reads JSON Feed 1.0/1.1 (https://jsonfeed.org), which feedparser reads too: an object with
/// <c>version</c> naming jsonfeed.org and an <c>items</c> array. Returns raw item fields; <see cref="FeedParser"/>
/// resolves links and cleans text the same way as for RSS and Atom.
/// </summary>
internal static class JsonFeedReader
{
    /// <summary>JSON Feeds are flat; anything deeper is not one (and deep documents cost the reader time).</summary>
    private const int MaxDepth = 32;

    public sealed record RawItem(string? Url, string? Id, string? Title, string? Published, string? Summary);

    /// <summary>Whether the bytes start (after a BOM and whitespace) with a JSON object.</summary>
    public static bool LooksLikeJson(byte[] body)
    {
        var span = body.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        foreach (var b in span)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'{';
        }
        return false;
    }

    /// <exception cref="FeedParseException">Not JSON, or not a JSON Feed.</exception>
    public static (string? Title, List<RawItem> Items) Read(byte[] body, Deadline deadline)
    {
        try
        {
            var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || String(root, "version") is not { } version || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase)
                || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedParseException("not a JSON Feed: no jsonfeed.org version or no items array");
            }

            var result = new List<RawItem>();
            foreach (var item in items.EnumerateArray())
            {
                deadline.ThrowIfExpired();
                if (item.ValueKind != JsonValueKind.Object) continue;
                result.Add(new RawItem(
                    String(item, "url") ?? String(item, "external_url"),
                    String(item, "id"),
                    String(item, "title"),
                    String(item, "date_published") ?? String(item, "date_modified"),
                    String(item, "summary") ?? String(item, "content_text") ?? String(item, "content_html")));
            }
            return (String(root, "title"), result);
        }
        catch (JsonException ex)
        {
            throw new FeedParseException($"malformed JSON: {ex.Message}", ex);
        }
    }

    /// <summary>A string property; JSON Feed 1.0 allowed numeric ids, so numbers are read as text too.</summary>
    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUniversalTime() : null;
}
