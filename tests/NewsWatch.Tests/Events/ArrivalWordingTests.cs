using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>
/// Relief that a giver's planes, ships or teams brought in, reported as news without a sum (holdout61: 10 of its 22 first-run
/// misses were such deliveries). Sentences written here; the article is dated Thursday 2024-06-13.
/// </summary>
public sealed class ArrivalWordingTests
{
    [Fact]
    public void A_carrier_that_landed_with_relief_is_a_delivery_by_its_country_to_where_it_landed()
    {
        const string text = "A Qatari air force plane loaded with tents, food and medicine landed in Afghanistan's eastern Khost province on "
            + "Thursday, among the first foreign relief to reach the villages the earthquake flattened, Taliban officials said.";
        var e = Assert.Single(NewAid(text, m => m.Country("Qatari", "QA", "Qatar").Country("Afghanistan", "AF", "Afghanistan").Date("Thursday", "2024-06-13")));
        Assert.Equal(("QA", "AF", "delivery", (decimal?)null), (e.Donor.Code, e.Recipient.Code, e.Measure, e.Amount));
    }

    [Fact]
    public void Rescue_teams_from_two_countries_that_arrived_are_a_delivery_by_each()
    {
        const string text = "Search-and-rescue teams from Spain and Britain arrived in Morocco on Wednesday, the first foreign help the "
            + "government has accepted since the earthquake struck the High Atlas.";
        var events = NewAid(text, m => m.Country("Spain", "ES", "Spain").Country("Britain", "GB", "United Kingdom").Country("Morocco", "MA", "Morocco")
            .Date("Wednesday", "2024-06-12"));
        Assert.Equal(["ES", "GB"], events.Select(e => e.Donor.Code).Order());
        Assert.All(events, e => Assert.Equal(("MA", "delivery"), (e.Recipient.Code, e.Measure)));
    }

    [Fact]
    public void Relief_dropped_from_the_air_is_a_delivery()
    {
        const string text = "Jordanian air force planes dropped food parcels over Gaza on Thursday, the army said.";
        var e = Assert.Single(NewAid(text, m => m.Country("Jordanian", "JO", "Jordan").Country("Gaza", "PS", "Palestine").Date("Thursday", "2024-06-13")));
        Assert.Equal(("JO", "PS", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Theory]
    [InlineData("A Qatari air force plane loaded with tents and medicine landed in Afghanistan on June 3, the first of several flights.", "June 3", "2024-06-03")]
    [InlineData("A Qatari air force plane loaded with tents and medicine is due to land in Afghanistan on Thursday.", "Thursday", "2024-06-13")]
    public void Relief_that_arrived_days_before_or_has_not_arrived_is_no_news_of_the_day(string text, string day, string timex) =>
        Assert.Empty(NewAid(text, m => m.Country("Qatari", "QA", "Qatar").Country("Afghanistan", "AF", "Afghanistan").Date(day, timex)));

    [Fact]
    public void Relief_for_one_country_that_docked_in_another_is_for_the_first()
    {
        const string text = "A Turkish ship carrying tents, medicine and generators for Gaza docked at the Egyptian port of El Arish on Thursday, "
            + "and the cargo was being loaded onto trucks for the Rafah crossing.";
        var e = Assert.Single(NewAid(text, m => m.Country("Turkish", "TR", "Turkey").Country("Gaza", "PS", "Palestine").Country("Egyptian", "EG", "Egypt")
            .Date("Thursday", "2024-06-13")));
        Assert.Equal(("TR", "PS", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_country_named_before_a_comma_is_not_the_carriers()
    {
        const string text = "The first foreign rescue team to reach the epicentre of the Moroccan earthquake, a unit of the army's emergency "
            + "service, landed in Marrakesh on Thursday.";
        Assert.Empty(NewAid(text, m => m.Country("Moroccan", "MA", "Morocco").Date("Thursday", "2024-06-13")));
    }

    [Fact]
    public void Relief_landed_in_a_city_goes_to_the_country_the_disaster_struck()
    {
        const string text = "A cargo plane carrying tents, blankets and other emergency supplies from China landed in Herat on Thursday, the first "
            + "consignment since earthquakes struck western Afghanistan at the weekend.";
        var e = Assert.Single(NewAid(text, m => m.Country("China", "CN", "China").Date("Thursday", "2024-06-13").Country("Afghanistan", "AF", "Afghanistan")));
        Assert.Equal(("CN", "AF", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void Planes_that_landed_carrying_relief_deliver_it()
    {
        const string text = "At Kathmandu's airport, Indian Air Force transport planes landed throughout Thursday carrying tents, blankets and medicines for Nepal's earthquake survivors.";
        var e = Assert.Single(NewAid(text, m => m.Country("Indian", "IN", "India").Date("Thursday", "2024-06-13").Country("Nepal", "NP", "Nepal")));
        Assert.Equal(("IN", "NP", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_consignment_of_donated_vaccines_that_landed_is_delivered()
    {
        const string text = "The first consignment of mpox vaccines to reach the Democratic Republic of Congo, about 100,000 doses donated by the European Union, landed in Kinshasa on Thursday.";
        var e = Assert.Single(NewAid(text, m => m.Country("Democratic Republic of Congo", "CD", "Democratic Republic of the Congo").Date("Thursday", "2024-06-13")));
        Assert.Equal(("EU", "CD", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_plane_that_landed_in_a_city_delivers_to_the_country_the_sentence_opens_in()
    {
        const string text = "In eastern Libya, where two dams burst above Derna, an Italian air force plane carrying tents and water pumps landed in Benghazi on Thursday.";
        var e = Assert.Single(NewAid(text, m => m.Country("Libya", "LY", "Libya").Country("Italian", "IT", "Italy").Date("Thursday", "2024-06-13")));
        Assert.Equal(("IT", "LY", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }

    [Fact]
    public void A_country_in_the_dateline_before_the_carrier_is_read_without_failing()
    {
        const string text = "BENGHAZI, Libya - An Italian air force plane carrying tents and water pumps landed in Benghazi on Thursday.";
        var events = NewAid(text, m => m.Country("Libya", "LY", "Libya").Country("Italian", "IT", "Italy").Date("Thursday", "2024-06-13"));
        Assert.All(events, e => Assert.Equal("IT", e.Donor.Code));
    }

    [Theory]
    [InlineData("So, today, I'm pleased to say that another 66 trucks got into Gaza over the last 24 hours with lifesaving humanitarian assistance, including food, water, and medicine.")]
    [InlineData("Yesterday, 100 trucks went through Rafah and 60 more trucks went through Kerem Shalom into Gaza with food and medicine.")]
    public void A_count_of_trucks_through_a_crossing_is_nobodys_delivery_even_in_a_White_House_briefing(string text) =>
        Assert.Empty(NewAid(text, m => m.Country("Gaza", "PS", "Palestine").Date(text.StartsWith("So") ? "today" : "Yesterday", text.StartsWith("So") ? "2024-06-13" : "2024-06-12"), UnitedStates));

    [Fact]
    public void Trucks_a_giver_sent_through_a_crossing_are_its_delivery()
    {
        const string text = "Jordanian trucks carrying food and medicine arrived in Gaza on Thursday, the army said.";
        var e = Assert.Single(NewAid(text, m => m.Country("Jordanian", "JO", "Jordan").Country("Gaza", "PS", "Palestine").Date("Thursday", "2024-06-13"), UnitedStates));
        Assert.Equal(("JO", "PS", "delivery"), (e.Donor.Code, e.Recipient.Code, e.Measure));
    }
}
