using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// White House wordings of the twenty-fourth blind round (holdout78): contributions listed giver by giver without sums, a
/// decision in the first person, a shipment handed over, a giver's share of a joint total, a disbursement completed, and a
/// headline that names the aggressor. Sentences written here; dated Thursday 2024-06-13.
/// </summary>
public sealed class StatementWordingTests
{
    [Fact]
    public void Each_giver_opening_a_line_of_announced_contributions_gives_its_own()
    {
        const string text = "The leaders of Canada, Spain and Norway announce the following new contributions to strengthen Ukraine's defenses against winter strikes on its power plants:\n"
            + "- Canada will send a NASAMS fire unit;\n- Spain will donate a further Patriot launcher from its own stocks;\n- Norway will provide two more NASAMS launchers.";
        var events = NewAid(text, m => m.Country("Canada", "CA", "Canada").Country("Spain", "ES", "Spain").Country("Norway", "NO", "Norway")
            .Country("Ukraine", "UA", "Ukraine"), UnitedStates);
        Assert.Equal(["CA", "ES", "NO"], events.Select(e => e.Donor.Code).Order());
        Assert.All(events, e => Assert.Equal(("UA", "pledge"), (e.Recipient.Code, e.Measure)));
    }

    [Fact]
    public void A_decision_in_the_first_person_to_give_announces_aid_without_a_sum()
    {
        const string text = "After consulting our allies, I have decided that we will provide Moldova with mobile air defense radars and the training to run them.";
        var e = Assert.Single(NewAid(text, m => m.Country("Moldova", "MD", "Moldova"), UnitedStates));
        Assert.Equal(("US", "MD", "pledge", (decimal?)null), (e.Donor.Code, e.Recipient.Code, e.Measure, e.Amount));
    }

    [Fact]
    public void A_shipment_handed_over_this_week_is_a_delivery_without_a_sum()
    {
        const string text = "This week the first shipment of mobile boiler units funded by USAID crossed into Ukraine from Romania and was handed over to city utilities in Kharkiv.";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Country("Romania", "RO", "Romania")
            .Date("This week", "2024-W24"), UnitedStates));
        Assert.Equal(("US", "UA", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_givers_share_of_a_joint_total_given_now_is_its_package()
    {
        const string text = "Today I can confirm that the United States will provide $4 billion of that total, which we will make available to Ukraine through the reconstruction fund.";
        var e = Assert.Single(NewAid(text, m => m.Date("Today", "2024-06-13").Country("United States", "US", "United States").Amount("$4 billion", 4e9m, "USD", 4e9m)
            .Country("Ukraine", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("US", "UA", 4e9m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_disbursement_completed_this_week_is_a_delivery_of_its_tranche()
    {
        const string text = "The United States also completed this week the disbursement of a $900 million tranche of budget support through the World Bank, which reimburses the Ukrainian government for the salaries of nurses.";
        var e = Assert.Single(NewAid(text, m => m.Country("United States", "US", "United States").Date("this week", "2024-W24").Amount("$900 million", 9e8m, "USD", 9e8m)
            .Country("Ukrainian", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("US", "UA", "delivery", 9e8m), (e.Donor.Code, e.Recipient.Code, e.Measure, e.Amount));
    }

    [Fact]
    public void A_headline_naming_the_aggressor_after_related_to_marks_no_recipient()
    {
        const string title = "Memorandum on Emergency Food Needs Related to Russia's Blockade of Ukraine's Ports";
        const string text = "I determine that the national interest calls for drawing up to $20 million from the Emergency Refugee and Migration Assistance Fund to meet urgent food needs of families displaced by the war in Ukraine.";
        var events = NewAidUnder(title, t => t.Country("Russia", "RU", "Russia").Country("Ukraine", "UA", "Ukraine"),
            text, m => m.Amount("$20 million", 2e7m, "USD", 2e7m).Country("Ukraine", "UA", "Ukraine"), UnitedStates);
        Assert.DoesNotContain(events, e => e.Recipient.Code == "RU");
    }
    [Fact]
    public void Aid_credited_to_the_one_addressed_is_not_the_speakers_nor_the_publishers()
    {
        const string text = "And I want to thank you, Mr. Prime Minister, for the new package of military aid you recently announced for Ukraine.";
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine"), UnitedStates));
        // In a transcript the speaker labels name the principals: the prime minister addressed is Australia's.
        const string transcript = "PRESIDENT BIDEN:  Welcome to the Oval Office.\n\n" + text + "\n\nPRIME MINISTER ALBANESE:  Thank you very much, Mr. President.\n";
        var e = Assert.Single(NewAid(transcript, m => m.Country("Ukraine", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("AU", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.True(SentenceCues.CreditsAddressee("Thank you for your generous support to our people."));
        Assert.True(SentenceCues.CreditsAddressee("We are grateful for the assistance you have provided."));
        Assert.False(SentenceCues.CreditsAddressee("Today I am announcing a new package of security assistance for Ukraine."));
        Assert.False(SentenceCues.CreditsAddressee("Thank you. The United States will provide $50 million to Moldova."));
    }
}
