using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// Official releases of governments other than the United States and news of pledging conferences, from the twenty-sixth
/// and twenty-seventh blind rounds (holdout81, holdout82), read after their first runs: shares split among recipients, givers
/// paired with sums "respectively", totals of crowds, lists of how an allocation is spent, loans to ventures, a lender's board,
/// and givers named before their sums in longer ways. Stories written here; dated Thursday 2024-06-13.
/// </summary>
public sealed class DonorRoundWordingTests
{
    private static readonly AidParty Britain = new("GB", "United Kingdom");

    private static string Events(IEnumerable<AidEventCandidate> events) =>
        string.Join(" ", events.OrderBy(e => e.Donor.Code).ThenBy(e => e.Recipient.Code).Select(e => $"{e.Donor.Code}>{e.Recipient.Code}:{e.Amount}"));

    [Fact]
    public void Shares_for_people_inside_one_country_and_for_a_neighbour_are_one_event_each()
    {
        const string text = "I am pleased to announce today that the United Kingdom will provide £50 million in new humanitarian funding for this crisis. "
            + "Of this, £35 million will support people inside Sudan with food and clean water, while £15 million will go to Chad, where refugees have arrived in camps.";
        var events = NewAid(text, m => m.Date("today", "2024-06-13").Country("United Kingdom", "GB", "United Kingdom").Amount("£50 million", 5e7m, "GBP", 6.6e7m)
            .Amount("£35 million", 3.5e7m, "GBP", 4.6e7m).Country("Sudan", "SD", "Sudan").Amount("£15 million", 1.5e7m, "GBP", 2e7m).Country("Chad", "TD", "Chad"), Britain);
        Assert.Equal("GB>SD:35000000 GB>TD:15000000", Events(events));
    }

    [Fact]
    public void Givers_listed_before_sums_given_respectively_each_give_the_sum_of_their_rank()
    {
        const string text = "Lithuania will contribute €12 million to the drone coalition for Ukraine this year, the minister announced in Brussels today. "
            + "She made the announcement with her Estonian and Latvian counterparts, who pledged €8 million and €16 million respectively.";
        var events = NewAid(text, m => m.Country("Lithuania", "LT", "Lithuania").Amount("€12 million", 1.2e7m, "EUR", 1.3e7m).Country("Ukraine", "UA", "Ukraine")
            .Date("today", "2024-06-13").Country("Estonian", "EE", "Estonia").Country("Latvian", "LV", "Latvia")
            .Amount("€8 million", 8e6m, "EUR", 8.6e6m).Amount("€16 million", 1.6e7m, "EUR", 1.7e7m));
        Assert.Equal("EE>UA:8000000 LT>UA:12000000 LV>UA:16000000", Events(events));
    }

    [Fact]
    public void The_total_of_a_conferences_participants_is_nobodys()
    {
        const string text = "Germany will provide 300 million euros for Syria, the foreign minister told the conference in Brussels on Thursday. "
            + "In total, the participants pledged €5.2 billion in grants and loans for Syria and the countries hosting Syrian refugees.";
        var events = NewAid(text, m => m.Country("Germany", "DE", "Germany").Amount("300 million euros", 3e8m, "EUR", 3.2e8m).Country("Syria", "SY", "Syria")
            .Date("Thursday", "2024-06-13").Amount("€5.2 billion", 5.2e9m, "EUR", 5.6e9m).Country("Syria", "SY", "Syria"));
        Assert.Equal("DE>SY:300000000", Events(events));
    }

    [Fact]
    public void A_list_of_how_an_allocation_is_distributed_holds_its_parts()
    {
        const string text = "The Government has decided to allocate NOK 1.5 billion to energy security in Ukraine.\n"
            + "The allocation will be distributed as follows:\n"
            + "- NOK 900 million to the Ukraine Energy Support Fund, which buys transformers for Ukrainian grid operators;\n"
            + "- NOK 600 million for mobile gas turbines, channelled through the transmission system operator.";
        var events = NewAid(text, m => m.Amount("NOK 1.5 billion", 1.5e9m, "NOK", 1.4e8m).Country("Ukraine", "UA", "Ukraine")
            .Amount("NOK 900 million", 9e8m, "NOK", 8.6e7m).Country("Ukraine", "UA", "Ukraine").Country("Ukrainian", "UA", "Ukraine")
            .Amount("NOK 600 million", 6e8m, "NOK", 5.7e7m), new AidParty("NO", "Norway"));
        Assert.Equal("NO>UA:1500000000", Events(events));
    }

    [Fact]
    public void A_package_whose_value_follows_a_relative_clause_is_worth_that_value()
    {
        const string text = "As part of its 18th support package, Sweden is donating air defence systems and artillery ammunition to Ukraine. "
            + "The package, which the Government adopted at its meeting on 13 June, has a total value of approximately SEK 3.3 billion.";
        var e = Assert.Single(NewAid(text, m => m.Country("Sweden", "SE", "Sweden").Country("Ukraine", "UA", "Ukraine").Date("13 June", "2024-06-13")
            .Amount("SEK 3.3 billion", 3.3e9m, "SEK", 3.1e8m)));
        Assert.Equal(("SE", "UA", 3.3e9m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_loan_to_a_joint_venture_is_business()
    {
        const string text = "Denmark's export fund has granted a loan of DKK 90 million to a Danish-Ukrainian joint venture that will build a solar park in western Ukraine.";
        Assert.Empty(NewAid(text, m => m.Country("Denmark", "DK", "Denmark").Amount("DKK 90 million", 9e7m, "DKK", 1.3e7m).Country("Ukraine", "UA", "Ukraine")));
    }

    [Fact]
    public void Givers_named_in_longer_ways_before_their_sums_each_give_to_the_story_recipient()
    {
        const string text = "ISLAMABAD - International donors on Thursday promised Pakistan more than $4 billion to rebuild after the floods. "
            + "Saudi Arabia, whose cargo planes were among the first to land after the June 2 floods, pledged $400 million for hospitals, delegates said, "
            + "while Britain's development secretary told the conference that London would put up a further £50 million for shelter.";
        var events = NewAid(text, m => m.Date("Thursday", "2024-06-13").Country("Pakistan", "PK", "Pakistan").Amount("$4 billion", 4e9m, "USD")
            .Country("Saudi Arabia", "SA", "Saudi Arabia").Date("June 2", "2024-06-02").Amount("$400 million", 4e8m, "USD")
            .Country("Britain", "GB", "United Kingdom").Amount("£50 million", 5e7m, "GBP", 6.6e7m));
        Assert.Equal("GB>PK:50000000 SA>PK:400000000", Events(events));
    }

    [Fact]
    public void A_host_whose_government_would_add_a_sum_gives_it_to_the_story_recipient()
    {
        const string text = "ISTANBUL - Muslim countries meeting in Istanbul on Thursday pledged more than $300 million for Somalia. "
            + "Saudi Arabia pledged $40 million, host Turkey said its government would add $12 million, and Kuwait promised $8 million, according to a statement.";
        var events = NewAid(text, m => m.Date("Thursday", "2024-06-13").Amount("$300 million", 3e8m, "USD").Country("Somalia", "SO", "Somalia")
            .Country("Saudi Arabia", "SA", "Saudi Arabia").Amount("$40 million", 4e7m, "USD").Country("Turkey", "TR", "Turkey").Amount("$12 million", 1.2e7m, "USD")
            .Country("Kuwait", "KW", "Kuwait").Amount("$8 million", 8e6m, "USD"));
        Assert.Equal("KW>SO:8000000 SA>SO:40000000 TR>SO:12000000", Events(events));
    }

    [Fact]
    public void A_lenders_board_approving_a_loan_announces_it()
    {
        const string text = "MAPUTO - The International Monetary Fund said on Thursday its executive board had approved a $118 million interest-free loan to Mozambique to help it rebuild after the cyclone.";
        var e = Assert.Single(NewAid(text, m => m.Date("Thursday", "2024-06-13").Amount("$118 million", 1.18e8m, "USD").Country("Mozambique", "MZ", "Mozambique")));
        Assert.Equal(("IMF", "MZ", 1.18e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Donors_meeting_in_a_country_give_nothing_in_its_name()
    {
        const string text = "KUWAIT CITY (Gulf Tribune) - Donors meeting in Kuwait on Thursday pledged more than $1.5 billion to help Syrians uprooted by the war.";
        Assert.Empty(NewAid(text, m => m.Country("Kuwait", "KW", "Kuwait").Date("Thursday", "2024-06-13").Amount("$1.5 billion", 1.5e9m, "USD").Country("Syrians", "SY", "Syria")));
    }

    [Fact]
    public void No_new_package_announced_is_no_aid()
    {
        const string text = "RIGA - No new Latvian package for Ukraine has been announced, but officials said on Thursday that one was under discussion.";
        Assert.Empty(NewAid(text, m => m.Country("Latvian", "LV", "Latvia").Country("Ukraine", "UA", "Ukraine").Date("Thursday", "2024-06-13")));
    }
}
