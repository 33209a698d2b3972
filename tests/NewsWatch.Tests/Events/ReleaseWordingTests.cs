using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// Who receives and what is announced in the wordings of the fourteenth blind round: the country a giver provides with aid,
/// a country named only in an aside, and a sum a speaker calls new in the first person. Sentences written here.
/// </summary>
public sealed class ReleaseWordingTests
{
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

    [Fact]
    public void Two_sums_for_people_inside_two_countries_go_each_to_its_own()
    {
        const string text = "Today, USAID announced $120 million in new humanitarian assistance for people inside Ukraine whose homes were destroyed, "
            + "and a further $15 million to help Moldova care for refugees.";
        var events = NewAid(text, m => m.Amount("$120 million", 1.2e8m, "USD", 1.2e8m).Country("Ukraine", "UA", "Ukraine")
            .Amount("$15 million", 1.5e7m, "USD", 1.5e7m).Country("Moldova", "MD", "Moldova"), UnitedStates);
        Assert.Equal([("MD", 1.5e7m), ("UA", 1.2e8m)], events.Select(e => (e.Recipient.Code, e.Amount ?? 0)).Order());
    }

    [Theory]
    [InlineData("Because of this law passed by the United States Congress, I have just authorized a new package of equipment for Ukraine worth $400 million, the first since December 2023.")]
    [InlineData("I informed the President that the United States is providing another $400 million in security assistance to Ukraine.")]
    public void A_speaker_authorizing_or_providing_another_sum_announces_it(string text)
    {
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$400 million", 4e8m, "USD", 4e8m).Country("United States", "US", "United States"), UnitedStates));
        Assert.Equal(("US", "UA", 4e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_government_deciding_on_its_numbered_package_announces_it_however_large_it_ranks()
    {
        var published = new DateTimeOffset(2025, 1, 29, 10, 0, 0, TimeSpan.Zero);
        const string text = "The Government has today decided on Norway's twelfth package of military support to Ukraine, worth NOK 9 billion, the largest package that Norway has presented so far.";
        var e = Assert.Single(EventsTestHost.NewAidFrom(text, published, m => m.Date("today", "2025-01-29").Country("Norway", "NO", "Norway")
            .Country("Ukraine", "UA", "Ukraine").Amount("NOK 9 billion", 9e9m, "NOK", 8.55e8m), new AidParty("NO", "Norway")));
        Assert.Equal(("NO", "UA", 9e9m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Guarantees_for_a_banks_loans_go_to_the_country_the_loans_are_for()
    {
        const string text = "LONDON, June 21 - The United States pledged $1 billion in new economic aid for Ukraine and Britain offered $2 billion in guarantees for World Bank loans on Wednesday.";
        var events = NewAid(text, m => m.Country("United States", "US", "United States").Amount("$1 billion", 1e9m, "USD", 1e9m).Country("Ukraine", "UA", "Ukraine")
            .Country("Britain", "GB", "United Kingdom").Amount("$2 billion", 2e9m, "USD", 2e9m).Country("World Bank", "WB", "World Bank"));
        Assert.DoesNotContain(events, e => e.Recipient.Code == "WB");
    }

    [Fact]
    public void A_second_giver_with_its_own_verb_announces_its_own_aid_without_a_sum()
    {
        const string text = "The United States intends to provide Ukraine with Stryker armored personnel carriers, and Germany intends to provide Leopard battle tanks.";
        var events = NewAid(text, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine").Country("Germany", "DE", "Germany"), UnitedStates);
        Assert.Equal(["DE", "US"], events.Select(e => e.Donor.Code).Order());
        Assert.All(events, e => Assert.Equal("UA", e.Recipient.Code));
    }

    [Fact]
    public void A_heading_that_names_a_new_package_announces_it_and_the_shares_below_are_its_parts()
    {
        const string text = "Today the President received the Prime Minister of Ukraine at the White House.\n"
            + "A new air defense package of $900 million\n"
            + "For the first time, the package includes launchers and interceptors that will let Ukrainian crews engage cruise missiles at a far "
            + "greater range than the systems they have used so far, together with spare parts and training for the crews.\n"
            + "Of the total, $600 million will be drawn from Pentagon stocks and $300 million will be contracted under the Ukraine Security Assistance Initiative.";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Country("Ukrainian", "UA", "Ukraine").Amount("$900 million", 9e8m, "USD", 9e8m)
            .Amount("$600 million", 6e8m, "USD", 6e8m).Amount("$300 million", 3e8m, "USD", 3e8m).Date("Today", "2024-06-13"), UnitedStates));
        Assert.Equal(("US", "UA", 9e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_package_announced_today_is_news_beside_a_delivery_still_to_come()
    {
        const string text = "The President pointed to the $200 million security assistance package announced today, which will help Ukraine "
            + "defend its power plants this winter, and said that the first Bradley vehicles will reach Ukraine next month.";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$200 million", 2e8m, "USD", 2e8m).Date("today", "2024-06-13"), UnitedStates));
        Assert.Equal(2e8m, e.Amount);
    }

    [Fact]
    public void A_total_the_speaker_announces_providing_is_the_package_not_a_running_total()
    {
        const string text = "Today, I am announcing that the United States is providing a total of $900 million in new security assistance to Ukraine. "
            + "The Department of Defense will draw $500 million in equipment from its stocks, and will commit $400 million through USAI.";
        var e = Assert.Single(NewAid(text, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$900 million", 9e8m, "USD", 9e8m).Amount("$500 million", 5e8m, "USD", 5e8m).Amount("$400 million", 4e8m, "USD", 4e8m)
            .Date("Today", "2024-06-13"), UnitedStates));
        Assert.Equal(9e8m, e.Amount);
    }

    [Fact]
    public void A_memorandum_that_delegates_a_drawdown_announces_it()
    {
        const string text = "MEMORANDUM FOR THE SECRETARY OF STATE\n"
            + "SUBJECT: Delegation of Authority Under Section 506(a)(1) of the Foreign Assistance Act of 1961\n"
            + "By the authority vested in me as President by the Constitution and the laws of the United States of America, I delegate to you the "
            + "authority under section 506(a)(1) of the Foreign Assistance Act to direct the drawdown of up to $250 million in defense articles and "
            + "services of the Department of Defense, and military education and training, to provide assistance to Ukraine.";
        var e = Assert.Single(NewAid(text, m => m.Country("United States of America", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$250 million", 2.5e8m, "USD", 2.5e8m), UnitedStates));
        Assert.Equal(("US", "UA", 2.5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Money_paid_into_a_treasury_today_is_a_delivery()
    {
        const string text = "Also today, the $300 million in budget support that USAID pledged this spring was paid into Moldova's treasury through the World Bank.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$300 million", 3e8m, "USD", 3e8m).Country("Moldova", "MD", "Moldova").Date("today", "2024-06-13"), UnitedStates));
        Assert.Equal(("US", "MD", AidSentenceLabel.Delivery), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Theory]
    [InlineData("The Department of State will provide $40 million to buy and ship transformers and circuit breakers that Ukrainian engineers can put into service within days of an attack.")]
    [InlineData("In a separate commitment, USAID is setting aside $40 million in humanitarian assistance to keep Ukrainian families warm where the power fails.")]
    [InlineData("Alongside that, we are providing $40 million in humanitarian assistance for Ukrainian families forced from their homes, for food, water and shelter.")]
    [InlineData("Today the United States is committing $40 million to buy and rush transformers and circuit breakers to Ukrainian utility crews.")]
    public void The_publishers_own_body_or_voice_providing_a_sum_now_pledges_it(string text)
    {
        var e = Assert.Single(NewAid(text, m => m.Amount("$40 million", 4e7m, "USD", 4e7m).Country("Ukrainian", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("US", "UA", 4e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_government_that_decided_on_a_new_contribution_gives_it()
    {
        const string text = "Norway will make available a further NOK 1.5 billion to help Ukraine repair its power grid. Sweden has decided on a new "
            + "humanitarian contribution of SEK 400 million, to be channelled through the Red Cross and agencies of the United Nations.";
        var events = NewAid(text, m => m.Country("Norway", "NO", "Norway").Amount("NOK 1.5 billion", 1.5e9m, "NOK", 1.425e8m).Country("Ukraine", "UA", "Ukraine")
            .Country("Sweden", "SE", "Sweden").Amount("SEK 400 million", 4e8m, "SEK", 3.8e7m), UnitedStates);
        var e = Assert.Single(events, e => e.Amount == 4e8m);
        Assert.Equal(("SE", "UA"), (e.Donor.Code, e.Recipient.Code));
    }

    [Fact]
    public void Jets_to_be_handed_over_in_years_make_no_delivery_of_an_agreement_signed_today()
    {
        const string text = "Belgium signed a security agreement with Ukraine on Thursday that commits €977 million in military aid this year and 30 F-16 fighter jets to be handed over by 2028.";
        var e = Assert.Single(NewAid(text, m => m.Country("Belgium", "BE", "Belgium").Country("Ukraine", "UA", "Ukraine").Date("Thursday", "2024-06-13")
            .Amount("€977 million", 9.77e8m, "EUR", 1.104e9m)));
        Assert.Equal(("BE", "UA", AidSentenceLabel.Pledge), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_bullet_that_opens_with_its_own_giver_is_that_givers_package_not_a_part_of_the_one_before()
    {
        const string text = "Each of our governments is therefore announcing new contributions today:\n"
            + "- The United States will provide $65 million to procure transformers and generators for Ukraine's grid operator.\n"
            + "- Canada will contribute $30 million to help Ukraine repair substations and restore heating in liberated areas.";
        var events = NewAid(text, m => m.Date("today", "2024-06-13").Country("United States", "US", "United States").Amount("$65 million", 6.5e7m, "USD")
            .Country("Ukraine", "UA", "Ukraine").Country("Canada", "CA", "Canada").Amount("$30 million", 3e7m, "USD"), UnitedStates);
        Assert.Equal([("CA", 3e7m), ("US", 6.5e7m)], events.Select(e => (e.Donor.Code, e.Amount!.Value)).Order());
    }

    [Theory]
    [InlineData("President Biden went over the security assistance the United States continues to provide, including the drawdown of $1 billion that the Department of Defense announced on Monday.", "United States")]
    [InlineData("Separately, the Department of State this week approved a possible foreign military sale to Ukraine of spare parts worth $1 billion; the Government of Ukraine will pay for that case with its own national funds.", "Ukraine")]
    [InlineData("The U.S. International Development Finance Corporation signed letters of interest for up to $1 billion in financing for private Ukrainian companies in agriculture.", "Ukrainian")]
    public void A_recap_in_a_readout_an_arms_sale_or_financing_for_firms_is_no_new_aid(string text, string country)
    {
        var code = country == "United States" ? "US" : "UA";
        Assert.Empty(NewAid(text, m => m.Amount("$1 billion", 1e9m, "USD").Country(country, code, country), UnitedStates));
    }

    [Theory]
    [InlineData("The President also noted that the first Abrams tanks are due to arrive in Ukraine next week.", "Ukraine")]
    [InlineData("Mr. Sullivan said that the Department of Defense expects to announce another drawdown for Ukraine in the coming days.", "Ukraine")]
    [InlineData("The finance minister said the first payment of $1 billion should reach Ukraine's treasury next week.", "Ukraine")]
    [InlineData("Officials said a new package of weapons for Ukraine, expected to be worth about $1 billion, would be unveiled in the coming days.", "Ukraine")]
    [InlineData("The administration is racing to commit the roughly $1 billion left in its authority to draw weapons from U.S. stocks for Ukraine, officials said.", "Ukraine")]
    public void Aid_still_to_arrive_or_to_be_announced_is_no_delivery_and_no_pledge(string text, string country)
    {
        Assert.Empty(NewAid(text, m => (text.Contains("$1 billion", StringComparison.Ordinal) ? m.Amount("$1 billion", 1e9m, "USD") : m).Country(country, "UA", country), UnitedStates));
    }

    [Fact]
    public void A_delegated_drawdown_not_to_exceed_a_sum_in_total_value_is_that_sum()
    {
        const string text = "I delegate to you the function given to the President by section 506(a)(1) of the Act: to order a drawdown, not to "
            + "exceed $150 million in total value, of defense articles and services for the purpose of assisting Ukraine.";
        var e = Assert.Single(NewAid(text, m => m.Amount("$150 million", 1.5e8m, "USD").Country("Ukraine", "UA", "Ukraine"), UnitedStates));
        Assert.Equal(("US", "UA", 1.5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Theory]
    [InlineData("To honor that choice, my Administration will commit approximately $500 million under the Ukraine Security Assistance Initiative, the largest single amount we have set aside for Ukraine since the invasion began.")]
    [InlineData("I find that the national interest is served by drawing up to $500 million from the Emergency Refugee and Migration Assistance Fund to meet urgent needs of refugees from Ukraine.")]
    public void A_first_person_commitment_or_a_finding_is_new_aid(string text)
    {
        var events = NewAid(text, m =>
        {
            m.Amount("$500 million", 5e8m, "USD").Country("Ukraine", "UA", "Ukraine");
            return m;
        }, UnitedStates);
        var e = Assert.Single(events);
        Assert.Equal(("US", "UA", 5e8m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_numbered_release_deciding_a_grant_totalling_a_sum_then_splitting_it_gives_each_recipient_its_share()
    {
        // Written in the style of a foreign ministry's numbered release: the total is what is decided now, not a running total.
        const string text = "1. On June 13, the Government decided to extend Emergency Grant Aid totalling 9 million US dollars for the floods "
            + "that struck eastern Kenya and southern Somalia on June 2.\n"
            + "2. Of this amount, 6 million US dollars will be provided to Kenya and 3 million US dollars will be provided for the victims in "
            + "Somalia, through international organizations.";
        var japan = new NewsWatch.Events.AidParty("JP", "Japan");
        var events = NewAid(text, m => m.Date("June 13", "2024-06-13").Date("June 2", "2024-06-02").Country("Kenya", "KE", "Kenya").Country("Somalia", "SO", "Somalia")
            .Amount("9 million US dollars", 9e6m, "USD").Amount("6 million US dollars", 6e6m, "USD").Amount("3 million US dollars", 3e6m, "USD"), japan);
        Assert.Equal([("JP", "KE", 6e6m), ("JP", "SO", 3e6m)], events.Select(e => (e.Donor.Code, e.Recipient.Code, e.Amount ?? 0m)).OrderBy(e => e.Item2));
    }

    [Fact]
    public void Joint_givers_named_around_an_aside_each_give()
    {
        const string text = "The United States, subject to Congressional notification, and Japan, with support from Japanese industry, intend to "
            + "provide at least $8 million for telecommunications field trials in the Philippines.";
        var events = NewAid(text, m => m.Country("United States", "US", "United States").Country("Japan", "JP", "Japan")
            .Country("Philippines", "PH", "Philippines").Amount("$8 million", 8e6m, "USD"), UnitedStates);
        Assert.Equal(["JP", "US"], events.Select(e => e.Donor.Code).Order());
        Assert.All(events, e => Assert.Equal("PH", e.Recipient.Code));
    }
}
