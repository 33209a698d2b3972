using System.Collections.Frozen;
using System.Text.Json;
using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Reads headline, author, publication date and language from <c>application/ld+json</c> blocks.
/// Handles top-level arrays, <c>@graph</c>, typed arrays (<c>"@type": ["NewsArticle"]</c>) and
/// authors given by <c>@id</c> reference into the graph. Broken JSON is skipped.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 16;

    private static readonly FrozenSet<string> ArticleTypes = new[]
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
        "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting",
        "DiscussionForumPosting", "PressRelease", "Blog", "Posting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PageTypes = new[]
    {
        "WebPage", "ItemPage",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle? Read(IDocument document)
    {
        var nodes = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type]"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                try
                {
                    var json = JsonDocument.Parse(script.TextContent, Options);
                    documents.Add(json);
                    Collect(json.RootElement, nodes, 0);
                }
                catch (JsonException)
                {
                    // Hand-written JSON-LD is often invalid; the other sources still apply.
                }
            }

            var article = nodes.FirstOrDefault(n => HasType(n, ArticleTypes));
            var fallback = nodes.FirstOrDefault(n => HasType(n, PageTypes));
            if (article.ValueKind != JsonValueKind.Object && fallback.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var main = article.ValueKind == JsonValueKind.Object ? article : fallback;
            var headline = String(main, "headline") ?? (article.ValueKind == JsonValueKind.Object ? String(main, "name") : null);
            var author = Authors(main, nodes);
            var published = String(main, "datePublished") ?? String(main, "dateCreated") ?? String(fallback, "datePublished");
            var language = String(main, "inLanguage") ?? String(fallback, "inLanguage");
            return new JsonLdArticle(headline, author, published, language);
        }
        finally
        {
            foreach (var json in documents)
            {
                json.Dispose();
            }
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, nodes, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                nodes.Add(element);
                if (element.TryGetProperty("@graph", out var graph))
                {
                    Collect(graph, nodes, depth + 1);
                }

                if (element.TryGetProperty("mainEntity", out var mainEntity))
                {
                    Collect(mainEntity, nodes, depth + 1);
                }

                break;
        }
    }

    private static bool HasType(JsonElement node, IReadOnlySet<string> types)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static string? String(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            JsonValueKind.Object => String(value, "@value") ?? String(value, "name"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string? Authors(JsonElement article, List<JsonElement> nodes)
    {
        if (article.ValueKind != JsonValueKind.Object
            || !(article.TryGetProperty("author", out var author) || article.TryGetProperty("creator", out author)))
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "name") ?? String(Resolve(String(item, "@id"), nodes), "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name.Trim()))
            {
                names.Add(name.Trim());
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static JsonElement Resolve(string? id, List<JsonElement> nodes)
        => id is null ? default : nodes.FirstOrDefault(n => String(n, "@id") == id);
}
