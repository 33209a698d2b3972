using System.Collections.Frozen;
using NewsWatch.Entities.Amounts;
using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Model;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Maps a GMB sentence's IOB2 tags to our BIO labels. The rules (also in models/MODEL_CARD.md):
/// <list type="bullet">
/// <item>COUNTRY: a country name or demonym found by the <see cref="CountryGazetteer"/> whose every token
/// GMB tagged as an entity (geo, gpe, or, when GMB mis-typed it, org/per: "Turkey/B-org says"), whose
/// GMB span(s) hold nothing else but lower-case words ("southern Afghanistan" → "Afghanistan"; "New
/// Mexico", "Bosnian Serb" → nothing), and that the <see cref="CountryResolver"/> accepts in the sentence
/// (cities, regions, U.S. states, "Jordan" the person are not countries).</item>
/// <item>PERSON: GMB per spans with leading titles removed ("President Vladimir Putin" → "Vladimir
/// Putin"), also a country or demonym right before a title ("Pakistani Foreign Minister X" → "X"), and
/// trailing punctuation. Where GMB tagged only the title ("Mr./B-per Yekhanurov/B-org"), the capitalised
/// words right after it (up to four, not a date word) are the person. Spans without a capitalised word,
/// religious/ethnic/political group words GMB tagged per ("Sunni", "Western"), and spans overlapping a
/// COUNTRY are dropped.</item>
/// <item>DATE: GMB tim spans, trimmed of leading prepositions/articles ("since 2003" → "2003") and
/// trailing times of day ("Friday night" → "Friday"), kept only when <see cref="DateAnchors"/> calls them a
/// calendar date. GMB leaves relative dates ("last week", "earlier this month") untagged; where the
/// <see cref="DateRecognizer"/> finds one that <see cref="DateAnchors"/> accepts, on tokens still unlabelled,
/// it is labelled DATE too (silver labels, like AMOUNT). Clock times, durations ("two-day", "three years")
/// and vague words ("recent", "later") are not dates.</item>
/// <item>AMOUNT: GMB never tags money; the money recogniser labels the sentence text (silver labels).</item>
/// </list>
/// </summary>
public sealed class GmbLabelMapper
{
    private static readonly FrozenSet<string> LeadingDateWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "since", "from", "in", "on", "by", "until", "till", "through", "during", "before", "after", "at", "around",
        "about", "of", "the", "between", "to", ",");

    private static readonly FrozenSet<string> GroupWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Sunni", "Sunnis", "Shi'ite", "Shi'ites", "Shiite", "Shiites", "Muslim", "Muslims", "Islam", "Islamic",
        "Christian", "Christians", "Catholic", "Catholics", "Jew", "Jews", "Jewish", "Hindu", "Hindus", "Buddhist",
        "Western", "Eastern", "Kurd", "Kurds", "Kurdish", "Hutu", "Hutus", "Tutsi", "Tutsis", "Marines", "Taleban",
        "Taliban", "Hamas", "Fatah", "Hezbollah", "Arab", "Arabs", "Pashtun", "Baluch", "Tamil", "Tamils");

    private readonly CountryGazetteer _gazetteer;
    private readonly CountryResolver _resolver;
    private readonly MoneyRecognizer _money;
    private readonly DateRecognizer _dates;

    public GmbLabelMapper(CountryGazetteer gazetteer, CountryResolver resolver, MoneyRecognizer money, DateRecognizer dates)
    {
        _gazetteer = gazetteer;
        _resolver = resolver;
        _money = money;
        _dates = dates;
    }

    /// <summary>A mapper over the shared gazetteers and recognisers.</summary>
    public static GmbLabelMapper Shared { get; } = new(CountryGazetteer.Shared, CountryResolver.Shared, MoneyRecognizer.Shared, DateRecognizer.Shared);

    // Relative dates are labelled by span only; any reference date gives the same spans.
    private static readonly DateOnly AnyReference = new(2010, 1, 1);

    public LabeledSentence Map(GmbSentence sentence)
    {
        var words = sentence.Words;
        var n = words.Count;
        var labels = new int[n];
        var text = sentence.Text(out var tokens);
        var gmb = GmbSpans(sentence.Tags);
        var spanOf = new int[n];
        Array.Fill(spanOf, -1);
        for (var s = 0; s < gmb.Count; s++)
        {
            for (var k = gmb[s].Start; k < gmb[s].End; k++)
            {
                spanOf[k] = s;
            }
        }

        var country = NerLabels.TypeIndex(EntityType.Country);
        foreach (var match in _gazetteer.MatchAll(words))
        {
            if (match.Kind != GazetteerKind.Organisation
                && IsGmbCountry(match.Start, match.Start + match.Length, gmb, spanOf, words)
                && _resolver.Resolve(text, tokens[match.Start].Start, tokens[match.Start + match.Length - 1].End) is { IsOrganisation: false })
            {
                Place(labels, country, match.Start, match.Start + match.Length);
            }
        }

        var person = NerLabels.TypeIndex(EntityType.Person);
        foreach (var span in gmb.Where(s => s.Type == "per"))
        {
            if (PersonSpan(span, words, sentence.Tags) is { } p && (p.End - p.Start > 1 || !GroupWords.Contains(words[p.Start])))
            {
                Place(labels, person, p.Start, p.End);
            }
        }

        var date = NerLabels.TypeIndex(EntityType.Date);
        foreach (var span in gmb.Where(s => s.Type == "tim"))
        {
            if (DateSpan(span, words) is { } d)
            {
                Place(labels, date, d.Start, d.End);
            }
        }

        foreach (var found in _dates.Recognize(text, AnyReference))
        {
            var (first, last) = TokenRange(tokens, found.Start, found.End);
            if (first >= 0 && last >= first && DateAnchors.IsDate([.. words.Skip(first).Take(last + 1 - first)]))
            {
                Place(labels, date, first, last + 1);
            }
        }

        var amount = NerLabels.TypeIndex(EntityType.Amount);
        foreach (var money in _money.Recognize(text))
        {
            var (first, last) = TokenRange(tokens, money.Start, money.End);
            if (first >= 0 && last >= first)
            {
                Clear(labels, first, last + 1);
                Place(labels, amount, first, last + 1);
            }
        }

        return new LabeledSentence(text, tokens, labels);
    }

    /// <summary>The first and last token a character span touches.</summary>
    private static (int First, int Last) TokenRange(Tokens.Token[] tokens, int start, int end) =>
        (Array.FindIndex(tokens, t => t.End > start), Array.FindLastIndex(tokens, t => t.Start < end));

    private static List<(string Type, int Start, int End)> GmbSpans(IReadOnlyList<string> tags)
    {
        var spans = new List<(string, int, int)>();
        var i = 0;
        while (i < tags.Count)
        {
            if (tags[i] == "O")
            {
                i++;
                continue;
            }

            var type = tags[i][2..];
            var end = i + 1;
            while (end < tags.Count && tags[end].StartsWith("I-", StringComparison.Ordinal) && tags[end].AsSpan(2).SequenceEqual(type))
            {
                end++;
            }

            spans.Add((type, i, end));
            i = end;
        }

        return spans;
    }

    private static bool IsGmbCountry(int start, int end, List<(string Type, int Start, int End)> gmb, int[] spanOf, IReadOnlyList<string> words)
    {
        for (var k = start; k < end; k++)
        {
            if (spanOf[k] < 0 || gmb[spanOf[k]].Type is not ("geo" or "gpe" or "org" or "per"))
            {
                return false;
            }
        }

        for (var s = spanOf[start]; s <= spanOf[end - 1]; s++)
        {
            for (var k = gmb[s].Start; k < gmb[s].End; k++)
            {
                if ((k < start || k >= end) && words[k].Length > 0 && !char.IsLower(words[k][0]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private (int Start, int End)? PersonSpan((string Type, int Start, int End) span, IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var start = SkipTitles(span.Start, span.End, words);
        var end = span.End;
        while (end > start && !words[end - 1].Any(char.IsLetter))
        {
            end--;
        }

        if (start == end)
        {
            // GMB tagged only the title: the name is the capitalised run right after it (GMB typed it anything).
            start = SkipTitles(span.End, words.Count, words);
            end = start;
            while (end < words.Count && end - start < 4 && IsCapitalisedWord(words[end]) && !WordLists.IsTitle(words[end])
                && !tags[end].EndsWith("tim", StringComparison.Ordinal) && !IsCalendarWord(words[end]))
            {
                end++;
            }
        }

        for (var k = start; k < end; k++)
        {
            if (IsCapitalisedWord(words[k]))
            {
                return (start, end);
            }
        }

        return null;
    }

    /// <summary>Skips titles, and a country or demonym right before a title ("Pakistani Foreign Minister", "U.S. Senator").</summary>
    private int SkipTitles(int start, int end, IReadOnlyList<string> words)
    {
        while (start < end)
        {
            if (WordLists.IsTitle(words[start]))
            {
                start++;
            }
            else if (start + 1 < end && WordLists.IsTitle(words[start + 1]) && _gazetteer.Lookup(words[start]) is not null)
            {
                start += 2;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    private static bool IsCalendarWord(string word)
    {
        var key = word.TrimEnd('.').ToLowerInvariant();
        return WordLists.Months.Contains(key) || WordLists.Weekdays.Contains(key);
    }

    private static (int Start, int End)? DateSpan((string Type, int Start, int End) span, IReadOnlyList<string> words)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && LeadingDateWords.Contains(words[start]))
        {
            start++;
        }

        while (end > start && (WordLists.TimesOfDay.Contains(words[end - 1].ToLowerInvariant()) || words[end - 1] is "," or "-"))
        {
            end--;
        }

        return end > start && DateAnchors.IsDate([.. words.Skip(start).Take(end - start)]) ? (start, end) : null;
    }

    private static bool IsCapitalisedWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLetter);

    private static void Place(int[] labels, int type, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (labels[k] != NerLabels.Outside)
            {
                return;
            }
        }

        labels[start] = NerLabels.Begin(type);
        for (var k = start + 1; k < end; k++)
        {
            labels[k] = NerLabels.Inside(type);
        }
    }

    /// <summary>Removes every span that overlaps [start, end).</summary>
    private static void Clear(int[] labels, int start, int end)
    {
        var from = start;
        while (from > 0 && NerLabels.IsInside(labels[from]))
        {
            from--;
        }

        var to = end;
        while (to < labels.Length && NerLabels.IsInside(labels[to]))
        {
            to++;
        }

        Array.Fill(labels, NerLabels.Outside, from, to - from);
    }
}
