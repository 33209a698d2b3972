using System.Text;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Training augmentation for names the model has never seen: a copy of a sentence in which every PERSON token is
/// replaced by an invented word of the same capitalisation ("Natsios said" → "Kaveruno said"), and the first token of
/// a longer name by a given name drawn from the gazetteer, labels unchanged. News names people the corpus never saw,
/// and without such copies the model leans on the words of the names it was trained on; with them it must also read
/// the context ("said", "Mr.", a given name before). Deterministic: one seeded generator per training run.
/// </summary>
public sealed class UnseenNameAugmenter
{
    private static readonly string[] Onsets = ["b", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh", "t", "v", "w", "y", "z", "br", "dr", "kr", "st", "tr", ""];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ia", "ou", "y"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "k", "l", "m", "v", "tz", "ng", "sh"];

    private readonly Random _random;
    private readonly string[] _givenNames;

    public UnseenNameAugmenter(int seed, IEnumerable<string> givenNames)
    {
        _random = new Random(seed);
        _givenNames = [.. givenNames.Where(n => n.Length > 1 && char.IsUpper(n[0])).Order(StringComparer.Ordinal)];
    }

    /// <summary>True when the sentence has a PERSON label.</summary>
    public static bool NamesAPerson(LabeledSentence sentence)
    {
        var person = NerLabels.TypeIndex(EntityType.Person);
        return sentence.Labels.Any(l => NerLabels.TypeOf(l) == person);
    }

    /// <summary>The sentence with its PERSON tokens renamed (the same sentence when it names nobody).</summary>
    public LabeledSentence Rename(LabeledSentence sentence)
    {
        var person = NerLabels.TypeIndex(EntityType.Person);
        var labels = sentence.Labels;

        var text = new StringBuilder(sentence.Text.Length + 16);
        var tokens = new Token[sentence.Tokens.Length];
        var copied = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = sentence.Tokens[t];
            text.Append(sentence.Text, copied, token.Start - copied);
            var start = text.Length;
            if (NerLabels.TypeOf(labels[t]) == person && token.Kind == TokenKind.Word && char.IsUpper(sentence.Text[token.Start]))
            {
                var multiWord = t + 1 < tokens.Length && NerLabels.IsInside(labels[t + 1]) && NerLabels.TypeOf(labels[t + 1]) == person;
                var word = NerLabels.IsBegin(labels[t]) && multiWord && _givenNames.Length > 0 ? _givenNames[_random.Next(_givenNames.Length)] : InventedWord();
                text.Append(IsAllCaps(token.Slice(sentence.Text)) ? word.ToUpperInvariant() : word);
            }
            else
            {
                text.Append(sentence.Text, token.Start, token.Length);
            }

            tokens[t] = new Token(start, text.Length, token.Kind);
            copied = token.End;
        }

        text.Append(sentence.Text, copied, sentence.Text.Length - copied);
        return new LabeledSentence(text.ToString(), tokens, labels);
    }

    private string InventedWord()
    {
        var word = new StringBuilder();
        var syllables = 2 + _random.Next(2);
        for (var s = 0; s < syllables; s++)
        {
            word.Append(Onsets[_random.Next(Onsets.Length)]).Append(Vowels[_random.Next(Vowels.Length)]);
        }

        word.Append(Codas[_random.Next(Codas.Length)]);
        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word) => word.Length > 1 && word.IndexOfAnyInRange('a', 'z') < 0;
}
