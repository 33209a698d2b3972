using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch tag --jsonl</c>: one process, many documents, streaming. Each stdin line
/// <c>{"id","text","published"?}</c> becomes one stdout line <c>{"id","entities":[{"type","start","end","text","value"}]}</c>
/// (offsets are UTF-16, end exclusive). A line that is not such an object is answered on stdout with an error object
/// ({"line","id","error"}, see <see cref="JsonlErrors"/>), and the batch goes on; exit 1 at the end if any line failed.
/// </summary>
public static class TagCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines from stdin, write JSON lines to stdout (the only mode).", Required = true };
        var command = new Command("tag", "Tag PERSON, COUNTRY, AMOUNT and DATE mentions with normalised values in JSON-lines documents.");
        command.Options.Add(jsonl);
        command.Options.Add(EntityVerbHost.Model);
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = EntityVerbHost.Build(parseResult);
            var tagger = host.Services.GetRequiredService<EntityTagger>();
            var config = parseResult.InvocationConfiguration;
            return await RunAsync(Console.In, config.Output, config.Error, tagger, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Tags every line of <paramref name="input"/>; a bad line is answered as <see cref="JsonlErrors"/> says. Returns the exit code.</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, EntityTagger tagger, CancellationToken ct)
    {
        var failed = 0;
        var lineNumber = 0;
        var lines = 0;
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            lines++;
            string result;
            try
            {
                result = TagLine(line, tagger);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                await JsonlErrors.WriteAsync(output, lineNumber, line, e.Message).ConfigureAwait(false);
                await output.FlushAsync(ct).ConfigureAwait(false);
                continue;
            }

            await output.WriteLineAsync(result).ConfigureAwait(false);
            await output.FlushAsync(ct).ConfigureAwait(false);
        }

        return await JsonlErrors.FinishAsync(error, "tag", failed, lines).ConfigureAwait(false);
    }

    private static string TagLine(string line, EntityTagger tagger)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A line must be a JSON object {\"id\",\"text\",\"published\"?}.");
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("\"text\" is missing or not a string.");
        }

        DateOnly? published = null;
        if (root.TryGetProperty("published", out var publishedElement) && publishedElement.ValueKind == JsonValueKind.String
            && publishedElement.GetString() is { Length: > 0 } value)
        {
            published = ParseDate(value);
        }

        var id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : default(JsonElement?);
        var mentions = tagger.Tag(textElement.GetString()!, published);
        return JsonSerializer.Serialize(new OutputLine(id, [.. mentions.Select(m => new OutputEntity(m.Type, m.Start, m.End, m.Text, m.Value))]), Json);
    }

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                ? DateOnly.FromDateTime(moment.UtcDateTime)
                : throw new FormatException($"\"published\" is not a date: {value}");

    private sealed record OutputLine(
        [property: JsonPropertyName("id")] JsonElement? Id,
        [property: JsonPropertyName("entities")] IReadOnlyList<OutputEntity> Entities);

    private sealed record OutputEntity(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("end")] int End,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("value")] EntityValue? Value);

}
