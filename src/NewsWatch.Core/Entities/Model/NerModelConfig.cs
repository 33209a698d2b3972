using System.Text.Json.Serialization;

namespace NewsWatch.Entities.Model;

/// <summary>
/// What the ML.NET model file cannot say about itself, stored beside it in the same zip
/// (entry <see cref="EntryName"/>): how features were hashed, the label order, and the
/// label-bigram transition scores the decoder adds.
/// </summary>
public sealed record NerModelConfig
{
    public const string EntryName = "NewsWatch/ner.json";

    [JsonPropertyName("featureVersion")] public required int FeatureVersion { get; init; }

    [JsonPropertyName("hashBits")] public required int HashBits { get; init; }

    [JsonPropertyName("labels")] public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>(C + 1) × C row-major: row p = log P(label | previous p), row C = log P(label | sentence start), already scaled.</summary>
    [JsonPropertyName("transitions")] public required float[] Transitions { get; init; }

    [JsonPropertyName("transitionWeight")] public required float TransitionWeight { get; init; }

    [JsonPropertyName("trainer")] public required string Trainer { get; init; }

    [JsonPropertyName("seed")] public required int Seed { get; init; }
}
