using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// How packages are laid out across a release, as the fourteenth blind round (holdout48 to holdout50, each run once before
/// the rules it prompted) showed: counted packages, parts separated by item lists, and items sent as part of a package
/// announced with its sum. Sentences written here.
/// </summary>
public sealed class PackageLayoutTests
{
    [Theory]
    [InlineData("After meeting the Prime Minister, the Secretary announced two new tranches of U.S. assistance.", true)]
    [InlineData("Ministers approved three separate grants for the region on Monday.", true)]
    [InlineData("The two packages announced last year have been delivered.", false)]
    public void A_sentence_that_announces_a_number_of_packages_is_read(string sentence, bool counts) =>
        Assert.Equal(counts, SentenceCues.AnnouncesCountedPackages(sentence));

    [Fact]
    public void Numbered_packages_after_a_counted_announcement_are_each_announced_and_none_is_a_part()
    {
        // The first reads as a recap on its own ("which the Secretary authorized this morning").
        const string text = "In Kyiv today, the Secretary of State announced two new tranches of assistance for Ukraine. "
            + "The first is a drawdown of equipment from Pentagon stocks worth $120 million, which the Secretary authorized this morning. "
            + "It includes ammunition for rocket launchers and mine-clearing gear. "
            + "The second, run by USAID, provides $90 million in humanitarian assistance for families near the front line.";
        var events = NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$120 million", 1.2e8m, "USD", 1.2e8m)
            .Amount("$90 million", 9e7m, "USD", 9e7m), UnitedStates);
        Assert.Equal([9e7m, 1.2e8m], events.Select(e => e.Amount).Order());
        Assert.All(events, e => Assert.Equal(("US", "UA", AidSentenceLabel.Pledge), (e.Donor.Code, e.Recipient.Code, e.Measure)));
    }

    [Fact]
    public void Parts_of_a_package_separated_by_a_list_of_items_are_still_its_parts()
    {
        const string text = "The Department of Defense today announced a $1.3 billion package of security assistance for Ukraine in two parts. "
            + "The first part, a drawdown worth $300 million from U.S. stocks, includes:\n"
            + "- Interceptors for air defense systems;\n- Artillery ammunition;\n- Anti-armor missiles;\n- Small arms and ammunition.\n"
            + "The second part, $1 billion from the Ukraine Security Assistance Initiative, will put contracts in place for interceptors.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$1.3 billion", 1.3e9m, "USD", 1.3e9m).Country("Ukraine", "UA", "Ukraine")
            .Amount("$300 million", 3e8m, "USD", 3e8m).Amount("$1 billion", 1e9m, "USD", 1e9m), UnitedStates));
        Assert.Equal((1.3e9m, 2), (e.Amount, e.Parts.Count));
    }

    [Fact]
    public void Items_sent_as_part_of_a_package_announced_with_its_sum_carry_that_sum()
    {
        const string text = "Canada will send 20 more armoured vehicles to Ukraine as part of a C$90 million military package announced by "
            + "Defence Minister Bill Blair on Friday.";
        var e = Assert.Single(NewAid(text, m => m.Country("Canada", "CA", "Canada").Country("Ukraine", "UA", "Ukraine")
            .Amount("C$90 million", 9e7m, "CAD", 6.48e7m)));
        Assert.Equal(("CA", "UA", 9e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_pot_the_items_come_from_is_still_no_sum_of_the_announcement()
    {
        const string text = "The United States will send Ukraine 30 more armoured vehicles, part of a $61 billion package approved by Congress in April.";
        var e = Assert.Single(NewAid(text, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$61 billion", 6.1e10m, "USD", 6.1e10m)));
        Assert.Null(e.Amount);
    }

    [Fact]
    public void A_package_whose_parts_will_reach_the_front_at_different_times_is_announced()
    {
        const string text = "The Pentagon today announced a $900 million package for Ukraine made up of two parts that will reach the front on different timelines.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$900 million", 9e8m, "USD", 9e8m).Country("Ukraine", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(9e8m, e.Amount);
    }

    [Fact]
    public void A_sum_added_after_a_long_including_clause_is_a_package_of_its_own()
    {
        const string text = "The United States announced that it will provide $60 million to help Armenia expand its power grid, including through new "
            + "substations and storage, as well as $20 million in budget support for the government.";
        var events = NewAid(text, m => m.Country("United States", "US", "United States").Amount("$60 million", 6e7m, "USD", 6e7m)
            .Country("Armenia", "AM", "Armenia").Amount("$20 million", 2e7m, "USD", 2e7m));
        Assert.Equal([2e7m, 6e7m], events.Select(e => e.Amount).Order());
    }

    [Fact]
    public void A_package_totaling_a_sum_is_worth_that_sum()
    {
        const string text = "The Department of Defense announced today a combined package of security assistance for Ukraine totaling $1.8 billion, "
            + "made up of a drawdown and a procurement package.";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$1.8 billion", 1.8e9m, "USD", 1.8e9m), UnitedStates));
        Assert.Equal(1.8e9m, e.Amount);
    }

    [Fact]
    public void A_sum_split_among_named_recipients_is_one_event_each_and_lends_none_of_them_to_the_next_sentence()
    {
        const string text = "In Kyiv today, the Secretary said that the Department of State is committing $700 million in Foreign Military Financing "
            + "to strengthen the defense of Ukraine and two neighbors. Of that amount, $600 million will go to Ukraine to bring in NATO-standard systems; "
            + "$60 million will support Moldova's border security; and $40 million will help Georgia train its forces. "
            + "On the same day, the Secretary of Defense, meeting the Ukraine Defense Contact Group, announced a drawdown of up to $500 million.";
        var events = NewAid(text, m => m.Amount("$700 million", 7e8m, "USD", 7e8m).Country("Ukraine", "UA", "Ukraine")
            .Amount("$600 million", 6e8m, "USD", 6e8m).Amount("$60 million", 6e7m, "USD", 6e7m).Country("Moldova", "MD", "Moldova")
            .Amount("$40 million", 4e7m, "USD", 4e7m).Country("Georgia", "GE", "Georgia").Amount("$500 million", 5e8m, "USD", 5e8m), UnitedStates);
        Assert.Contains(events, e => (e.Recipient.Code, e.Amount) == ("MD", 6e7m));
        Assert.Contains(events, e => (e.Recipient.Code, e.Amount) == ("GE", 4e7m));
        Assert.Contains(events, e => (e.Recipient.Code, e.Amount) == ("UA", 6e8m));
        Assert.DoesNotContain(events, e => e.Donor.Code == "NATO");
        Assert.DoesNotContain(events, e => e.Amount == 5e8m && e.Recipient.Code != "UA");
    }

    [Fact]
    public void Shares_of_an_announced_sum_in_the_next_sentence_are_one_event_per_recipient_and_replace_the_total()
    {
        // The share sentence reads as no announcement on its own; the shares are announced with the sum just named.
        const string text = "Today, the Minister of International Development announced that Canada is providing $12 million in emergency assistance "
            + "after the floods of early June in Georgia and Armenia. "
            + "Of this amount, $8 million will support the relief effort in Georgia, where the Red Cross is running shelters, "
            + "and $4 million will help families in northern Armenia.";
        var canada = new AidParty("CA", "Canada");
        var events = NewAid(text, m => m.Country("Canada", "CA", "Canada").Amount("$12 million", 1.2e7m, "CAD", 8.9e6m).Country("Georgia", "GE", "Georgia")
            .Country("Armenia", "AM", "Armenia").Amount("$8 million", 8e6m, "CAD", 5.9e6m).Amount("$4 million", 4e6m, "CAD", 3e6m), canada);
        Assert.Equal([("AM", 4e6m), ("GE", 8e6m)], events.Select(e => (e.Recipient.Code, e.Amount!.Value)).Order());
        Assert.All(events, e => Assert.Equal("CA", e.Donor.Code));
    }

    [Fact]
    public void Sums_that_happen_to_add_up_are_no_total_when_each_has_its_own_giver()
    {
        const string text = "The European Union announced 300 million euros in humanitarian assistance, Germany pledged 200 million euros and France, "
            + "which co-hosted the meeting with Berlin and Brussels, committed 100 million euros for Sudan.";
        var events = NewAid(text, m => m.Country("European Union", "EU", "European Union").Amount("300 million euros", 3e8m, "EUR", 3.39e8m)
            .Country("Germany", "DE", "Germany").Amount("200 million euros", 2e8m, "EUR", 2.26e8m).Country("France", "FR", "France")
            .Amount("100 million euros", 1e8m, "EUR", 1.13e8m).Country("Sudan", "SD", "Sudan"));
        Assert.Equal([("DE", 2e8m), ("EU", 3e8m), ("FR", 1e8m)], events.Select(e => (e.Donor.Code, e.Amount ?? 0)).Order());
    }

    [Fact]
    public void A_part_the_department_is_providing_after_first_is_no_package_of_its_own()
    {
        const string text = "Today the United States is announcing $2.5 billion in security assistance for Ukraine. "
            + "First, the Department is providing $1.25 billion in capabilities under the Presidential Drawdown Authority. "
            + "Second, $1.25 billion will come through the Ukraine Security Assistance Initiative.";
        var events = NewAid(text, m => m.Amount("$2.5 billion", 2.5e9m, "USD", 2.5e9m).Country("Ukraine", "UA", "Ukraine").Date("Today", "2024-06-13")
            .Amount("$1.25 billion", 1.25e9m, "USD", 1.25e9m), UnitedStates);
        Assert.Equal(2.5e9m, Assert.Single(events).Amount);
    }
}
