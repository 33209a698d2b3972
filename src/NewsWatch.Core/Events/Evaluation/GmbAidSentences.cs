using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsWatch.Entities.Training;

namespace NewsWatch.Events.Evaluation;

/// <summary>
/// The GMB (Voice of America) news sentences labelled for aid in <c>models/training/gmb-aid/labels</c>: the
/// labels name a sentence by its GMB number, and the text is rebuilt here from the corpus in <c>../shared</c>.
/// GMB has no dates, so each sentence is read as if published on one fixed day, with the office holders of then.
/// </summary>
public static partial class GmbAidSentences
{
    /// <summary>GMB's news is of 2004–2009; its office holders are looked up on this day.</summary>
    public static readonly DateOnly Published = new(2006, 6, 1);

    public static (IReadOnlyList<LabelledSentence> Sentences, IReadOnlyList<RoleSentence> Roles) Load(string corpusPath, string labelsDirectory)
    {
        var corpus = GmbReader.Read(corpusPath).Sentences.ToDictionary(s => s.Number);
        var sentences = new List<LabelledSentence>();
        var roles = new List<RoleSentence>();
        foreach (var path in Directory.GetFiles(labelsDirectory, "*.jsonl").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
            {
                var label = JsonSerializer.Deserialize<LabelRow>(line, Json) ?? throw new FormatException($"{path}: empty line.");
                var number = int.Parse(label.Id["GMB#".Length..], CultureInfo.InvariantCulture);
                if (!corpus.TryGetValue(number, out var sentence)) throw new InvalidDataException($"{path}: GMB sentence {number} is not in {corpusPath}.");
                var text = Detokenize(sentence.Words);
                // Neighbouring GMB sentences usually come from one story: groups of 50 keep a story on one side of a split.
                var group = $"GMB/{number / 50}";
                sentences.Add(new LabelledSentence(RealTextCorpus.ToClassifierLabel(label.Label), text, group));
                if (label.Label != "other") roles.Add(new RoleSentence(group, text, Published, label.Donor, label.Recipient));
            }
        return (sentences, roles);
    }

    /// <summary>GMB's tokens back to running text: no space before closing punctuation and clitics, none after opening ones.</summary>
    public static string Detokenize(IEnumerable<string> words)
    {
        var text = NoSpaceBefore().Replace(string.Join(' ', words), "$1");
        return NoSpaceAfter().Replace(text, "$1");
    }

    [GeneratedRegex(@" ([,.;:!?%)\]]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NoSpaceBefore();

    [GeneratedRegex(@"([(\[$]) ", RegexOptions.CultureInvariant)]
    private static partial Regex NoSpaceAfter();

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record LabelRow(string Id, string Label, string[] Donor, string[] Recipient);
}
