using NewsWatch.Entities;
using NewsWatch.Entities.People;

namespace NewsWatch.Events;

/// <summary>
/// The donor and recipient candidates of one sentence: its COUNTRY mentions, the bodies and capitals of
/// <see cref="PartyGazetteer"/>, and office holders, who speak for their country ("Biden announced" is the US).
/// </summary>
public sealed class SentenceParties(OfficeHolders? holders = null)
{
    private static readonly AidParty Belgium = new("BE", "Belgium");

    /// <param name="mentions">The article's mentions that lie inside <paramref name="span"/>.</param>
    public List<PartyMatch> Find(string text, Range span, IEnumerable<EntityMention> mentions, DateOnly published)
    {
        var found = new List<PartyMatch>();
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Person && holders?.FindInOffice(m.Value?.Name ?? m.Text, published) is { } holder
                && PublisherResolver.Party(holder.Country) is { } speaksFor)
                found.Add(new PartyMatch(speaksFor, m.Start, m.End, PartySource.OfficeHolder));
            if (m.Type != EntityType.Country || m.Value?.Iso2 is not { Length: > 0 } iso2) continue;
            found.Add(new PartyMatch(new AidParty(iso2, m.Value.Name ?? m.Text), m.Start, m.End, PartySource.CountryMention));
        }
        foreach (var g in PartyGazetteer.Find(text, span.Start.Value, span.End.Value))
        {
            var overlapping = found.Where(f => f.Start < g.End && g.Start < f.End).ToList();
            if (overlapping.Count == 0) found.Add(g);
            else if (g.Source == PartySource.Body)
            {
                // "European Union" or "United Nations" may come back from the tagger as a country-ish span; the body wins.
                found.RemoveAll(overlapping.Contains);
                found.Add(g);
            }
        }
        // "Belgium and Ukraine signed ... under which Brussels will provide €977 million": beside Belgium, Brussels is its capital.
        if (found.Any(f => f.Party.Code == Belgium.Code))
            for (var k = 0; k < found.Count; k++)
                if (found[k].Party.Code == "EU" && text.AsSpan(found[k].Start, found[k].End - found[k].Start).SequenceEqual("Brussels")) found[k] = found[k] with { Party = Belgium };
        // Overlapping mentions (a country inside a longer one) would make the text between two parties negative: the longer stays.
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<PartyMatch>(found.Count);
        foreach (var f in found)
            if (kept.Count == 0 || f.Start >= kept[^1].End) kept.Add(f);
        return kept;
    }
}
