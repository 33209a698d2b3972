using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NewsWatch.Alerts;

/// <summary>
/// The one JSON setup for alerts: the stored event snapshot and every payload. Non-ASCII text
/// (€, names) stays readable instead of \u-escaped; the bodies are JSON over HTTP, never HTML.
/// </summary>
internal static class AlertJson
{
    private static readonly AlertJsonContext Context = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Serialize(AidEventAlert alert) => JsonSerializer.Serialize(alert, Context.AidEventAlert);

    public static AidEventAlert Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.AidEventAlert) ?? throw new JsonException("The stored alert payload is null.");

    public static JsonNode ToNode(AidEventAlert alert) => JsonSerializer.SerializeToNode(alert, Context.AidEventAlert)!;

    public static byte[] ToUtf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(Context.Options));
}

[JsonSerializable(typeof(AidEventAlert))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class AlertJsonContext : JsonSerializerContext;
