using System.Collections.Frozen;
using System.Text.RegularExpressions;
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
/// <item>PERSON: the model's spans without leading titles and completed where the model cut them short, minus weapon
/// systems, companies and places (<see cref="NonPersonNames"/>), plus the article's further mentions of the same
/// names (<see cref="NameRepeats"/>, also inside headlines) and the other names of lists of people
/// (<see cref="NameLists"/>); the value is one canonical full name per person per text, a lone surname being the
/// office holder of that name on the publication date when the text never gives the full name.</item>
/// <item>COUNTRY: the model's spans that the <see cref="CountryResolver"/> resolves to a country in context
/// (cities, organisations, "Jordan" the person, Georgia the U.S. state are dropped), plus a country the text already
/// names where it opens the name of a body ("Ukraine Defence Contact Group"); value iso2 + name.</item>
/// <item>AMOUNT: the <see cref="MoneyRecognizer"/>'s amounts (the model's AMOUNT labels are themselves learnt
/// from that recogniser, so it is the authority); value amount, currency, and USD at the year's rate.</item>
/// <item>DATE: the model's spans, valued by the <see cref="DateRecognizer"/> expression they overlap
/// (resolved against the publication date, or today when there is none), plus the recogniser's
/// expressions the model missed ("earlier this year": GMB never tags such phrases, so the model rarely does).</item>
/// </list>
/// Never throws on odd text; linear in the text. Thread-safe.
/// </summary>
public sealed partial class EntityTagger
{
    /// <summary>Confidence given to a rule's mention that the model did not propose.</summary>
    private const float RuleConfidence = 0.5f;

    private const int PersonWindow = 256;

    private const int MaxPersonTokens = 6;

    /// <summary>Last words of the names of international formats named after the country they serve.</summary>
    private static readonly HashSet<string> InternationalFormats = new(StringComparer.Ordinal)
    {
        "Group", "Coalition", "Compact", "Fund", "Facility", "Initiative", "Forum", "Conference", "Summit", "Platform", "Mechanism",
    };

    /// <summary>Lower-case words inside surnames: von, van der, de la, da, dos, bin, al.</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "della", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu",
    };

    private readonly NerModel _model;
    private readonly CountryResolver _countries;
    private readonly MoneyRecognizer _money;
    private readonly ExchangeRates _rates;
    private readonly DateRecognizer _dates;
    private readonly TimeProvider _time;
    private readonly PersonNameCanonicalizer _people;
    private readonly FirstNameGazetteer _firstNames;
    private readonly NameRepeats _repeats;
    private readonly NameLists _lists;
    private readonly NonPersonNames _nonPersons;
    private readonly HeadlineLeaders _leaders;
    private readonly NamesBeforeCountries _bracketed;
    private readonly ParticleNames _particleNames;
    private readonly AdministrationLeaders _administrationLeaders = AdministrationLeaders.Shared;
    private readonly OfficeHolderNames _holderNames = OfficeHolderNames.Shared;

    public EntityTagger(
        NerModel model, CountryResolver countries, MoneyRecognizer money, ExchangeRates rates, DateRecognizer dates,
        PersonNameCanonicalizer people, FirstNameGazetteer firstNames, TimeProvider time,
        NameRepeats? repeats = null, NameLists? lists = null, NonPersonNames? nonPersons = null, HeadlineLeaders? leaders = null,
        NamesBeforeCountries? bracketed = null, ParticleNames? particleNames = null)
    {
        _particleNames = particleNames ?? ParticleNames.Shared;
        _bracketed = bracketed ?? NamesBeforeCountries.Shared;
        _leaders = leaders ?? HeadlineLeaders.Shared;
        _people = people;
        _repeats = repeats ?? NameRepeats.Shared;
        _lists = lists ?? NameLists.Shared;
        _nonPersons = nonPersons ?? NonPersonNames.Shared;
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

        return [.. ModelSpans(text, Tokenizer.Tokenize(text), rules: false).Select(s => new EntityMention(NerLabels.Types[s.TypeIndex], s.Start, s.End, text[s.Start..s.End], null, s.Confidence))];
    }

    /// <summary>All mentions in <paramref name="text"/>, ordered by start, not overlapping.</summary>
    public IReadOnlyList<EntityMention> Tag(string? original, DateOnly? published = null)
    {
        if (string.IsNullOrEmpty(original))
        {
            return [];
        }

        var unwrapped = Common.SentenceSplitter.Unwrap(original);
        var tokens = Tokenizer.Tokenize(unwrapped);
        var text = CapitalsCase.TitleCaseCapitals(unwrapped, tokens, out var converted);
        var spans = ModelSpans(text, tokens, rules: true, converted);
        var free = new bool[tokens.Count];
        Array.Fill(free, true);
        foreach (var span in spans)
        {
            Array.Fill(free, false, span.FirstToken, span.LastToken - span.FirstToken);
        }

        var mentions = new List<EntityMention>();
        // "Republic of" of "the Republic of Türkiye": a country span the model cut short names nothing, and its tokens may
        // still open an official name.
        var cutShort = new bool[tokens.Count];
        foreach (var span in spans)
        {
            if (NerLabels.Types[span.TypeIndex] != EntityType.Country)
            {
                continue;
            }

            if (_countries.Resolve(text, span.Start, span.End) is { IsOrganisation: false } country)
            {
                mentions.Add(new EntityMention(EntityType.Country, span.Start, span.End, text[span.Start..span.End],
                    new EntityValue { Iso2 = country.Code, Name = country.Name }, span.Confidence));
            }
            else
            {
                Array.Fill(cutShort, true, span.FirstToken, span.LastToken - span.FirstToken);
            }
        }

        AddMissedCountries(text, tokens, free, cutShort, mentions);
        var reference = published ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        AddPeople(text, tokens, spans, free, converted, mentions, reference);
        var leaders = _administrationLeaders.Find(text, mentions, reference, RuleConfidence);
        if (leaders.Count > 0)
        {
            // A model span over the whole "Biden-Harris" gives way to its two people.
            mentions.RemoveAll(m => m.Type == EntityType.Person && leaders.Any(l => m.Start <= l.Start && l.Start < m.End));
            mentions.AddRange(leaders);
        }

        AddDates(text, reference, spans, mentions);

        AddAmounts(text, published, spans, mentions);
        var result = WithoutOverlaps(mentions);

        // Mentions were found on the unwrapped, title-cased copy (same offsets): their text is the page's.
        return ReferenceEquals(text, original) ? result : [.. result.Select(m => m with { Text = original[m.Start..m.End] })];
    }

    /// <summary>
    /// PERSON spans valued with one canonical full name per person ("Mr. Stoltenberg" → "Jens Stoltenberg"), plus the
    /// further mentions of those names that the model missed (<see cref="NameRepeats"/>). Names are matched within
    /// windows of <see cref="PersonWindow"/> mentions, which keeps the cost linear on huge texts and loses nothing on articles.
    /// </summary>
    private void AddPeople(string text, List<Token> tokens, List<ModelSpan> spans, bool[] free, bool[]? converted, List<EntityMention> mentions, DateOnly reference)
    {
        var people = spans.Where(s => NerLabels.Types[s.TypeIndex] == EntityType.Person && !_nonPersons.IsNonPerson(text, s.Start, s.End)).ToList();
        var person = NerLabels.TypeIndex(EntityType.Person);
        if (converted is not null)
        {
            foreach (var (start, end) in _leaders.Find(text, tokens, converted, free, reference))
            {
                people.Add(new ModelSpan(person, tokens[start].Start, tokens[end - 1].End, RuleConfidence, start, end));
                Array.Fill(free, false, start, end - start);
            }

            people.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        Take(_bracketed.Find(text, tokens, free));
        Take(_holderNames.Find(text, tokens, free));
        Take(_particleNames.Find(text, tokens, free));

        void Take(List<(int Start, int End)> found)
        {
            foreach (var (start, end) in found)
            {
                people.Add(new ModelSpan(person, tokens[start].Start, tokens[end - 1].End, RuleConfidence, start, end));
                Array.Fill(free, false, start, end - start);
            }
        }

        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (people.Count > 0)
        {
            foreach (var (start, end) in _lists.Find(text, tokens, [.. people.Select(p => (p.FirstToken, p.LastToken))], free))
            {
                people.Add(new ModelSpan(person, tokens[start].Start, tokens[end - 1].End, RuleConfidence, start, end));
                Array.Fill(free, false, start, end - start);
            }

            foreach (var (start, end) in _repeats.Find(text, tokens, [.. people.Select(p => (p.FirstToken, p.LastToken))], free))
            {
                if (!_nonPersons.IsNonPerson(text, tokens[start].Start, tokens[end - 1].End))
                {
                    people.Add(new ModelSpan(person, tokens[start].Start, tokens[end - 1].End, RuleConfidence, start, end));
                }
            }

            people.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        for (var from = 0; from < people.Count; from += PersonWindow)
        {
            var window = people.GetRange(from, Math.Min(PersonWindow, people.Count - from));
            var names = _people.Canonicalize([.. window.Select(s => text[s.Start..s.End])], reference);
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

    /// <summary>
    /// Country names the model left out where they open the name of an international format ("the Ukraine Defence
    /// Contact Group": GMB tags such names as organisations, so the model learnt to skip the country in them). Only
    /// country names (no demonyms) that the text names elsewhere too, on tokens no model span holds, that the resolver
    /// accepts; and country names coordinated with a COUNTRY mention ("Sweden and Norway"), or named elsewhere and the
    /// subject of a verb opening a line ("- Estonia will provide"). A rule for every missed
    /// country name cost GMB dev COUNTRY precision 3 points, so it is this narrow.
    /// </summary>
    private void AddMissedCountries(string text, List<Token> tokens, bool[] free, bool[] cutShort, List<EntityMention> mentions)
    {
        var named = mentions.Where(m => m.Type == EntityType.Country).Select(m => m.Value!.Iso2).ToHashSet();

        // The country spans in text order, searched by position: scanning every mention for every capitalised word made
        // a long text quadratic (a 5 MB page took 20 times as long as a 1 MB one).
        var countries = mentions.Where(m => m.Type == EntityType.Country).Select(m => (m.Start, m.End)).OrderBy(c => c.Start).ToList();

        // Tokens [first, first + count) name the country: a mention, a span later candidates are searched against, no longer free.
        void Take(int first, int count, CountryResolution country)
        {
            var (start, end) = (tokens[first].Start, tokens[first + count - 1].End);
            mentions.Add(new EntityMention(EntityType.Country, start, end, text[start..end], new EntityValue { Iso2 = country.Code, Name = country.Name }, RuleConfidence));
            var at = countries.BinarySearch((start, end));
            countries.Insert(at < 0 ? ~at : at, (start, end));
            Array.Fill(free, false, first, count);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!(free[i] || cutShort[i]) || tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            // "A Turkish naval ship", "Jordanian air force planes": a demonym before a state's own forces or carriers names its
            // country. The model misses it where a capitalised word or a dateline before it makes the phrase look like a name.
            // Only there: demonyms before other words the model leaves untagged are mostly not GMB countries (GMB dev COUNTRY
            // precision fell from 0.964 to 0.960 with every lower-case word).
            if (free[i] && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End + 1
                && CarrierRight().IsMatch(text.AsSpan(tokens[i + 1].Start, Math.Min(CarrierWindow, text.Length - tokens[i + 1].Start)))
                && _countries.Resolve(text, tokens[i].Start, tokens[i].End) is { Kind: GazetteerKind.Demonym } adjective)
            {
                Take(i, 1, adjective);
                continue;
            }

            // How many tokens from here no model span holds, and how many may instead be in a span the model cut short; and
            // where the first official-name word of the longest candidate ends (a shorter one holds such a word when it ends there or later).
            var longest = Math.Min(MaxOfficialNameTokens, tokens.Count - i);
            var freeRun = RunLength(free, null, i, longest);
            var openRun = RunLength(free, cutShort, i, longest);
            var firstOfficialWordEnd = int.MaxValue;
            foreach (var m in OfficialNameWord().EnumerateMatches(text.AsSpan(tokens[i].Start, tokens[i + longest - 1].End - tokens[i].Start)))
            {
                firstOfficialWordEnd = tokens[i].Start + m.Index + m.Length;
                break;
            }

            for (var n = longest; n >= 1; n--)
            {
                var last = i + n - 1;
                var (start, end) = (tokens[i].Start, tokens[last].End);
                // "to the Republic of Türkiye and of 5.5 million US dollars to the Syrian Arab Republic": a state's official
                // name is never anything else.
                var official = n > 1 && firstOfficialWordEnd <= end;
                if (n > (official ? openRun : freeRun) || n > 3 && !official
                    || official && text.AsSpan(start).StartsWith("The ", StringComparison.Ordinal))
                {
                    continue;
                }

                var listed = ListedWithCountry(text, start, end, countries);
                var opening = SubjectVerbRight().IsMatch(text.AsSpan(end, Math.Min(SubjectWindow, text.Length - end))) ? OpeningOf(text, start) : LineOpening.None;
                var subject = opening != LineOpening.None;
                // "- Canada will contribute C$40 million ...": the country that opens a bullet and acts is one, named before or not
                // (the model, which never saw a bullet in GMB, leaves such names untagged).
                var bulletSubject = opening == LineOpening.Bullet;
                if ((official || listed || subject || OpensBodyName(text, tokens, last + 1))
                    && _countries.Resolve(text, start, end) is { Kind: GazetteerKind.CountryName } country
                    && (official || listed || bulletSubject || named.Contains(country.Code)))
                {
                    Take(i, n, country);
                    i = last;
                    break;
                }
            }
        }
    }

    /// <summary>How many tokens from <paramref name="from"/> on (at most <paramref name="max"/>) are free, or cut short where that counts.</summary>
    private static int RunLength(bool[] free, bool[]? cutShort, int from, int max)
    {
        var n = 0;
        while (n < max && (free[from + n] || cutShort is not null && cutShort[from + n])) n++;
        return n;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is coordinated with a COUNTRY mention: "Sweden and
    /// Norway each pledged", "Estonia, Latvia or Lithuania". The model sometimes tags only one name of such a pair.
    /// </summary>
    /// <param name="countries">The COUNTRY spans in text order.</param>
    private static bool ListedWithCountry(string text, int start, int end, List<(int Start, int End)> countries)
    {
        // The first span starting at or after the candidate's start; the one before it is the nearest on the left.
        var at = countries.BinarySearch((start, int.MinValue));
        var next = at < 0 ? ~at : at;
        for (var k = Math.Max(0, next - 1); k < countries.Count && k <= next + 1; k++)
        {
            var (s, e) = countries[k];
            if (e <= start && start - e <= MaxListGap && CountryListJoin().IsMatch(text.AsSpan(e, start - e))
                || s >= end && s - end <= MaxListGap && CountryListJoin().IsMatch(text.AsSpan(end, s - end)))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxListGap = 7;

    /// <summary>How many characters a bullet may take before a name at the start of a line.</summary>
    private const int MaxBulletChars = 4;

    /// <summary>What stands between the start of the line and a word that may open it.</summary>
    private enum LineOpening
    {
        /// <summary>Other words: the word does not open its line.</summary>
        None,

        /// <summary>Nothing but blanks.</summary>
        Bare,

        /// <summary>A bullet's mark ("- ", "• ").</summary>
        Bullet,

        /// <summary>A wire dateline ("STOCKHOLM, May 29 — Sweden will send ...", "Stockholm, May 29 (Meridian Wire) - Sweden ...";
        /// read title-cased, as capitals lines are before the rules run).</summary>
        Dateline,
    }

    /// <summary>What opens the line before <paramref name="start"/>.</summary>
    /// <remarks>Only the few characters a dateline can take are read: scanning back to the line start made a long line quadratic.</remarks>
    private static LineOpening OpeningOf(string text, int start)
    {
        var from = Math.Max(0, start - MaxDatelineChars);
        var newline = start == 0 ? -1 : text.LastIndexOf('\n', start - 1, start - from);
        var lineStart = newline + 1;
        var before = text.AsSpan(lineStart, start - lineStart);
        if (start - lineStart <= MaxBulletChars && BulletOnly().IsMatch(before)) return BulletMark().IsMatch(before) ? LineOpening.Bullet : LineOpening.Bare;
        return (newline >= 0 || from == 0) && Dateline().IsMatch(before) ? LineOpening.Dateline : LineOpening.None;
    }

    [GeneratedRegex(@"^[ \t]*[-•*–][ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMark();

    /// <summary>How many characters a wire dateline may take before the first word of its story.</summary>
    private const int MaxDatelineChars = 60;

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'/-]*?(?:,\s*[\p{L}\d .]{1,12})?(?:\s*\([\p{L} .]{1,25}\))?\s*(?:[—–]|\s-)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^[ \t]*[-•*–]?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletOnly();

    /// <summary>How far right of a country name its verb is looked for.</summary>
    private const int SubjectWindow = 24;

    /// <summary>"Democratic Republic of the Congo", "United Kingdom of Great Britain and Northern Ireland" run longer than other names.</summary>
    private const int MaxOfficialNameTokens = 8;

    private const int CarrierWindow = 20;

    [GeneratedRegex(@"^(?:air\s+force|naval|navy|military|army|coast\s+guard|(?:cargo\s+|transport\s+|relief\s+|aid\s+)?(?:ship|vessel|plane|aircraft|convoy|flight)s?|(?:search-and-rescue|rescue|relief|medical)\s+teams?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CarrierRight();

    [GeneratedRegex(@"\b(?:Republic|Kingdom|Federation|Emirates|Principality|Sultanate|Commonwealth|Confederation|Grand Duchy|State of)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialNameWord();

    /// <summary>
    /// "- Estonia will provide EUR 20 million": a country name the text names elsewhere, opening a line or bullet as the
    /// subject of a verb (the model misses it after a bullet).
    /// </summary>
    [GeneratedRegex(@"^\s+(?:will|would|has|have|had|is|was|announced|pledged|plans|intends|provides|provided|sent|donated|delivered|committed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectVerbRight();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryListJoin();

    /// <summary>
    /// Two to four capitalised words from token <paramref name="k"/> on the same line that end in a word naming an
    /// international format ("Defence Contact Group", "Recovery Conference"). National institutions ("State
    /// Department", "Media Center") are left alone: GMB does not count them as country mentions.
    /// </summary>
    private static bool OpensBodyName(string text, List<Token> tokens, int k)
    {
        var words = 0;
        while (k + words < tokens.Count && words < 4 && tokens[k + words].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + words].Start])
            && text.AsSpan(tokens[k + words - 1].End, tokens[k + words].Start - tokens[k + words - 1].End).IndexOfAny('\n', '\r') < 0)
        {
            words++;
            if (words >= 2 && InternationalFormats.Contains(text[tokens[k + words - 1].Start..tokens[k + words - 1].End]))
            {
                return true;
            }
        }

        return false;
    }

    private void AddAmounts(string text, DateOnly? published, List<ModelSpan> spans, List<EntityMention> mentions)
    {
        var rateDate = published ?? new DateOnly(_rates.Years.Last, 12, 31);
        var amounts = spans.Where(s => NerLabels.Types[s.TypeIndex] == EntityType.Amount).ToList();
        string? crowns = null;
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

            // "worth 13.3 billion crowns": bare crowns are the currency of the crown country the article speaks of most.
            var currency = money.Currency;
            if (currency == "SEK" && BareCrowns().IsMatch(money.Text)) currency = crowns ??= CrownsOf(mentions);
            mentions.Add(new EntityMention(EntityType.Amount, money.Start, money.End, money.Text, new EntityValue
            {
                Amount = money.Amount,
                AmountHigh = money.AmountHigh,
                Currency = currency,
                Usd = _rates.ToUsd(money.Amount, currency, rateDate),
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

    /// <summary>The countries that write their currency "crowns" in English news, and that currency.</summary>
    private static readonly Dictionary<string, string> CrownCurrencies = new(StringComparer.Ordinal)
    {
        ["SE"] = "SEK", ["NO"] = "NOK", ["DK"] = "DKK", ["CZ"] = "CZK", ["IS"] = "ISK",
    };

    /// <summary>The currency of the crown country mentioned most in the article (ties to the first named), else Swedish.</summary>
    private static string CrownsOf(List<EntityMention> mentions) =>
        mentions.Where(m => m.Type == EntityType.Country && m.Value?.Iso2 is { } iso && CrownCurrencies.ContainsKey(iso))
            .GroupBy(m => m.Value!.Iso2!).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Start)).Select(g => CrownCurrencies[g.Key]).FirstOrDefault() ?? "SEK";

    [GeneratedRegex(@"(?<!(?:swedish|norwegian|danish|czech)\s+)crowns?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareCrowns();

    private void AddDates(string text, DateOnly reference, List<ModelSpan> spans, List<EntityMention> mentions)
    {
        var date = NerLabels.TypeIndex(EntityType.Date);
        var model = spans.Where(s => s.TypeIndex == date).Select(s => (s.Start, s.End, s.Confidence)).ToList();
        TaggerDates.Add(text, reference, _dates, model, RuleConfidence, mentions);
    }

    /// <summary>
    /// Model spans in character offsets. With <paramref name="rules"/>, PERSON spans lose leading title words
    /// and take in the capitalised name words right after them that the model left out ("Kurt" → "Kurt Patat",
    /// "Qutbi" → "Qutbi al-Mahdi") and a known given name right before them ("Mostafa" + "Mohammad Najjar"),
    /// except in title-cased lines, where every word is capitalised.
    /// </summary>
    private List<ModelSpan> ModelSpans(string text, List<Token> tokens, bool rules, bool[]? converted = null)
    {
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
            var offset = range.Start.Value;
            var titleCased = rules && (TitleCase.IsTitleCased(text, sentence) || converted is not null && Array.TrueForAll(converted[range], c => c));
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

                    // "Jens" of "Jens Stoltenberg", "A." of "A. Stewart": a known given name or an initial the model left out.
                    while (!titleCased && start > 0 && end - start < MaxPersonTokens && labels[start - 1] == NerLabels.Outside
                        && (_firstNames.IsFirstName(text.AsSpan(sentence[start - 1].Start, sentence[start - 1].Length)) && IsNameWord(text, sentence[start - 1])
                            || IsInitial(text.AsSpan(sentence[start - 1].Start, sentence[start - 1].Length)) && _countries.Resolve(text, sentence[start - 1].Start, sentence[start - 1].End) is null))
                    {
                        start--;
                    }

                    var extended = true;
                    while (extended)
                    {
                        while (!titleCased && end < sentence.Length && end - start < MaxPersonTokens && labels[end] == NerLabels.Outside
                            && (converted is null || !converted[offset + end])
                            && (IsNameWord(text, sentence[end]) || IsCapitalsSurname(text, sentence, start, end)))
                        {
                            end++;
                        }

                        // "Dorothea von Schlegel", "Joaquin de la Pazuela": a lower-case particle and the rest of the surname.
                        var next = AfterParticles(text, sentence, labels, end);

                        extended = !titleCased && next > end && next < sentence.Length && next - start < MaxPersonTokens
                            && (NerLabels.TypeOf(labels[next]) == span.TypeIndex || labels[next] == NerLabels.Outside && IsNameWord(text, sentence[next]));
                        if (extended)
                        {
                            end = next + 1;
                            while (end < sentence.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == span.TypeIndex)
                            {
                                end++;
                            }
                        }
                    }

                    end = WithSuffix(text, sentence, labels, end);
                }

                var min = 1f;
                for (var t = start; t < span.End; t++)
                {
                    min = Math.Min(min, confidence[t]);
                }

                if (rules && NerLabels.Types[span.TypeIndex] == EntityType.Person && result.Count > 0 && result[^1].TypeIndex == span.TypeIndex
                    && result[^1].LastToken == offset + start && result[^1].FirstToken >= offset && !titleCased)
                {
                    // "Rui" + "Gomez Pereira": two person spans the model started back to back are one name.
                    var previous = result[^1];
                    result[^1] = new ModelSpan(span.TypeIndex, previous.Start, sentence[end - 1].End, Math.Min(min, previous.Confidence), previous.FirstToken, offset + end);
                    continue;
                }

                result.Add(new ModelSpan(span.TypeIndex, sentence[start].Start, sentence[end - 1].End, min, offset + start, offset + end));
            }

            if (rules && !titleCased)
            {
                AddNamesAfterTitles(text, sentence, labels, offset, result);
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// "Director Burns", "Governor Polis", "Prime Minister Frederiksen": one or two name words right after a title that only
    /// people hold are a name, where the model, which has seen few of these surnames, left them out. Government texts
    /// name most officials this way. Not when more capitalised words follow ("Director Central Intelligence Agency") or
    /// the words make a non-person name.
    /// </summary>
    private void AddNamesAfterTitles(string text, ReadOnlySpan<Token> sentence, ReadOnlySpan<int> labels, int offset, List<ModelSpan> result)
    {
        var person = NerLabels.TypeIndex(EntityType.Person);
        for (var k = 0; k + 1 < sentence.Length; k++)
        {
            if (labels[k] != NerLabels.Outside || !PersonOnlyTitles.Contains(TitleKey(text, sentence[k])) || !IsCapitalised(text, sentence[k]))
            {
                continue;
            }

            // "Secretary General Stoltenberg", "Deputy Prime Minister Fedorov": the rest of a title of several words.
            while (k + 2 < sentence.Length && labels[k + 1] == NerLabels.Outside && IsCapitalised(text, sentence[k + 1])
                && WordLists.Titles.Contains(TitleKey(text, sentence[k + 1])))
            {
                k++;
            }

            var end = k + 1;
            while (end < sentence.Length && end - k <= 2 && labels[end] == NerLabels.Outside && IsNameWord(text, sentence[end])
                && !GapHasLineBreak(text, sentence[end - 1], sentence[end]))
            {
                end++;
            }

            // "Commissioner Karel de Gucht": a lower-case particle and the rest of the surname.
            var particle = end > k + 1 ? AfterParticles(text, sentence, labels, end) : end;
            if (particle > end && particle < sentence.Length && labels[particle] == NerLabels.Outside && IsNameWord(text, sentence[particle]))
            {
                end = particle + 1;
            }

            if (end == k + 1 || end < sentence.Length && IsCapitalised(text, sentence[end]) && !GapHasLineBreak(text, sentence[end - 1], sentence[end])
                || _nonPersons.IsNonPerson(text, sentence[k + 1].Start, sentence[end - 1].End))
            {
                continue;
            }

            result.Add(new ModelSpan(person, sentence[k + 1].Start, sentence[end - 1].End, RuleConfidence, offset + k + 1, offset + end));
            k = end - 1;
        }
    }

    /// <summary>Where up to two untagged lower-case surname particles from <paramref name="end"/> stop ("von der", "de la").</summary>
    private static int AfterParticles(string text, ReadOnlySpan<Token> sentence, ReadOnlySpan<int> labels, int end)
    {
        var next = end;
        while (next < sentence.Length && next - end < 2 && labels[next] == NerLabels.Outside && NameParticles.Contains(TitleKey(text, sentence[next])))
        {
            next++;
        }

        return next;
    }

    private static bool IsCapitalised(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>Titles held only by people and written right before a surname (lower-cased, no dot).</summary>
    private static readonly FrozenSet<string> PersonOnlyTitles = new[]
    {
        "mr", "mrs", "ms", "dr", "president", "chancellor", "secretary", "director", "administrator", "governor", "commissioner",
        "senator", "sen", "ambassador", "representative", "rep", "congressman", "congresswoman", "mayor", "speaker", "admiral",
        "minister", "ayatollah", "sheikh",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The end of a name taken past a generational suffix right after it ("Glenn A. Profitt II", "Martin Luther King Jr."):
    /// GMB and Wikigold count the suffix as part of the name, and the completion rules, which want lower-case letters, stop
    /// before it.
    /// </summary>
    private static int WithSuffix(string text, ReadOnlySpan<Token> sentence, ReadOnlySpan<int> labels, int end, bool afterComma = false)
    {
        if (end >= sentence.Length || labels[end] != NerLabels.Outside && !afterComma || GapHasLineBreak(text, sentence[end - 1], sentence[end]))
        {
            return end;
        }

        var word = text.AsSpan(sentence[end].Start, sentence[end].Length);
        // "Joseph R. Biden, Jr.": the suffix after a comma, as official texts write it (the model tags it a name of its own).
        if (word is "," && sentence[end].Start == sentence[end - 1].End && end + 1 < sentence.Length
            && text.AsSpan(sentence[end + 1].Start, sentence[end + 1].Length) is "Jr." or "Sr." or "Jr" or "Sr"
            && !GapHasLineBreak(text, sentence[end], sentence[end + 1]))
        {
            return WithSuffix(text, sentence, labels, end + 1, afterComma: true);
        }

        if (word is "II" or "III" or "IV" or "Jr." or "Sr.")
        {
            return end + 1;
        }

        var dotAfter = end + 1 < sentence.Length && sentence[end + 1].Start == sentence[end].End && text[sentence[end + 1].Start] == '.';
        return word is "Jr" or "Sr" ? end + (dotAfter ? 2 : 1) : end;
    }

    private static bool GapHasLineBreak(string text, Token before, Token after) =>
        text.AsSpan(before.End, after.Start - before.End).IndexOfAny('\n', '\r') >= 0;

    /// <summary>A capitalised word that can continue a name: "Patat", "al-Mahdi"; not a title, month, weekday or country.</summary>
    /// <summary>"A.", "J.R.": one to three capital letters, each with its dot (a country's, "U.S.", is checked apart).</summary>
    private static bool IsInitial(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

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

    /// <summary>
    /// "Adolfo RODRIGUEZ SAA", "Joaquin BALAGUER": reference texts write surnames in capitals. A capitals word continues
    /// a name whose last word is itself in capitals, and is no title, month, weekday or country.
    /// </summary>
    private bool IsCapitalsSurname(string text, ReadOnlySpan<Token> sentence, int start, int end)
    {
        var previous = sentence[end - 1];
        var token = sentence[end];
        return end > start && token.Kind == TokenKind.Word && token.Length >= 2 && IsCapitals(text.AsSpan(token.Start, token.Length))
            && previous.Length >= 3 && IsCapitals(text.AsSpan(previous.Start, previous.Length))
            && !WordLists.Titles.Contains(TitleKey(text, token)) && !WordLists.Months.Contains(TitleKey(text, token))
            && _countries.Resolve(text, token.Start, token.End) is null;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('a', 'z') < 0 && word.IndexOfAnyInRange('A', 'Z') >= 0;

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

    /// <summary>A span in character offsets and in token indices [FirstToken, LastToken) of the whole text.</summary>
    private readonly record struct ModelSpan(int TypeIndex, int Start, int End, float Confidence, int FirstToken, int LastToken);
}
