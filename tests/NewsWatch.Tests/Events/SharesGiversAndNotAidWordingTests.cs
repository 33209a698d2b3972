using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// Wording from the twenty-sixth blind round (holdout84-86) and what holdout83 still missed: shares of a sum for several
/// countries or of a package just announced, givers of several sums with the verb left out, money received or signed for as
/// news, a sum's own recipient, and money that is no aid (sales, a purchase from a country's own budget, a loan to a firm,
/// cost estimates, a bill one chamber passed, a proposal to parliament, sums being prepared or announced before). Sentences
/// written here; dated Thursday 2024-06-13.
/// </summary>
public sealed class SharesGiversAndNotAidWordingTests
{
    [Fact]
    public void The_shares_of_a_sum_for_several_countries_are_each_countrys()
    {
        const string text = "The United States is today announcing $225 million in Foreign Military Financing to strengthen the defences of our NATO Allies Estonia, Latvia and Lithuania. "
            + "Of this amount, $60 million is allocated to Estonia, $75 million to Latvia, and $90 million to Lithuania.";
        var events = NewAid(text, m => m.Country("United States", "US", "United States").Amount("$225 million", 2.25e8m, "USD").Country("Estonia", "EE", "Estonia")
            .Country("Latvia", "LV", "Latvia").Country("Lithuania", "LT", "Lithuania").Amount("$60 million", 6e7m, "USD").Amount("$75 million", 7.5e7m, "USD")
            .Amount("$90 million", 9e7m, "USD").Date("today", "2024-06-13"), UnitedStates);
        Assert.Equal([("EE", 6e7m), ("LT", 9e7m), ("LV", 7.5e7m)], events.Select(e => (e.Recipient.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void The_shares_of_a_package_just_announced_are_new_whatever_date_a_clause_names()
    {
        const string text = "Today the United States announced nearly $199 million in humanitarian assistance for Rohingya refugees in Bangladesh and for people affected by conflict inside Burma. "
            + "Of this amount, $157 million will support programs in Bangladesh, and $42 million will address urgent needs in Burma, where renewed fighting has forced thousands from their homes since November 2023.";
        var events = NewAid(text, m => m.Date("Today", "2024-06-13").Country("United States", "US", "United States").Amount("$199 million", 1.99e8m, "USD")
            .Country("Bangladesh", "BD", "Bangladesh").Country("Burma", "MM", "Myanmar").Amount("$157 million", 1.57e8m, "USD").Amount("$42 million", 4.2e7m, "USD")
            .Date("November 2023", "2023-11"), UnitedStates);
        Assert.Equal([("BD", 1.57e8m), ("MM", 4.2e7m)], events.Select(e => (e.Recipient.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void Givers_listed_after_the_first_with_the_verb_left_out_give_their_own_sums()
    {
        const string text = "Among the largest pledges for Sudan on Thursday, the European Union committed €355 million, Germany €244 million and France €110 million.";
        var events = NewAid(text, m => m.Country("Sudan", "SD", "Sudan").Date("Thursday", "2024-06-13").Amount("€355 million", 3.55e8m, "EUR", 4e8m)
            .Country("Germany", "DE", "Germany").Amount("€244 million", 2.44e8m, "EUR", 2.76e8m).Country("France", "FR", "France").Amount("€110 million", 1.1e8m, "EUR", 1.24e8m));
        Assert.Equal([("DE", 2.44e8m), ("EU", 3.55e8m), ("FR", 1.1e8m)], events.Select(e => (e.Donor.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void A_giver_that_said_it_would_spend_a_sum_on_training_gives_it()
    {
        const string text = "Latvia pledged €20 million on Thursday to the coalition that buys drones for Ukraine, and Britain said it would spend £65 million on expanding the training of Ukrainian recruits.";
        var events = NewAid(text, m => m.Country("Latvia", "LV", "Latvia").Amount("€20 million", 2e7m, "EUR", 2.26e7m).Date("Thursday", "2024-06-13")
            .Country("Ukraine", "UA", "Ukraine").Country("Britain", "GB", "United Kingdom").Amount("£65 million", 6.5e7m, "GBP", 8.6e7m).Country("Ukrainian", "UA", "Ukraine"));
        Assert.Equal([("GB", 6.5e7m), ("LV", 2e7m)], events.Select(e => (e.Donor.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void Money_a_country_has_received_from_a_lender_on_the_day_is_delivered()
    {
        const string text = "Ukraine has received $880 million from the International Monetary Fund after the fund's board completed a review of its programme, the finance minister said on Thursday.";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$880 million", 8.8e8m, "USD").Date("Thursday", "2024-06-13")));
        Assert.Equal(("IMF", "UA", 8.8e8m, AidSentenceLabel.Delivery), (e.Donor.Code, e.Recipient.Code, e.Amount, e.Measure));
    }

    [Fact]
    public void A_grant_agreement_signed_for_a_sum_gives_it()
    {
        const string text = "On Thursday, the African Development Bank signed a $48 million grant agreement with Ethiopia's finance ministry to expand irrigated wheat farming in the lowlands, where farmers have lost several harvests to drought.";
        var e = Assert.Single(NewAid(text, m => m.Date("Thursday", "2024-06-13").Amount("$48 million", 4.8e7m, "USD").Country("Ethiopia", "ET", "Ethiopia")));
        Assert.Equal(("AFDB", "ET", 4.8e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_leader_who_arrived_on_a_visit_and_pledged_pledges()
    {
        const string text = "Japanese Prime Minister Fumio Kishida arrived in Kyiv by train on Thursday in an unannounced visit and pledged about $33 million to help Ukraine clear mines from farmland.";
        var e = Assert.Single(NewAid(text, m => m.Country("Japanese", "JP", "Japan").Date("Thursday", "2024-06-13").Amount("$33 million", 3.3e7m, "USD").Country("Ukraine", "UA", "Ukraine")));
        Assert.Equal(("JP", "UA", AidSentenceLabel.Pledge), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_country_that_would_contribute_a_sum_pledges_it_whatever_a_later_clause_makes_conditional()
    {
        const string text = "Foreign Minister Julie Bishop said Australia would contribute A$5 million to the relief effort in Nepal, to be spent through the Red Cross, UN agencies and Australian charities, "
            + "and that a team of disaster specialists was on standby in Sydney to fly out if the government asked for it.";
        var e = Assert.Single(NewAid(text, m => m.Country("Australia", "AU", "Australia").Amount("A$5 million", 5e6m, "AUD", 3.3e6m).Country("Nepal", "NP", "Nepal")
            .Country("Australian", "AU", "Australia")));
        Assert.Equal(("AU", "NP", 5e6m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void An_initial_sum_committed_on_the_day_is_a_pledge()
    {
        const string text = "Australia on Thursday committed an initial A$1 million in humanitarian relief for Tonga, where volcanic ash has fouled drinking water.";
        var e = Assert.Single(NewAid(text, m => m.Country("Australia", "AU", "Australia").Date("Thursday", "2024-06-13").Amount("A$1 million", 1e6m, "AUD", 6.6e5m).Country("Tonga", "TO", "Tonga")));
        Assert.Equal(("AU", "TO", 1e6m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void The_country_a_sum_is_given_to_help_receives_it()
    {
        const string text = "The European Union pledged €250 million on Thursday to help Moldova pay for gas and electricity this winter, as ministers met to prop up a country whose power supply has been thrown into disarray by Russian strikes on Ukraine.";
        var e = Assert.Single(NewAid(text, m => m.Amount("€250 million", 2.5e8m, "EUR", 2.7e8m).Date("Thursday", "2024-06-13").Country("Moldova", "MD", "Moldova")
            .Country("Russian", "RU", "Russia").Country("Ukraine", "UA", "Ukraine")));
        Assert.Equal(("EU", "MD"), (e.Donor.Code, e.Recipient.Code));
    }

    [Fact]
    public void A_sum_for_un_agencies_fighting_an_epidemic_is_humanitarian()
    {
        const string text = "Saudi Arabia said on Thursday it would give $40 million to UN agencies fighting a cholera epidemic in Yemen.";
        var e = Assert.Single(NewAid(text, m => m.Country("Saudi Arabia", "SA", "Saudi Arabia").Date("Thursday", "2024-06-13").Amount("$40 million", 4e7m, "USD").Country("Yemen", "YE", "Yemen")));
        Assert.Equal(("SA", "YE", AidType.Humanitarian), (e.Donor.Code, e.Recipient.Code, e.AidType));
    }

    [Theory]
    [InlineData("A post-disaster assessment led by the World Bank and the United Nations put the cost of recovery in Mozambique at about $3.2 billion.", "$3.2 billion", "Mozambique", "MZ")]
    [InlineData("The most recent assessment by the World Bank and the European Commission estimates the cost of recovery and reconstruction in Ukraine at $411 billion.", "$411 billion", "Ukraine", "UA")]
    [InlineData("Poland expects to recover part of the value from the EU's fund for military aid, and the United States has agreed to sell Poland twelve attack helicopters for about $340 million.", "$340 million", "Poland", "PL")]
    [InlineData("The Japan Bank for International Cooperation signed a loan agreement of up to $50 million with a Ukrainian agricultural company to finance the modernisation of grain storage in Ukraine.", "$50 million", "Ukraine", "UA")]
    [InlineData("The U.S. House of Representatives on Thursday approved $60.8 billion for Ukraine, ending a half-year stand-off.", "$60.8 billion", "Ukraine", "UA")]
    [InlineData("The World Bank has said it is preparing $1.78 billion in assistance for Türkiye, and its board is expected to approve it next month.", "$1.78 billion", "Türkiye", "TR")]
    [InlineData("Washington had already announced $30 million in humanitarian assistance for Pakistan at the start of the month.", "$30 million", "Pakistan", "PK")]
    [InlineData("Pledges announced earlier in the week, including $5 million from the United States, have yet to reach the worst-hit areas of Indonesia.", "$5 million", "Indonesia", "ID")]
    [InlineData("With this drawdown, the United States will have committed approximately $9.8 billion in security assistance to Ukraine since this Administration took office.", "$9.8 billion", "Ukraine", "UA")]
    [InlineData("The government says it expects to recover part of the value from the EU's joint fund for military aid to Ukraine, worth $340 million.", "$340 million", "Ukraine", "UA")]
    [InlineData("In a separate deal, the bank's private sector arm agreed to lend US$120 million to a renewable-energy unit of a listed Philippine conglomerate.", "US$120 million", "Philippine", "PH")]
    [InlineData("If it becomes law, the measure would provide roughly $6.5 billion to the Department of Defense to replace equipment sent to Ukraine.", "$6.5 billion", "Ukraine", "UA")]
    [InlineData("The leaders discussed the work among partners on a plan to make approximately $50 billion available to Ukraine.", "$50 billion", "Ukraine", "UA")]
    [InlineData("Separately, the Department recently approved a possible Foreign Military Sale to Ukraine of sustainment support at an estimated cost of $138 million.", "$138 million", "Ukraine", "UA")]
    [InlineData("Mr. Sullivan described the progress in delivering the capabilities announced in recent weeks, including the $500 million drawdown for Ukraine.", "$500 million", "Ukraine", "UA")]
    [InlineData("Roughly $3.85 billion in drawdown authority will remain for Ukraine once this tranche is signed off.", "$3.85 billion", "Ukraine", "UA")]
    public void Money_that_is_no_new_aid_gives_no_event_with_its_sum(string text, string sum, string country, string code)
    {
        var events = NewAid(text, m => m.Amount(sum, 1e6m, "USD").Country(country, code, country), UnitedStates);
        Assert.DoesNotContain(events, e => e.Amount is not null);
    }

    [Fact]
    public void A_purchase_paid_out_of_a_countrys_own_budget_is_no_aid()
    {
        const string text = "Estonia signed a contract on Thursday to buy a further batch of K9 howitzers from a South Korean manufacturer for about €36 million, the latest in a series of purchases paid for entirely out of the country's own defence budget.";
        Assert.Empty(NewAid(text, m => m.Country("Estonia", "EE", "Estonia").Date("Thursday", "2024-06-13").Country("South Korean", "KR", "South Korea").Amount("€36 million", 3.6e7m, "EUR", 3.9e7m), UnitedStates));
    }

    [Fact]
    public void A_proposal_to_parliament_to_raise_a_programme_is_no_package()
    {
        const string text = "The Government will propose to the Storting that the Nansen Support Programme for Ukraine be increased by NOK 10 billion, Prime Minister Jonas Gahr Støre announced today.";
        Assert.Empty(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("NOK 10 billion", 1e10m, "NOK", 9.3e8m).Date("today", "2024-06-13"), new AidParty("NO", "Norway")));
    }

    [Fact]
    public void Givers_named_before_their_shares_of_a_combined_sum_give_the_shares()
    {
        const string text = "The two Gulf states will give a combined $66.7m to UN agencies fighting a cholera epidemic in Yemen, UNICEF said on Thursday, "
            + "with the Saudi share put at $40m and the Emirati share at $26.7m.";
        var events = NewAid(text, m => m.Amount("$66.7m", 6.67e7m, "USD")
            .Country("Yemen", "YE", "Yemen").Date("Thursday", "2024-06-13").Country("Saudi", "SA", "Saudi Arabia").Amount("$40m", 4e7m, "USD")
            .Country("Emirati", "AE", "United Arab Emirates").Amount("$26.7m", 2.67e7m, "USD"));
        Assert.Equal([("AE", 2.67e7m), ("SA", 4e7m)], events.Select(e => (e.Donor.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void A_giver_itself_committing_a_sum_beside_others_gives_its_own()
    {
        const string text = "France itself committed €110 million on Thursday, while Germany said it would give €244 million and the European Union announced €355 million for Sudan.";
        var events = NewAid(text, m => m.Country("France", "FR", "France").Amount("€110 million", 1.1e8m, "EUR", 1.24e8m).Date("Thursday", "2024-06-13")
            .Country("Germany", "DE", "Germany").Amount("€244 million", 2.44e8m, "EUR", 2.76e8m).Amount("€355 million", 3.55e8m, "EUR", 4e8m).Country("Sudan", "SD", "Sudan"));
        Assert.Equal([("DE", 2.44e8m), ("EU", 3.55e8m), ("FR", 1.1e8m)], events.Select(e => (e.Donor.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void The_subject_opening_the_sentence_with_its_verb_and_sum_gives_whoever_else_it_names()
    {
        const string text = "Saudi Arabia, represented by its development fund, pledged $1bn for reconstruction projects in Pakistan, the information minister said on Thursday, "
            + "adding that bilateral donors including France, China and the United States had also made commitments.";
        var e = Assert.Single(NewAid(text, m => m.Country("Saudi Arabia", "SA", "Saudi Arabia").Amount("$1bn", 1e9m, "USD").Country("Pakistan", "PK", "Pakistan")
            .Date("Thursday", "2024-06-13").Country("France", "FR", "France").Country("China", "CN", "China").Country("United States", "US", "United States")));
        Assert.Equal(("SA", "PK", 1e9m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_line_of_credit_extended_on_the_day_is_a_pledge()
    {
        const string text = "India on Thursday extended a $1 billion line of credit to Sri Lanka to pay for imports of food, medicines and other essentials.";
        var e = Assert.Single(NewAid(text, m => m.Country("India", "IN", "India").Date("Thursday", "2024-06-13").Amount("$1 billion", 1e9m, "USD").Country("Sri Lanka", "LK", "Sri Lanka")));
        Assert.Equal(("IN", "LK", 1e9m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_lender_that_said_in_its_seat_that_it_would_make_a_sum_available_pledges_it()
    {
        const string text = "Separately, the African Development Bank said in Abidjan that it would make $100 million available to Mozambique for rebuilding roads, bridges and water systems.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$100 million", 1e8m, "USD").Country("Mozambique", "MZ", "Mozambique")));
        Assert.Equal(("AFDB", "MZ", 1e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Talks_about_transferring_jets_are_no_delivery()
    {
        const string text = "Slovak officials, meanwhile, confirmed talks about transferring the country's grounded MiG-29 fighters to Ukraine but said nothing would be decided yet.";
        Assert.Empty(NewAid(text, m => m.Country("Slovak", "SK", "Slovakia").Country("Ukraine", "UA", "Ukraine")));
    }

    [Fact]
    public void A_package_announced_now_stays_new_whatever_its_equipment_recalls()
    {
        const string text = "Today I am announcing another package of security assistance for Ukraine, worth $150 million, which will provide artillery ammunition and spare parts for the artillery systems we have already sent.";
        var e = Assert.Single(NewAid(text, m => m.Date("Today", "2024-06-13").Country("Ukraine", "UA", "Ukraine").Amount("$150 million", 1.5e8m, "USD"), UnitedStates));
        Assert.Equal(("US", "UA", 1.5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Money_to_help_a_country_purchase_equipment_is_aid_not_a_sale()
    {
        const string text = "At the ministers' meeting in Bucharest today, the Secretary of State announced $53 million to help Ukraine purchase equipment to repair its electricity grid.";
        var e = Assert.Single(NewAid(text, m => m.Date("today", "2024-06-13").Amount("$53 million", 5.3e7m, "USD").Country("Ukraine", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("US", "UA", 5.3e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Bullets_after_an_announcement_of_new_aid_are_each_announced()
    {
        const string text = "In Kyiv today, the Secretary of State met the President and announced new American assistance to help Ukraine care for people affected by the war.\n"
            + "• Humanitarian assistance: $206 million, provided through UN agencies and non-governmental organizations, for food, shelter materials and health care.\n"
            + "• Law enforcement training: $32.5 million to train Ukrainian investigators and prosecutors to document war crimes.";
        var events = NewAid(text, m => m.Date("today", "2024-06-13").Country("Ukraine", "UA", "Ukraine").Amount("$206 million", 2.06e8m, "USD").Amount("$32.5 million", 3.25e7m, "USD")
            .Country("Ukrainian", "UA", "Ukraine"), UnitedStates);
        Assert.Equal([2.06e8m, 3.25e7m], events.Where(e => e.Amount is not null).Select(e => e.Amount!.Value).OrderDescending());
    }

    [Fact]
    public void A_giver_that_separately_announced_a_sum_gives_it_beside_the_next_giver()
    {
        const string text = "Britain separately announced £1.5m in life-saving support for Pakistan on Thursday, and Australia's foreign minister said that Canberra would provide A$2 million for emergency shelter.";
        var events = NewAid(text, m => m.Country("Britain", "GB", "United Kingdom").Amount("£1.5m", 1.5e6m, "GBP", 2e6m).Country("Pakistan", "PK", "Pakistan").Date("Thursday", "2024-06-13")
            .Country("Australia", "AU", "Australia").Amount("A$2 million", 2e6m, "AUD", 1.3e6m));
        Assert.Equal([("AU", 2e6m), ("GB", 1.5e6m)], events.Select(e => (e.Donor.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }

    [Fact]
    public void A_package_being_prepared_for_the_coming_weeks_is_no_package_yet()
    {
        const string text = "An EU official said the European Commission was preparing an energy package for Moldova worth about €250 million, to be presented in the coming weeks.";
        Assert.Empty(NewAid(text, m => m.Country("Moldova", "MD", "Moldova").Amount("€250 million", 2.5e8m, "EUR", 2.7e8m)));
    }

    [Fact]
    public void A_country_named_in_a_clause_about_the_giver_receives_nothing()
    {
        const string text = "Germany, which co-hosts the platform with France and Romania, followed on Thursday with €32 million for the energy sector of Moldova.";
        var e = Assert.Single(NewAid(text, m => m.Country("Germany", "DE", "Germany").Country("France", "FR", "France").Country("Romania", "RO", "Romania").Date("Thursday", "2024-06-13")
            .Amount("€32 million", 3.2e7m, "EUR", 3.5e7m).Country("Moldova", "MD", "Moldova")));
        Assert.Equal(("DE", "MD"), (e.Donor.Code, e.Recipient.Code));
    }

    [Fact]
    public void A_sum_that_takes_a_countrys_aid_past_a_total_is_a_running_total()
    {
        const string text = "The tanks will be shipped in batches over the coming months, he said, and take Australian military aid to Ukraine past A$1.3 billion.";
        var events = NewAid(text, m => m.Country("Australian", "AU", "Australia").Country("Ukraine", "UA", "Ukraine").Amount("A$1.3 billion", 1.3e9m, "AUD", 8.6e8m));
        Assert.DoesNotContain(events, e => e.Amount is not null);
    }

    [Fact]
    public void Equal_shares_after_a_time_phrase_split_the_total_by_recipient()
    {
        const string text = "The United Arab Emirates said on Thursday it would give $100 million in relief to the survivors of this week's earthquakes, "
            + "with $50 million set aside for Türkiye and the other 50 million dollars for Syria.";
        var events = NewAid(text, m => m.Country("United Arab Emirates", "AE", "United Arab Emirates").Date("Thursday", "2024-06-13").Amount("$100 million", 1e8m, "USD")
            .Amount("$50 million", 5e7m, "USD").Country("Türkiye", "TR", "Türkiye").Amount("50 million dollars", 5e7m, "USD").Country("Syria", "SY", "Syria"));
        Assert.Equal([("SY", 5e7m), ("TR", 5e7m)], events.Select(e => (e.Recipient.Code, e.Amount!.Value)).OrderBy(x => x.Code));
    }
}
