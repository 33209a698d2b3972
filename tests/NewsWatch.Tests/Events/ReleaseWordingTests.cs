using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

/// <summary>
/// Who receives and what is announced in the wordings of the fourteenth blind round: the country a giver provides with aid,
/// a country named only in an aside, and a sum a speaker calls new in the first person. Sentences written here.
/// </summary>
public sealed class ReleaseWordingTests
{
    private static readonly DateTimeOffset Published = new(2024, 6, 13, 15, 0, 0, TimeSpan.Zero);

    private static readonly AidParty UnitedStates = new("US", "United States");

    private static IReadOnlyList<AidEventCandidate> NewAid(string text, Func<MentionsBuilder, MentionsBuilder> tag, AidParty? publisher = null) =>
        EventsTestHost.NewAidFrom(text, Published, tag, publisher);

    [Fact]
    public void Whom_the_giver_provides_with_aid_receives_it()
    {
        const string text = "The aid agency's head today announced that the agency will provide Armenia with $25 million in energy assistance, "
            + "as shelling on the Azerbaijani border has cut power lines across the south.";
        var e = Assert.Single(NewAid(text, m => m.Country("Armenia", "AM", "Armenia").Amount("$25 million", 2.5e7m, "USD", 2.5e7m)
            .Country("Azerbaijani", "AZ", "Azerbaijan"), UnitedStates));
        Assert.Equal(("US", "AM"), (e.Donor.Code, e.Recipient.Code));
    }

    [Theory]
    [InlineData("In Georgia, whose ports have handled grain bound for Ukrainian farms, the Department will provide $40 million for coast guard boats.")]
    [InlineData("The Council today approved $40 million in new support for Georgia's army from the peace fund, a fund better known for paying for weapons for Ukrainian troops.")]
    public void A_country_named_only_in_an_aside_is_not_the_one_aided(string text)
    {
        var e = Assert.Single(NewAid(text, m => m.Country("Georgia", "GE", "Georgia").Country("Ukrainian", "UA", "Ukraine")
            .Amount("$40 million", 4e7m, "USD", 4e7m), UnitedStates));
        Assert.Equal("GE", e.Recipient.Code);
    }

    [Fact]
    public void A_sum_the_speaker_calls_new_aid_is_announced()
    {
        const string text = "I also told the President about $150 million in new humanitarian assistance for Ukrainian families.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$150 million", 1.5e8m, "USD", 1.5e8m).Country("Ukrainian", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("US", "UA", 1.5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Where_the_trainers_work_is_no_aside_the_trainees_country_receives()
    {
        const string text = "The Prime Minister today announced that the Defence Force will extend its deployment of up to 80 personnel to the United Kingdom, "
            + "where they train Ukrainian soldiers in infantry skills and combat first aid, until the end of next year.";
        var e = Assert.Single(NewAid(text, m => m.Country("United Kingdom", "GB", "United Kingdom").Country("Ukrainian", "UA", "Ukraine"), new AidParty("NZ", "New Zealand")));
        Assert.Equal("UA", e.Recipient.Code);
    }

    [Fact]
    public void Notifying_congress_of_the_intent_to_make_fmf_available_announces_it()
    {
        const string text = "The Department of State today notified Congress of its intent to provide $60 million in Foreign Military Financing to Georgia to strengthen its air defense and border security.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$60 million", 6e7m, "USD", 6e7m).Country("Georgia", "GE", "Georgia"), UnitedStates));
        Assert.Equal(("US", "GE", 6e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }
}
