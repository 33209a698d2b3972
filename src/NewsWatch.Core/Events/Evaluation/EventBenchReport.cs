using System.Globalization;
using System.Text;

namespace NewsWatch.Events.Evaluation;

/// <summary>
/// Event-level scores of a fixture set after processing: a stored event is correct when an expected event
/// has the same donor, recipient and measure, an announcement date within <see cref="DateSlackDays"/> days
/// and, where the fixture gives one, a USD amount within <see cref="AmountSlack"/>. Each expected event
/// matches at most one stored event, so a failed merge costs precision. For matched events it also counts
/// the right aid type and the exact set of source articles.
/// </summary>
public sealed class EventBenchReport
{
    public const int DateSlackDays = 3;
    public const double AmountSlack = 0.15;

    public int Expected { get; private init; }
    public int Found { get; private init; }
    public int Correct { get; private init; }
    public int RightAidType { get; private init; }

    /// <summary>How often each expected aid type came out as each found one, over the correct events.</summary>
    public IReadOnlyDictionary<(string Expected, string Found), int> AidTypes { get; private init; } = new Dictionary<(string, string), int>();
    public int RightSources { get; private init; }

    /// <summary>
    /// The alerts a webhook with the default filter would get (events with an amount; amount-less events are stored,
    /// not alerted): how many announcements one reached, and how many went out for nothing expected.
    /// </summary>
    public int AlertedAnnouncements { get; private init; }
    public int OtherAlerts { get; private init; }
    public IReadOnlyList<string> Missed { get; private init; } = [];

    /// <summary>The announcements no stored event matched, in the order of <see cref="Missed"/>.</summary>
    public IReadOnlyList<ExpectedEvent> MissedEvents { get; private init; } = [];
    public IReadOnlyList<string> Spurious { get; private init; } = [];

    /// <summary>
    /// Per kind of document: the announcements expected (under the kind of their first report) and how many were found,
    /// the events stored (under the kind of their first source) and how many of those are right. The two right counts
    /// differ when a statement's announcement is first stored from a fact sheet, so precision and recall stay within 1.
    /// </summary>
    public IReadOnlyDictionary<string, (int Expected, int ExpectedFound, int Found, int FoundRight)> ByKind { get; private init; } = new Dictionary<string, (int, int, int, int)>();

    public double Precision => PrecisionOf(Found, Correct);
    public double Recall => RecallOf(Expected, Correct);
    public double F1 => F1Of(Precision, Recall);

    private static double PrecisionOf(int found, int correct) => found == 0 ? 1 : (double)correct / found;
    private static double RecallOf(int expected, int correct) => expected == 0 ? 1 : (double)correct / expected;
    private static double F1Of(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <summary>
    /// Scores <paramref name="stored"/> events (with the articles each has as <paramref name="sources"/>);
    /// article ids are 1 + the fixture's index in <paramref name="fixtures"/>.
    /// </summary>
    public static EventBenchReport Score(IReadOnlyList<EventFixture> fixtures, IReadOnlyList<ScoredEvent> stored, IReadOnlyDictionary<long, HashSet<long>> sources)
    {
        // The last report of an announcement with a sum is the truth (a correction supersedes the first figure; a report
        // without one names no figure).
        var gold = fixtures.SelectMany((f, i) => f.Expected.Select(e => (Event: e, Article: (long)i + 1)))
            .GroupBy(x => x.Event.Key)
            .Select(g => (Event: g.Select(x => x.Event).LastOrDefault(e => e.AmountUsd is not null) ?? g.Last().Event, Sources: g.Select(x => x.Article).ToHashSet()))
            .ToList();
        var unmatched = stored.ToList();
        int correct = 0, rightType = 0, rightSources = 0, alerted = 0;
        var missed = new List<string>();
        var missedEvents = new List<ExpectedEvent>();
        var kinds = new Dictionary<string, (int Expected, int ExpectedFound, int Found, int FoundRight)>();
        string KindOf(long article) => fixtures[(int)article - 1].Kind ?? "fixture";
        string FixtureOf(long article) => fixtures[(int)article - 1].Id;
        long? FirstSource(long eventId) => sources.GetValueOrDefault(eventId) is { Count: > 0 } src ? src.Min() : null;
        void Count(string kind, int expected, int expectedFound, int found, int foundRight)
        {
            var k = kinds.GetValueOrDefault(kind);
            kinds[kind] = (k.Expected + expected, k.ExpectedFound + expectedFound, k.Found + found, k.FoundRight + foundRight);
        }
        string StoredKind(ScoredEvent s) => FirstSource(s.Id) is { } first ? KindOf(first) : "fixture";
        foreach (var s in stored)
            Count(StoredKind(s), 0, 0, 1, 0);
        var types = new Dictionary<(string Expected, string Found), int>();
        // Announcements with an amount choose first: an amount-less one matches any sum, and going first it would
        // take the stored event that an announcement of that very sum needs.
        foreach (var (e, articles) in gold.OrderBy(g => g.Event.AmountUsd is null))
        {
            var kind = KindOf(articles.Min());
            Count(kind, 1, 0, 0, 0);
            var hit = unmatched.Where(s => Matches(e, s)).MinBy(s => DayDistance(e, s));
            if (hit is null)
            {
                missed.Add($"{Describe(e)}  [{FixtureOf(articles.Min())}]");
                missedEvents.Add(e);
                continue;
            }
            unmatched.Remove(hit);
            correct++;
            if (hit.AmountUsd is not null) alerted++;
            Count(kind, 0, 1, 0, 0);
            Count(StoredKind(hit), 0, 0, 0, 1);
            if (hit.AidType == e.AidType) rightType++;
            types[(e.AidType, hit.AidType)] = types.GetValueOrDefault((e.AidType, hit.AidType)) + 1;
            if (sources.GetValueOrDefault(hit.Id)?.SetEquals(articles) == true) rightSources++;
        }
        return new EventBenchReport
        {
            Expected = gold.Count, Found = stored.Count, Correct = correct, RightAidType = rightType, RightSources = rightSources,
            AlertedAnnouncements = alerted, OtherAlerts = unmatched.Count(s => s.AmountUsd is not null),
            Missed = missed,
            MissedEvents = missedEvents,
            Spurious = unmatched.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Donor}->{s.Recipient} {s.Measure} {s.AidType} usd={s.AmountUsd?.ToString("G4", CultureInfo.InvariantCulture) ?? "-"} {s.AnnouncedOn} \"{s.Evidence}\"  [{(FirstSource(s.Id) is { } first ? FixtureOf(first) : "?")}]")).ToList(),
            ByKind = kinds,
            AidTypes = types,
        };
    }

    public string Format(string name)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"{name}: expected {Expected}, found {Found}, correct {Correct}");
        sb.AppendLine(ci, $"  precision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}");
        sb.AppendLine(ci, $"  of the correct events: aid type right {RightAidType}/{Correct}, exact sources {RightSources}/{Correct}");
        sb.AppendLine(ci, $"  alerts (default webhook: events with an amount): {AlertedAnnouncements} of {Expected} announcements alerted, {OtherAlerts} other alerts");
        if (AidTypes.Any(t => t.Key.Expected != t.Key.Found))
            sb.AppendLine(ci, $"  aid types, expected -> found: {string.Join(", ", AidTypes.OrderByDescending(t => t.Value).Select(t => $"{t.Key.Expected} -> {t.Key.Found} {t.Value}"))}");
        if (ByKind.Count > 1 || !ByKind.ContainsKey("fixture"))
            foreach (var (kind, (expected, expectedFound, found, foundRight)) in ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                var (p, r) = (PrecisionOf(found, foundRight), RecallOf(expected, expectedFound));
                sb.AppendLine(ci, $"  {kind,-12} expected {expected,3} found {found,3} correct {expectedFound,3}/{foundRight,-3} P {p:F3} R {r:F3} F1 {F1Of(p, r):F3}");
            }
        foreach (var m in Missed) sb.AppendLine(ci, $"  missed:   {m}");
        foreach (var s in Spurious) sb.AppendLine(ci, $"  spurious: {s}");
        return sb.ToString();
    }

    // Codes of bodies are written in either case ("AfDB", "AFDB" for the African Development Bank): the same party.
    private static bool Matches(ExpectedEvent e, ScoredEvent s) =>
        string.Equals(e.Donor, s.Donor, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Recipient, s.Recipient, StringComparison.OrdinalIgnoreCase) && e.Measure == s.Measure && DayDistance(e, s) <= DateSlackDays
        && (e.AmountUsd is not { } want || s.AmountUsd is { } got && AidEventExtractor.AmountsAgree(want, (decimal)got, AmountSlack)
            // "10 billion Norwegian crowns": the sum as written, whatever exchange rate each side used to value it in dollars.
            || s.Amount is { } native && e.NativeAmounts.Any(n => n.Currency == s.Currency && AidEventExtractor.AmountsAgree(n.Amount, (decimal)native, AmountSlack)));

    private static int DayDistance(ExpectedEvent e, ScoredEvent s) =>
        Math.Abs(DateOnly.ParseExact(e.AnnouncedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber
            - DateOnly.ParseExact(s.AnnouncedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber);

    private static string Describe(ExpectedEvent e) => string.Create(CultureInfo.InvariantCulture,
        $"{e.Key}: {e.Donor}->{e.Recipient} {e.Measure} {e.AidType} usd={e.AmountUsd?.ToString("G4", CultureInfo.InvariantCulture) ?? "-"} {e.AnnouncedOn}");
}

/// <summary>A stored event as the benchmark sees it.</summary>
public sealed record ScoredEvent
{
    public long Id { get; init; }
    public string Donor { get; init; } = "";
    public string Recipient { get; init; } = "";
    public string Measure { get; init; } = "";
    public string AidType { get; init; } = "";
    public double? Amount { get; init; }
    public string? Currency { get; init; }
    public double? AmountUsd { get; init; }
    public string AnnouncedOn { get; init; } = "";
    public string Evidence { get; init; } = "";
}
