using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// News of several givers in one sentence, from the twenty-fourth blind round (holdout79): each sum's giver named before it
/// in many ways, or after it, a crowd of world leaders, a running total between two gifts, and a sum the giver already had
/// under way. Stories written here; dated Thursday 2024-06-13.
/// </summary>
public sealed class PledgingRoundWordingTests
{
    private static string Givers(IEnumerable<AidEventCandidate> events) =>
        string.Join(" ", events.OrderBy(e => e.Donor.Code).Select(e => $"{e.Donor.Code}>{e.Recipient.Code}:{e.Amount}{e.Currency}"));

    [Fact]
    public void A_lender_that_said_a_day_later_it_would_lend_another_sum_gives_its_own()
    {
        const string text = "MANILA - The Asian Development Bank said on Wednesday it would make $200 million in emergency grants available to Nepal, "
            + "while the World Bank said a day later that it would lend the government another $200 million on soft terms.";
        var events = NewAid(text, m => m.Date("Wednesday", "2024-06-12").Amount("$200 million", 2e8m, "USD").Country("Nepal", "NP", "Nepal"));
        Assert.Equal("ADB>NP:200000000USD WB>NP:200000000USD", Givers(events));
    }

    [Fact]
    public void A_giver_saying_it_would_give_and_one_that_announced_each_give_their_sum()
    {
        const string text = "Kuwait made the biggest single offer, saying it would give $500 million toward rebuilding schools and clinics in Yemen, "
            + "while Qatar announced $150 million for the same purpose.";
        var events = NewAid(text, m => m.Country("Kuwait", "KW", "Kuwait").Amount("$500 million", 5e8m, "USD").Country("Yemen", "YE", "Yemen")
            .Country("Qatar", "QA", "Qatar").Amount("$150 million", 1.5e8m, "USD"));
        Assert.Equal("KW>YE:500000000USD QA>YE:150000000USD", Givers(events));
    }

    [Fact]
    public void World_leaders_total_is_nobodys_and_the_giver_named_after_it_gives_its_own()
    {
        const string text = "LONDON - World leaders pledged more than $6 billion on Thursday to help Sudanese families uprooted by two years of war, "
            + "with France offering 1.1 billion euros through 2026, the largest single contribution.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$6 billion", 6e9m, "USD").Date("Thursday", "2024-06-13").Country("Sudanese", "SD", "Sudan")
            .Country("France", "FR", "France").Amount("1.1 billion euros", 1.1e9m, "EUR", 1.19e9m)));
        Assert.Equal(("FR", "SD", 1.1e9m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_running_total_between_two_gifts_is_nobodys_and_each_gift_keeps_its_giver()
    {
        const string text = "The host prime minister said Britain would give an extra £400 million to Sudan by 2026, bringing its total commitment "
            + "to the crisis to £900 million, while the secretary of state announced $600 million in new humanitarian aid from the United States.";
        var events = NewAid(text, m => m.Country("Britain", "GB", "United Kingdom").Amount("£400 million", 4e8m, "GBP", 5.3e8m).Country("Sudan", "SD", "Sudan")
            .Amount("£900 million", 9e8m, "GBP", 1.2e9m).Amount("$600 million", 6e8m, "USD").Country("United States", "US", "United States"));
        Assert.Equal("GB>SD:400000000GBP US>SD:600000000USD", Givers(events));
    }

    [Fact]
    public void Projects_worth_a_sum_a_lender_already_has_under_way_are_no_new_package()
    {
        const string text = "The World Bank said on Thursday it would give Malawi $50 million in emergency grants after the floods. "
            + "The grant, which comes on top of projects worth $320 million that the bank already has under way in Malawi, will go mainly to rebuilding bridges and clinics.";
        var e = Assert.Single(NewAid(text, m => m.Date("Thursday", "2024-06-13").Country("Malawi", "MW", "Malawi").Amount("$50 million", 5e7m, "USD")
            .Amount("$320 million", 3.2e8m, "USD")));
        Assert.Equal(("WB", "MW", 5e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_givers_share_and_a_ministry_that_names_its_own_sum_each_give()
    {
        const string text = "The Qatari share, $30 million, will be channelled through UNICEF to buy water pumps for Somalia, "
            + "while the Kuwaiti foreign ministry said its $20 million would fund clinics in the south.";
        var events = NewAid(text, m => m.Country("Qatari", "QA", "Qatar").Amount("$30 million", 3e7m, "USD").Country("Somalia", "SO", "Somalia")
            .Country("Kuwaiti", "KW", "Kuwait").Amount("$20 million", 2e7m, "USD"));
        Assert.Equal("KW>SO:20000000USD QA>SO:30000000USD", Givers(events));
    }

    [Fact]
    public void A_fund_that_had_on_a_weekday_allocated_a_sum_and_a_giver_that_announced_another_each_give()
    {
        const string text = "The United Nations had on Tuesday allocated $8 million from its emergency fund to agencies working in Malawi, "
            + "while Ireland announced on Wednesday that it would give up to 5 million euros for shelter and clean water.";
        var events = NewAid(text, m => m.Date("Tuesday", "2024-06-11").Amount("$8 million", 8e6m, "USD").Country("Malawi", "MW", "Malawi")
            .Country("Ireland", "IE", "Ireland").Date("Wednesday", "2024-06-12").Amount("5 million euros", 5e6m, "EUR", 5.4e6m));
        Assert.Equal("IE>MW:5000000EUR UN>MW:8000000USD", Givers(events));
    }

    [Fact]
    public void A_giver_named_just_after_a_crowds_pledge_gives_to_the_crowds_recipient()
    {
        const string text = "GENEVA - Donor governments pledged more than $2 billion on Thursday to help Afghans through a second winter of drought. "
            + "Officials said the money would reach families before the snow. "
            + "Denmark, one of the hosts, pledged about 500 million Danish crowns ($72 million) over three years, its development minister said. "
            + "Aid agencies warned that more families were leaving for Pakistan.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$2 billion", 2e9m, "USD").Date("Thursday", "2024-06-13").Country("Afghans", "AF", "Afghanistan")
            .Country("Denmark", "DK", "Denmark").Amount("500 million Danish crowns", 5e8m, "DKK", 7.2e7m).Amount("$72 million", 7.2e7m, "USD")
            .Country("Pakistan", "PK", "Pakistan")));
        Assert.Equal(("DK", "AF", 5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_givers_own_forces_receiving_funding_is_no_gift_to_the_country_the_story_is_about()
    {
        const string text = "For continued military support to Ukraine, the cabinet has reserved 2 billion crowns for 2025, as in earlier years. "
            + "What is delivered from it will be decided during the year together with Ukraine and its partners. "
            + "The Danish armed forces themselves will receive additional funding for air defence, including a new order of Patriot missiles, "
            + "and for new infantry fighting vehicles in the coming years.";
        var events = NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("2 billion crowns", 2e9m, "DKK", 2.9e8m).Date("2025", "2025")
            .Country("Ukraine", "UA", "Ukraine").Country("Danish", "DK", "Denmark"));
        Assert.DoesNotContain(events, e => e.Evidence.Contains("armed forces", StringComparison.Ordinal));
    }
}
