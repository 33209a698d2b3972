using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

/// <summary>What the wording tests share: one publication moment, the United States as publisher, and the real extractor over a sentence.</summary>
internal static class AidWording
{
    public static readonly DateTimeOffset Published = new(2024, 6, 13, 15, 0, 0, TimeSpan.Zero);

    public static readonly AidParty UnitedStates = new("US", "United States");

    public static IReadOnlyList<AidEventCandidate> NewAid(string text, Func<MentionsBuilder, MentionsBuilder> tag, AidParty? publisher = null) =>
        EventsTestHost.NewAidFrom(text, Published, tag, publisher);

    /// <summary>The new aid of a story under a headline, both tagged as marked (offsets into each).</summary>
    public static IReadOnlyList<AidEventCandidate> NewAidUnder(string title, Func<MentionsBuilder, MentionsBuilder> tagTitle, string text,
        Func<MentionsBuilder, MentionsBuilder> tag, AidParty? publisher = null) =>
        EventsTestHost.Extractor().Extract(
            new ArticleForEvents(1, "https://example.test/a", title, text, Published, publisher, tagTitle(new MentionsBuilder(title)).Build()),
            tag(new MentionsBuilder(text)).Build()).Where(c => !c.IsRecap).ToList();
}
