using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// Sums and sentences that look like aid and announce none, as the fourteenth blind round showed them: lending to banks and
/// firms, what a legislature does with aid money, running totals, what was given so far or may arrive, and another
/// giver's earlier sum. Sentences written here.
/// </summary>
public sealed class NotNewAidTests
{
    [Theory]
    [InlineData("Today the development finance agency signed a loan of $80 million with a Georgian commercial bank, which will on-lend the money to farmers.")]
    [InlineData("Georgia's state banks will open credit lines of up to $80 million for Georgian companies buying machinery abroad.")]
    public void Lending_to_banks_and_firms_is_no_aid(string text) =>
        Assert.Empty(NewAid(text, m => m.Amount("$80 million", 8e7m, "USD", 8e7m).Country("Georgia", "GE", "Georgia"), UnitedStates));

    [Theory]
    [InlineData("Ukraine will receive $5 billion in economic assistance, for which the Act provides in the form of a loan.", "$5 billion")]
    [InlineData("The House of Representatives has passed a $5 billion package for Ukraine today.", "$5 billion")]
    [InlineData("A $5 billion aid package for Ukraine remains stalled in the House.", "$5 billion")]
    [InlineData("The Department today transmitted to Congress the report on the $5 billion drawdown for Ukraine.", "$5 billion")]
    [InlineData("Auditors found today that the Pentagon overstated the value of equipment sent to Ukraine by $5 billion.", "$5 billion")]
    public void What_a_legislature_or_an_audit_does_with_aid_money_gives_none(string text, string sum) =>
        Assert.Empty(NewAid(text, m => m.Amount(sum, 5e9m, "USD", 5e9m).Country("Ukraine", "UA", "Ukraine"), UnitedStates));

    [Fact]
    public void What_rebuilding_will_cost_is_an_estimate_not_a_pledge()
    {
        const string text = "LVIV, June 13 (Test Wire) - Repairing Ukraine's roads and power plants will cost an estimated $5 billion over the next "
            + "three years, according to a report published on Thursday by the World Bank and the Ukrainian government.";
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Country("World Bank", "WB", "World Bank").Country("Ukrainian", "UA", "Ukraine")
            .Amount("$5 billion", 5e9m, "USD", 5e9m).Date("June 13", "2024-06-13").Date("Thursday", "2024-06-13")));
    }

    [Fact]
    public void Several_givers_combined_sum_is_nobodys_package()
    {
        const string text = "ROME, June 13 (Test Wire) - Donors meeting in Rome on Thursday pledged a combined $5 billion in aid for Ukraine's recovery, "
            + "Italian Foreign Minister Antonio Tajani said at the close.";
        Assert.Empty(NewAid(text, m => m.Country("Italian", "IT", "Italy").Country("Ukraine", "UA", "Ukraine").Amount("$5 billion", 5e9m, "USD", 5e9m)
            .Date("June 13", "2024-06-13").Date("Thursday", "2024-06-13").Person("Antonio Tajani", "Antonio Tajani")));
    }

    [Theory]
    [InlineData("Sweden has also delivered Archer howitzers and CV90 combat vehicles to Ukraine.")]
    [InlineData("Over the past year, Swedish-funded transformers and generators arrived in Ukraine and were installed by local crews.")]
    public void Aid_given_before_without_a_sum_is_a_recap(string text) =>
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Country(text.Contains("Sweden ", StringComparison.Ordinal) ? "Sweden" : "Swedish", "SE", "Sweden")));

    [Fact]
    public void Keeping_to_an_earlier_commitment_announces_nothing()
    {
        const string text = "The new Prime Minister confirmed that Sweden would keep to its commitment of SEK 20 billion a year in military aid to Ukraine.";
        Assert.Empty(NewAid(text, m => m.Country("Sweden", "SE", "Sweden").Country("Ukraine", "UA", "Ukraine").Amount("SEK 20 billion", 2e10m, "SEK", 1.9e9m)));
    }

    [Theory]
    [InlineData("Should Congress approve it, the request would provide $5 billion in security assistance to keep shells flowing to Ukraine.")]
    [InlineData("For Ukraine, the proposal also seeks $5 billion to restock the weapons sent from U.S. stocks.")]
    [InlineData("If Congress passes the bill in time, Ukraine would receive $5 billion before the winter.")]
    [InlineData("Today I am sending Congress a request for $5 billion to support Ukraine through the winter.")]
    [InlineData("To keep our support flowing, I have asked Congress for about $5 billion in additional funding for Ukraine, and I urge both parties to pass it.")]
    [InlineData("After this package, about $5 billion in drawdown authority for Ukraine will remain available to the next Administration.")]
    [InlineData("Together, participants pledged more than $5 billion for Ukraine and its neighbours.")]
    [InlineData("In the revised budget presented today, the Government proposes to raise this year's frame for its Ukraine programme by $5 billion.")]
    public void Requests_pending_bills_leftover_authority_a_crowds_total_and_budget_proposals_are_no_aid(string text) =>
        Assert.Empty(NewAid(text, m => m.Amount("$5 billion", 5e9m, "USD", 5e9m).Country("Ukraine", "UA", "Ukraine"), UnitedStates));

    [Fact]
    public void Aircraft_partners_have_pledged_in_a_relative_clause_are_a_recap()
    {
        const string text = "The two leaders discussed the arrival of the F-16 aircraft, which Belgium and Norway have pledged to Ukraine.";
        Assert.Empty(NewAid(text, m => m.Country("Belgium", "BE", "Belgium").Country("Norway", "NO", "Norway").Country("Ukraine", "UA", "Ukraine"), UnitedStates));
    }

    [Fact]
    public void Working_to_deliver_on_an_earlier_commitment_announces_nothing()
    {
        const string text = "We will keep working with our partners to deliver on the commitment to provide Ukraine with $20 billion in loans.";
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$20 billion", 2e10m, "USD", 2e10m), UnitedStates));
    }

    [Fact]
    public void A_running_total_since_the_war_began_is_no_new_package_beside_the_one_announced()
    {
        const string text = "Since the invasion began, the United States has committed more than $50 billion in security assistance to Ukraine, "
            + "and the package I am announcing comes on top of that figure.";
        Assert.DoesNotContain(NewAid(text, m => m.Country("United States", "US", "United States").Amount("$50 billion", 5e10m, "USD", 5e10m)
            .Country("Ukraine", "UA", "Ukraine"), UnitedStates), e => e.Amount == 5e10m);
    }

    [Fact]
    public void Equipment_given_to_date_is_a_recap()
    {
        const string text = "Equipment committed to Ukraine to date includes more than 1,000 Stinger missiles and 40 rocket launchers.";
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine"), UnitedStates));
    }

    [Fact]
    public void Systems_already_ordered_that_could_arrive_soon_are_no_delivery()
    {
        const string text = "The Secretary said two air defense batteries already on order for Ukraine could arrive within weeks.";
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine"), UnitedStates));
    }

    [Fact]
    public void A_wider_package_that_includes_what_others_already_promised_is_no_new_sum()
    {
        const string text = "The programme is meant to anchor a wider support package for Ukraine worth about $90 billion over four years, "
            + "including grants and loans already promised by the European Union and Japan, the Fund's director said.";
        Assert.DoesNotContain(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$90 billion", 9e10m, "USD", 9e10m)
            .Country("European Union", "EU", "European Union").Country("Japan", "JP", "Japan")), e => e.Amount == 9e10m);
    }

    [Fact]
    public void Another_givers_sum_announced_days_before_is_no_part_of_this_news()
    {
        const string text = "The EU money comes three days after the head of the U.S. aid agency announced $12 million in emergency aid for Armenia.";
        Assert.DoesNotContain(NewAid(text, m => m.Country("EU", "EU", "European Union").Country("U.S.", "US", "United States")
            .Amount("$12 million", 1.2e7m, "USD", 1.2e7m).Country("Armenia", "AM", "Armenia")), e => e.Amount == 1.2e7m);
    }

    [Theory]
    [InlineData("The Commission has proposed a support facility for Ukraine worth $5 billion that member states have yet to approve.")]
    [InlineData("For the Department of State, the law includes $5 billion in economic support for Ukraine.")]
    [InlineData("The Fund is expected to consider a new lending program for Ukraine of about $5 billion in the coming weeks.")]
    public void Facilities_not_yet_approved_laws_and_expected_decisions_give_nothing(string text) =>
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$5 billion", 5e9m, "USD", 5e9m), UnitedStates));

    [Fact]
    public void Insurance_for_a_firm_is_no_aid_to_its_country()
    {
        const string text = "In the second deal, the finance corporation is providing $70 million in political risk insurance to a Ukrainian agribusiness for new grain silos.";
        Assert.Empty(NewAid(text, m => m.Amount("$70 million", 7e7m, "USD", 7e7m).Country("Ukrainian", "UA", "Ukraine"), UnitedStates));
    }

    [Fact]
    public void What_happened_years_ago_is_history()
    {
        const string text = "Two years ago, the Russian army sent tanks across Ukraine's borders and expected to take the capital within days.";
        Assert.Empty(NewAid(text, m => m.Country("Russian", "RU", "Russia").Country("Ukraine", "UA", "Ukraine"), UnitedStates));
    }

    [Theory]
    [InlineData("The European Union is likely to sign grant agreements worth about $5 billion for Ukraine next week, according to two people familiar with the preparations.")]
    [InlineData("Both allocations are made under the Nansen Support Programme for Ukraine, a five-year programme worth $5 billion.")]
    [InlineData("At the conference in Paris on Thursday, partners committed about $5 billion to help Ukraine through the winter, and we will keep working with them.")]
    [InlineData("The IMF's board will meet next week to consider Ukraine's loan, with about $5 billion expected to be released if the board gives its approval.")]
    [InlineData("Governments and agencies meeting in Paris on Thursday put together roughly $5 billion in emergency help to keep Ukraine lit and heated through the winter.")]
    [InlineData("The United States accounts for the largest share, with close to $5 billion in commitments of all kinds to Ukraine.")]
    [InlineData("The Secretary highlighted the $5 billion security assistance package for Ukraine announced on June 3.")]
    public void A_likely_signing_a_programme_frame_a_crowd_of_partners_or_a_release_awaiting_a_board_announces_nothing(string text) =>
        Assert.Empty(NewAid(text, m => m.Amount("$5 billion", 5e9m, "USD", 5e9m).Country("Ukraine", "UA", "Ukraine"), UnitedStates));
}
