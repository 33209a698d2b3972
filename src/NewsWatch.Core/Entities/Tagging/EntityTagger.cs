using NewsWatch.Entities.Amounts;
using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.People;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Tagging;

/// <summary>
/// Tags a text with PERSON, COUNTRY, AMOUNT and DATE mentions and their normalised values: the ML.NET
/// model proposes spans (constrained BIO decode per sentence), and the deterministic normalisers
/// decide and resolve them ("model+rules"):
/// <list type="bullet">
/// <item>PERSON: the model's spans without leading titles; the value is one canonical full name per person per text.</item>
/// <item>COUNTRY: the model's spans that the <see cref="CountryResolver"/> resolves to a country in context
/// (cities, organisations, "Jordan" the person, Georgia the U.S. state are dropped); value iso2 + name.</item>
/// <item>AMOUNT: the <see cref="MoneyRecognizer"/>'s amounts (the model's AMOUNT labels are themselves learnt
/// from that recogniser, so it is the authority); value amount, currency, and USD at the year's rate.</item>
/// <item>DATE: the model's spans, valued by the <see cref="DateRecognizer"/> expression they overlap
/// (resolved against the publication date, or today when there is none), plus the recogniser's
/// expressions the model missed ("earlier this year": GMB never tags such phrases, so the model rarely does).</item>
/// </list>
/// Never throws on odd text; linear in the text. Thread-safe.
/// </summary>
public sealed class EntityTagger
{
    /// <summary>Confidence given to a rule's mention that the model did not propose.</summary>
    private const float RuleConfidence = 0.5f;

    private const int PersonWindow = 256;

    private const int MaxPersonTokens = 6;

    private readonly NerModel _model;
    private readonly CountryResolver _countries;
    private readonly MoneyRecognizer _money;
    private readonly ExchangeRates _rates;
    private readonly DateRecognizer _dates;
    private readonly TimeProvider _time;
    private readonly PersonNameCanonicalizer _people;
    private readonly FirstNameGazetteer _firstNames;

    public EntityTagger(
        NerModel model, CountryResolver countries, MoneyRecognizer money, ExchangeRates rates, DateRecognizer dates,
        PersonNameCanonicalizer people, FirstNameGazetteer firstNames, TimeProvider time)
    {
        _people = people;
        _firstNames = firstNames;
        _model = model;
        _countries = countries;
        _money = money;
        _rates = rates;
        _dates = dates;
        _time = time;
    }

    public NerModel Model => _model;

    /// <summary>The model's own spans (no normalisation, no rules), for evaluation and inspection.</summary>
    public IReadOnlyList<EntityMention> TagModelOnly(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return [.. ModelSpans(text, rules: false).Select(s => new EntityMention(NerLabels.Types[s.TypeIndex], s.Start, s.End, text[s.Start..s.End], null, s.Confidence))];
    }

    /// <summary>All mentions in <paramref name="text"/>, ordered by start, not overlapping.</summary>
    public IReadOnlyList<EntityMention> Tag(string? text, DateOnly? published = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var spans = ModelSpans(text, rules: true);
        var mentions = new List<EntityMention>();
        foreach (var span in spans)
        {
            switch (NerLabels.Types[span.TypeIndex])
            {
                case EntityType.Country when _countries.Resolve(text, span.Start, span.End) is { IsOrganisation: false } country:
                    mentions.Add(new EntityMention(EntityType.Country, span.Start, span.End, text[span.Start..span.End],
                        new EntityValue { Iso2 = country.Code, Name = country.Name }, span.Confidence));
                    break;
            }
        }

        AddPeople(text, spans, mentions);
        var reference = published ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        AddDates(text, reference, spans, mentions);

        AddAmounts(text, published, spans, mentions);
        return WithoutOverlaps(mentions);
    }

    /// <summary>
    /// PERSON spans valued with one canonical full name per person ("Mr. Stoltenberg" → "Jens Stoltenberg").
    /// Names are matched within windows of <see cref="PersonWindow"/> mentions, which keeps the cost
    /// linear on huge texts and loses nothing on articles.
    /// </summary>
    private void AddPeople(string text, List<ModelSpan> spans, List<EntityMention> mentions)
    {
        var people = spans.Where(s => NerLabels.Types[s.TypeIndex] == EntityType.Person).ToList();
        for (var from = 0; from < people.Count; from += PersonWindow)
        {
            var window = people.GetRange(from, Math.Min(PersonWindow, people.Count - from));
            var names = _people.Canonicalize([.. window.Select(s => text[s.Start..s.End])]);
            for (var k = 0; k < window.Count; k++)
            {
                if (names[k].Length > 0)
                {
                    var span = window[k];
                    mentions.Add(new EntityMention(EntityType.Person, span.Start, span.End, text[span.Start..span.End], new EntityValue { Name = names[k] }, span.Confidence));
                }
            }
        }
    }

    private void AddAmounts(string text, DateOnly? published, List<ModelSpan> spans, List<EntityMention> mentions)
    {
        var rateDate = published ?? new DateOnly(_rates.Years.Last, 12, 31);
        var amounts = spans.Where(s => NerLabels.Types[s.TypeIndex] == EntityType.Amount).ToList();
        var next = 0;
        foreach (var money in _money.Recognize(text))
        {
            // Both lists run left to right, so one forward walk finds the model's overlapping spans.
            while (next < amounts.Count && amounts[next].End <= money.Start)
            {
                next++;
            }

            var confidence = RuleConfidence;
            for (var k = next; k < amounts.Count && amounts[k].Start < money.End; k++)
            {
                confidence = Math.Max(confidence, amounts[k].Confidence);
            }

            mentions.Add(new EntityMention(EntityType.Amount, money.Start, money.End, money.Text, new EntityValue
            {
                Amount = money.Amount,
                AmountHigh = money.AmountHigh,
                Currency = money.Currency,
                Usd = _rates.ToUsd(money.Amount, money.Currency, rateDate),
                Bound = money.Qualifier switch
                {
                    MoneyQualifier.AtLeast => "at_least",
                    MoneyQualifier.AtMost => "at_most",
                    MoneyQualifier.About => "about",
                    _ => null,
                },
                Per = money.Per,
            }, confidence));
        }
    }

    private void AddDates(string text, DateOnly reference, List<ModelSpan> spans, List<EntityMention> mentions)
    {
        var found = _dates.Recognize(text, reference);
        var used = new bool[found.Count];
        var next = 0;
        foreach (var span in spans)
        {
            if (NerLabels.Types[span.TypeIndex] != EntityType.Date)
            {
                continue;
            }

            // Both lists run left to right without overlaps, so one forward walk pairs them.
            while (next < found.Count && found[next].End <= span.Start)
            {
                next++;
            }

            EntityValue? value = null;
            for (var k = next; k < found.Count && found[k].Start < span.End; k++)
            {
                used[k] = true;
                value ??= DateValue(found[k]);
            }

            mentions.Add(new EntityMention(EntityType.Date, span.Start, span.End, text[span.Start..span.End], value, span.Confidence));
        }

        for (var k = 0; k < found.Count; k++)
        {
            if (!used[k] && DateAnchors.IsDate(Words(found[k].Text)))
            {
                mentions.Add(new EntityMention(EntityType.Date, found[k].Start, found[k].End, found[k].Text, DateValue(found[k]), RuleConfidence));
            }
        }
    }

    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    private static EntityValue DateValue(DateMention date) =>
        date.Timex is { } timex ? new EntityValue { Timex = timex } : new EntityValue { RangeStart = date.RangeStart, RangeEnd = date.RangeEnd };

    /// <summary>
    /// Model spans in character offsets. With <paramref name="rules"/>, PERSON spans lose leading title words
    /// and take in the capitalised name words right after them that the model left out ("Kurt" → "Kurt Patat",
    /// "Qutbi" → "Qutbi al-Mahdi") and a known given name right before them ("Mostafa" + "Mohammad Najjar"),
    /// except in title-cased lines, where every word is capitalised.
    /// </summary>
    private List<ModelSpan> ModelSpans(string text, bool rules)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Range>();
        SentenceSplitter.Split(text, tokens, sentences);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var result = new List<ModelSpan>();
        var spans = new List<LabeledSpan>();
        foreach (var range in sentences)
        {
            var sentence = all[range];
            var labels = new int[sentence.Length];
            var confidence = new float[sentence.Length];
            _model.Label(text, sentence, labels, confidence);
            spans.Clear();
            LabeledSpan.FromLabels(labels, spans);
            var titleCased = rules && IsTitleCased(text, sentence);
            foreach (var span in spans)
            {
                var start = span.Start;
                var end = span.End;
                if (rules && NerLabels.Types[span.TypeIndex] == EntityType.Person)
                {
                    while (start < end - 1 && WordLists.Titles.Contains(TitleKey(text, sentence[start])))
                    {
                        start++;
                    }

                    while (!titleCased && start > 0 && end - start < MaxPersonTokens && labels[start - 1] == NerLabels.Outside
                        && _firstNames.IsFirstName(text.AsSpan(sentence[start - 1].Start, sentence[start - 1].Length)) && IsNameWord(text, sentence[start - 1]))
                    {
                        start--;
                    }

                    while (!titleCased && end < sentence.Length && end - start < MaxPersonTokens && labels[end] == NerLabels.Outside
                        && IsNameWord(text, sentence[end]))
                    {
                        end++;
                    }
                }

                var min = 1f;
                for (var t = start; t < span.End; t++)
                {
                    min = Math.Min(min, confidence[t]);
                }

                result.Add(new ModelSpan(span.TypeIndex, sentence[start].Start, sentence[end - 1].End, min));
            }
        }

        return result;
    }

    /// <summary>A capitalised word that can continue a name: "Patat", "al-Mahdi"; not a title, month, weekday or country.</summary>
    private bool IsNameWord(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        var hyphen = word.IndexOf('-');
        var head = hyphen is > 0 and <= 3 && word[..hyphen].IndexOfAnyExceptInRange('a', 'z') < 0 ? word[(hyphen + 1)..] : word;
        if (token.Kind != TokenKind.Word || head.Length < 2 || !char.IsUpper(head[0]) || !char.IsLower(head[^1]))
        {
            return false;
        }

        var key = TitleKey(text, token);
        return !WordLists.Titles.Contains(key) && !WordLists.Months.Contains(key) && !WordLists.Weekdays.Contains(key)
            && !WordLists.RelativeDays.Contains(key) && _countries.Resolve(text, token.Start, token.End) is null;
    }

    /// <summary>A headline-style line: nearly every word capitalised, so capitals say nothing about names.</summary>
    private static bool IsTitleCased(string text, ReadOnlySpan<Token> sentence)
    {
        int words = 0, capitalised = 0;
        foreach (var token in sentence)
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
                capitalised += char.IsUpper(text[token.Start]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised >= 0.8 * words;
    }

    private static string TitleKey(string text, Token token) => text[token.Start..token.End].TrimEnd('.').ToLowerInvariant();

    private static List<EntityMention> WithoutOverlaps(List<EntityMention> mentions)
    {
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var result = new List<EntityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (result.Count == 0 || mention.Start >= result[^1].End)
            {
                result.Add(mention);
            }
        }

        return result;
    }

    private readonly record struct ModelSpan(int TypeIndex, int Start, int End, float Confidence);
}
