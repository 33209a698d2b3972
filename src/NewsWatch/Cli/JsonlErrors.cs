using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsWatch.Cli;

/// <summary>
/// How the JSON-lines verbs (<c>tag</c>, <c>extract</c>) answer a bad input line: a JSON object
/// <c>{"line","id","error"}</c> on stdout in that line's place, so a consumer reading results line by line
/// sees every input answered; at the end a count on stderr and exit code 1.
/// </summary>
public static class JsonlErrors
{
    public const int ExitCode = 1;

    public static Task WriteAsync(TextWriter output, int lineNumber, string line, string message) =>
        output.WriteLineAsync(JsonSerializer.Serialize(new ErrorLine(lineNumber, IdOf(line), message)));

    /// <summary>0 when no line failed; else the count on <paramref name="error"/> and <see cref="ExitCode"/>.</summary>
    public static async Task<int> FinishAsync(TextWriter error, string verb, int failed, int lines)
    {
        if (failed == 0) return 0;
        await error.WriteLineAsync($"{verb}: {failed} of {lines} line(s) failed").ConfigureAwait(false);
        return ExitCode;
    }

    /// <summary>The id of a line, when the line is JSON enough to have one.</summary>
    private static JsonElement? IdOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) ? id.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record ErrorLine(
        [property: JsonPropertyName("line")] int Line,
        [property: JsonPropertyName("id")] JsonElement? Id,
        [property: JsonPropertyName("error")] string Error);
}
