using System.ComponentModel.DataAnnotations;
using NewsWatch.Common;

namespace NewsWatch.Entities.Tagging;

/// <summary>Configuration section <c>Entities</c>.</summary>
public sealed class EntityTaggerOptions
{
    public const string Section = "Entities";

    /// <summary>Default <see cref="ModelPath"/>: <c>models/ner.zip</c> under the application's base directory.</summary>
    public const string DefaultModelPath = "models/ner.zip";

    /// <summary>The trained model file; a relative path is taken from the application's base directory (default <c>models/ner.zip</c>).</summary>
    [Required]
    public string ModelPath { get; set; } = DefaultModelPath;

    public string ResolvedModelPath => ModelFiles.Resolve(ModelPath, "newswatch train --gmb ner_dataset.csv.gz --out models/ner.zip");
}
