using System.Globalization;
using System.Text.RegularExpressions;
using NewsWatch.Common;
using NewsWatch.Entities;

namespace NewsWatch.Events.Evaluation;

/// <summary>
/// Sentences of the fixture sets (<c>tests/NewsWatch.Tests/Fixtures/Events</c>, news and official releases written for
/// NewsWatch) labelled for the aid classifier from each document's gold events, so it learns the many ways the sets word
/// an announcement and its look-alikes.
/// </summary>
/// <remarks>
/// Only sentences with a marked sum are labelled: one that names the sum of a gold event of its document is that event's
/// measure (pledge or delivery); any other is no announcement, and its kind comes from what it says (a request, a halt, a
/// recap; otherwise none). A smaller sum within a few sentences after an announced one is left out: it is usually a part of
/// that package, neither news nor no news on its own. Amountless announcements are left out too, as nothing marks their
/// sentence. Sets numbered from <c>firstHeldOut</c> on are the blind sets that measure the product and never train it.
/// </remarks>
public static partial class FixtureSentences
{
    /// <summary>The first blind set kept out of training: the sets from it on are first measured, never learnt from.</summary>
    public const int DefaultFirstHeldOutSet = 48;

    /// <summary>How many sentences after an announced sum a smaller sum is taken for one of its parts.</summary>
    private const int PartReach = 4;

    /// <summary>Sums within 1% of a gold amount are that amount (the fixtures' conversions are rounded).</summary>
    private const double SameSum = 0.01;

    /// <param name="newsOnly">Only news articles (fixtures without a publisher), not official releases.</param>
    public static IReadOnlyList<LabelledSentence> Load(string root, int firstHeldOutSet = DefaultFirstHeldOutSet, bool newsOnly = true) =>
        Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            .Where(dir => IsTrainingSet(Path.GetFileName(dir), firstHeldOutSet))
            .SelectMany(dir => EventFixture.LoadAll(dir).Where(f => !newsOnly || f.Publisher is null).SelectMany(f => Of(Path.GetFileName(dir), f)))
            .ToList();

    /// <summary>"tune", "holdout" and "holdout2" … "holdout47" train; "holdout48" on do not (with the default).</summary>
    public static bool IsTrainingSet(string name, int firstHeldOutSet) =>
        SetNumber().Match(name) is not { Success: true } m || int.Parse(m.Value, CultureInfo.InvariantCulture) < firstHeldOutSet;

    /// <summary>The labelled sentences of one fixture, grouped by its set and id so a held-out part keeps whole documents.</summary>
    public static IEnumerable<LabelledSentence> Of(string set, EventFixture fixture)
    {
        var golds = fixture.Expected.Where(e => e.AmountUsd is not null).ToList();
        var group = $"{set}/{fixture.Id}";
        var announced = new List<(int Index, decimal Usd)>();
        var rows = new List<(int Index, string Label, string Text, decimal Largest)>();
        var sentences = SentenceSplitter.Split(fixture.Text);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = (sentences[i].Start.Value, sentences[i].End.Value);
            var sums = fixture.GoldMentions.Where(m => m.Type == EntityType.Amount && m.Start >= start && m.End <= end && m.Value?.Usd is not null).ToList();
            if (sums.Count == 0) continue;
            var text = fixture.Text[start..end];
            var largest = sums.Max(m => m.Value!.Usd!.Value);
            if (golds.FirstOrDefault(e => sums.Any(m => AidEventExtractor.AmountsAgree(m.Value!.Usd!.Value, e.AmountUsd!.Value, SameSum))) is { } gold)
            {
                announced.Add((i, gold.AmountUsd!.Value));
                rows.Add((i, gold.Measure == AidSentenceLabel.Delivery ? AidSentenceLabel.Delivery : AidSentenceLabel.Pledge, text, largest));
                continue;
            }
            rows.Add((i, KindOfNonAnnouncement(text, sums.Select(m => fixture.Text[start..m.Start])), text, largest));
        }
        foreach (var (index, label, text, largest) in rows)
        {
            var isPart = label is not (AidSentenceLabel.Pledge or AidSentenceLabel.Delivery)
                && announced.Any(a => index > a.Index && index - a.Index <= PartReach && largest < a.Usd);
            if (!isPart) yield return new LabelledSentence(label, text, group);
        }
    }

    /// <summary>What a sentence with a sum that announces nothing does with it: asks, halts, recalls, or none of these.</summary>
    private static string KindOfNonAnnouncement(string sentence, IEnumerable<string> leftOfSums) =>
        SentenceCues.NamesRequest(sentence) || SentenceCues.DiscussesOrBudgets(sentence) || Asks().IsMatch(sentence) ? AidSentenceLabel.Appeal
        : SentenceCues.ForeseesOrHalts(sentence) ? AidSentenceLabel.Cut
        : SentenceCues.RecallsEarlierAnnouncement(sentence) || SentenceCues.SetsBesideEarlier(sentence) || SentenceCues.OpensWithRunningTotal(sentence)
          || leftOfSums.Any(left => SentenceCues.IsCumulativeAmount(left) || SentenceCues.CountsSince(left)) ? AidSentenceLabel.PastMention
        : AidSentenceLabel.None;

    /// <summary>"Kyiv has asked allies for a further $5 billion", "the UN appealed for $71 million".</summary>
    [GeneratedRegex(@"\b(?:ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}for|appeal(?:s|ed|ing)?\s+for|call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex SetNumber();
}
