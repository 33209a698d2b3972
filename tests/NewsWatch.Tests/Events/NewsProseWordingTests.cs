using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// News prose from the twenty-fourth blind round (holdout79), read again after its first run: givers named after an opening
/// adverbial, reported pledges in the past progressive or with "make available", sums under negotiation, an earlier offer,
/// the day of a disaster beside the day of the pledge, and a headline that names the recipient and then a giver. Stories
/// written here; dated Thursday 2024-06-13.
/// </summary>
public sealed class NewsProseWordingTests
{
    [Fact]
    public void A_giver_named_after_an_opening_adverbial_gives_its_own_sum()
    {
        const string text = "Hours later the United Arab Emirates said it would contribute $60 million of its own to rebuild schools and clinics in Nepal's hill districts.";
        var e = Assert.Single(NewAid(text, m => m.Country("United Arab Emirates", "AE", "United Arab Emirates").Amount("$60 million", 6e7m, "USD").Country("Nepal", "NP", "Nepal")));
        Assert.Equal(("AE", "NP", 6e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_lender_that_said_it_would_make_a_sum_available_pledges_it()
    {
        const string text = "The World Bank said on Thursday it would make $900 million available to Morocco for relief and rebuilding after the earthquake.";
        var e = Assert.Single(NewAid(text, m => m.Date("Thursday", "2024-06-13").Amount("$900 million", 9e8m, "USD").Country("Morocco", "MA", "Morocco")));
        Assert.Equal(("WB", "MA", 9e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_giver_that_said_it_was_releasing_a_sum_and_stood_ready_to_do_more_if_asked_pledges_it()
    {
        const string text = "Floods swept across southern Malawi this week. The European Union said separately that it was releasing an initial "
            + "2 million euros in humanitarian funding for Malawi, and that it stood ready to do more if asked.";
        var e = Assert.Single(NewAid(text, m => m.Country("Malawi", "MW", "Malawi").Amount("2 million euros", 2e6m, "EUR", 2.2e6m)));
        Assert.Equal(("EU", "MW", 2e6m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_giver_that_would_give_its_share_of_a_conference_total_gives_that_share()
    {
        const string text = "Donors meeting by video link on Thursday pledged 120 million euros for Lebanon. "
            + "The French president, who co-hosted the meeting, said France would give 25 million euros of that total.";
        var e = Assert.Single(NewAid(text, m => m.Amount("120 million euros", 1.2e8m, "EUR", 1.3e8m).Date("Thursday", "2024-06-13").Country("Lebanon", "LB", "Lebanon")
            .Country("France", "FR", "France").Amount("25 million euros", 2.5e7m, "EUR", 2.7e7m)));
        Assert.Equal(("FR", "LB", 2.5e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Theory]
    [InlineData("EU finance ministers are discussing a further 4 billion euros in loans for Ukraine, but approval is not expected before autumn.", "4 billion euros", 4e9)]
    [InlineData("Ukraine's grid operator is in talks with the European Investment Bank over a loan of up to 200 million euros for Ukraine's substations.", "200 million euros", 2e8)]
    public void A_sum_under_negotiation_is_no_aid(string text, string sum, double amount)
    {
        var events = NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount(sum, (decimal)amount, "EUR", (decimal)amount * 1.08m));
        Assert.Empty(events);
    }

    [Fact]
    public void An_initial_offer_named_in_a_relative_clause_is_no_new_pledge()
    {
        const string text = "Japan said on Thursday it would send a medical team to the Philippines, while China, whose initial offer of $200,000 "
            + "drew criticism, has not said whether it will give more.";
        var events = NewAid(text, m => m.Country("Japan", "JP", "Japan").Date("Thursday", "2024-06-13").Country("Philippines", "PH", "Philippines")
            .Country("China", "CN", "China").Amount("$200,000", 2e5m, "USD"));
        Assert.DoesNotContain(events, e => e.Amount == 2e5m);
    }

    [Fact]
    public void The_day_a_disaster_struck_is_not_the_day_of_the_pledge()
    {
        const string text = "The World Bank has committed $1.2 billion to help Morocco recover from Monday's earthquake, announcing the package on Thursday.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$1.2 billion", 1.2e9m, "USD").Country("Morocco", "MA", "Morocco").Date("Monday", "2024-06-10")
            .Date("Thursday", "2024-06-13")));
        Assert.Equal(new DateOnly(2024, 6, 13), e.AnnouncedOn);
    }

    [Fact]
    public void A_headline_naming_where_flights_arrive_and_then_a_giver_names_the_recipient()
    {
        const string title = "First relief flights reach Malawi, Britain pledges £4m";
        const string text = "An Indian Air Force transport plane carrying 30 tonnes of tents and medicines landed in Lilongwe on Thursday. "
            + "Britain said on Thursday it would provide £4m for emergency shelter and clean water, to be channelled through the Red Cross.";
        var events = NewAidUnder(title, m => m.Country("Malawi", "MW", "Malawi").Country("Britain", "GB", "United Kingdom").Amount("£4m", 4e6m, "GBP", 5.3e6m),
            text, m => m.Country("Indian", "IN", "India").Date("Thursday", "2024-06-13").Country("Britain", "GB", "United Kingdom").Date("Thursday", "2024-06-13")
                .Amount("£4m", 4e6m, "GBP", 5.3e6m));
        var pledge = Assert.Single(events, e => e.Donor.Code == "GB");
        Assert.Equal("MW", pledge.Recipient.Code);
    }

    [Fact]
    public void The_Islamic_Development_Bank_gives_in_its_own_name()
    {
        const string text = "The Islamic Development Bank said on Thursday it would provide $500 million to Pakistan for flood reconstruction.";
        var e = Assert.Single(NewAid(text, m => m.Date("Thursday", "2024-06-13").Amount("$500 million", 5e8m, "USD").Country("Pakistan", "PK", "Pakistan")));
        Assert.Equal(("ISDB", "PK", 5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }
}
