using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

public class SlotFillingTests
{
    private static readonly DateTimeOffset Published = new(2024, 6, 13, 15, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AidEventCandidate> Extract(string text, Func<MentionsBuilder, MentionsBuilder> tag) =>
        EventsTestHost.Extractor().Extract(new ArticleForEvents(1, "https://example.test/a", "t", text, Published), tag(new MentionsBuilder(text)).Build());

    [Fact]
    public void Fills_every_slot_of_a_plain_announcement()
    {
        const string text = "The United States on Tuesday announced a new $2.3 billion military aid package for Ukraine, including interceptors for Patriot air defence systems and 155mm artillery rounds.";
        var events = Extract(text, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$2.3 billion", 2.3e9m, "USD").Date("Tuesday", "2024-06-11"));
        var e = Assert.Single(events);
        Assert.Equal(("US", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.Equal((2.3e9m, "USD", 2.3e9m), (e.Amount, e.Currency, e.AmountUsd));
        Assert.Equal(new DateOnly(2024, 6, 11), e.AnnouncedOn);
        Assert.Equal(AidType.Military, e.AidType);
        Assert.Equal(AidSentenceLabel.Pledge, e.Measure);
        Assert.Equal(["Patriot", "155mm artillery rounds"], e.Items);
        Assert.Equal(text, e.Evidence);
        Assert.InRange(e.Confidence, 0.3f, 1f);
    }

    [Fact]
    public void Recipient_as_subject_and_donor_after_from()
    {
        const string text = "Ukraine will receive 40 Leopard 1 tanks from Germany under a deal signed on Wednesday.";
        var e = Assert.Single(Extract(text, m => m.Country("Ukraine", "UA", "Ukraine").Country("Germany", "DE", "Germany").Date("Wednesday", "2024-06-12")));
        Assert.Equal(("DE", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.Null(e.Amount);
        Assert.Equal(["Leopard 1"], e.Items);
        Assert.Equal(new DateOnly(2024, 6, 12), e.AnnouncedOn);
    }

    [Fact]
    public void Bodies_and_metonyms_are_parties_and_financial_cues_set_the_type()
    {
        const string text = "The European Union agreed on Thursday to lend Kyiv €5 billion to keep its budget afloat.";
        var e = Assert.Single(Extract(text, m => m.Amount("€5 billion", 5e9m, "EUR", 5.4e9m)));
        Assert.Equal(("EU", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.Equal(AidType.Financial, e.AidType);
        Assert.Equal(5.4e9m, e.AmountUsd);
        Assert.Equal(new DateOnly(2024, 6, 13), e.AnnouncedOn);
    }

    [Fact]
    public void A_sentence_without_parties_borrows_them_and_joins_the_package()
    {
        const string text = "Britain pledged £500 million in new military support for Ukraine on Wednesday. "
            + "The package will include Storm Shadow missiles and more than 1,000 drones, the Ministry of Defence said.";
        var e = Assert.Single(Extract(text, m => m.Country("Britain", "GB", "United Kingdom").Country("Ukraine", "UA", "Ukraine")
            .Amount("£500 million", 5e8m, "GBP", 6.35e8m).Date("Wednesday", "2024-06-12")));
        Assert.Equal(("GB", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.Equal(6.35e8m, e.AmountUsd);
        Assert.Contains("Storm Shadow", e.Items);
        Assert.Contains("drones", e.Items);
    }

    [Fact]
    public void Running_totals_are_not_the_package_amount()
    {
        const string text = "Canada will provide Ukraine with C$500 million in new military aid, bringing its total support to more than C$4 billion.";
        var e = Assert.Single(Extract(text, m => m.Country("Canada", "CA", "Canada").Country("Ukraine", "UA", "Ukraine")
            .Amount("C$500 million", 5e8m, "CAD", 3.7e8m).Amount("C$4 billion", 4e9m, "CAD", 2.96e9m)));
        Assert.Equal(5e8m, e.Amount);
        Assert.Equal("CAD", e.Currency);
    }

    [Fact]
    public void A_share_of_the_package_named_later_is_not_a_second_package()
    {
        const string text = "The United States announced a $2.3 billion military aid package for Ukraine on Tuesday. "
            + "Of that, $600 million worth of weapons will come from Pentagon stocks, including HIMARS ammunition.";
        var e = Assert.Single(Extract(text, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$2.3 billion", 2.3e9m, "USD").Amount("$600 million", 6e8m, "USD").Date("Tuesday", "2024-06-11")));
        Assert.Equal(2.3e9m, e.Amount);
    }

    [Fact]
    public void Donors_who_each_pledge_make_one_event_each_with_their_sum_and_joint_givers_one_each_without()
    {
        const string each = "Sweden and Norway each pledged $100 million to the drone coalition for Ukraine on Monday.";
        var events = Extract(each, m => m.Country("Sweden", "SE", "Sweden").Country("Norway", "NO", "Norway").Country("Ukraine", "UA", "Ukraine")
            .Amount("$100 million", 1e8m, "USD"));
        Assert.Equal(["NO", "SE"], events.Select(e => e.Donor.Code).Order());
        Assert.All(events, e => Assert.Equal(("UA", 1e8m), (e.Recipient.Code, e.Amount)));

        // A joint package with no split is an event of each giver (the labelling guidelines' convention); the sum stays
        // with the first named, since nobody's share is known.
        const string joint = "Germany, Denmark and the Netherlands will provide Ukraine with 100 Leopard 1 tanks worth €250 million under a joint deal.";
        var perGiver = Extract(joint, m => m.Country("Germany", "DE", "Germany").Country("Denmark", "DK", "Denmark").Country("Netherlands", "NL", "Netherlands")
            .Country("Ukraine", "UA", "Ukraine").Amount("€250 million", 2.5e8m, "EUR", 2.7e8m));
        Assert.Equal([("DE", 2.5e8m), ("DK", (decimal?)null), ("NL", null)], perGiver.Select(e => (e.Donor.Code, e.Amount)).OrderBy(x => x.Item1));
        Assert.All(perGiver, e => Assert.Equal("UA", e.Recipient.Code));
    }

    [Fact]
    public void The_sum_named_for_the_recipient_is_its_package()
    {
        const string text = "The United States is providing $1 billion in new food security assistance across the Middle East, with $50 million specifically for Egypt.";
        var e = Assert.Single(Extract(text, m => m.Country("United States", "US", "United States").Country("Egypt", "EG", "Egypt")
            .Amount("$1 billion", 1e9m, "USD").Amount("$50 million", 5e7m, "USD")));
        Assert.Equal(("US", "EG", 5e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void A_programme_for_a_list_of_countries_is_not_aid_to_one_of_them()
    {
        const string text = "USAID will provide $15 million to the initiative in Nigeria, Tanzania, Colombia and Ecuador.";
        Assert.Empty(Extract(text, m => m.Country("Nigeria", "NG", "Nigeria").Country("Tanzania", "TZ", "Tanzania")
            .Country("Colombia", "CO", "Colombia").Country("Ecuador", "EC", "Ecuador").Amount("$15 million", 1.5e7m, "USD")));
    }

    [Fact]
    public void A_sentence_dated_months_before_the_article_recalls_an_old_announcement()
    {
        // Published 2024-06-13: "last December" is half a year back, so a recap (it may only add a source to a stored
        // event); "on Tuesday" is this week.
        const string old = "Last December, the United States committed $250 million in new military aid to Ukraine.";
        Assert.True(Assert.Single(Extract(old, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$250 million", 2.5e8m, "USD").Date("Last December", "2023-12"))).IsRecap);
        const string recent = "On Tuesday, the United States committed $250 million in new military aid to Ukraine.";
        Assert.False(Assert.Single(Extract(recent, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$250 million", 2.5e8m, "USD").Date("Tuesday", "2024-06-11"))).IsRecap);
    }

    [Fact]
    public void A_total_announced_first_keeps_its_parts_from_the_sentences_after_it()
    {
        const string text = "Britain on Tuesday announced a new package of aid for Ukraine totaling £300 million. "
            + "Britain will give £200 million to Ukraine for air defence. "
            + "Britain will also send £100 million in humanitarian aid to Ukraine for the winter.";
        var events = Extract(text, m => m.Country("Britain", "GB", "United Kingdom").Country("Ukraine", "UA", "Ukraine")
            .Amount("£300 million", 3e8m, "GBP", 3.8e8m).Amount("£200 million", 2e8m, "GBP", 2.53e8m).Amount("£100 million", 1e8m, "GBP", 1.27e8m)
            .Date("Tuesday", "2024-06-11"));
        var e = Assert.Single(events);
        Assert.Equal(3e8m, e.Amount);
        Assert.Equal([1e8m, 2e8m], e.Parts.Select(p => p.Amount).Order());
    }

    [Fact]
    public void A_bare_dollar_sum_is_in_the_dollars_of_whoever_writes_or_speaks_it()
    {
        IReadOnlyList<AidEventCandidate> Read(string text, AidParty? publisher) => EventsTestHost.Extractor().Extract(
            new ArticleForEvents(1, "https://example.test/a", "t", text, Published, publisher),
            new MentionsBuilder(text).Country("Australia", "AU", "Australia").Country("Ukraine", "UA", "Ukraine")
                .Amount("$15 million", 1.5e7m, "USD", 1.5e7m).Date("Tuesday", "2024-06-11").Build());
        var us = new AidParty("US", "United States");

        // The Australian prime minister speaking in a White House transcript means Australian dollars.
        var spoken = Assert.Single(Read("On Tuesday, I announced that Australia will provide an additional $15 million in humanitarian assistance to Ukraine.", us));
        Assert.Equal(("AU", "AUD", 1.5e7m), (spoken.Donor.Code, spoken.Currency, spoken.Amount));
        Assert.InRange(spoken.AmountUsd!.Value, 9e6m, 1.2e7m);

        // An Australian paper means them too; a US publisher reporting Australia's sum means US dollars.
        const string reported = "Australia will provide an additional $15 million in humanitarian assistance to Ukraine, the prime minister announced on Tuesday.";
        Assert.Equal("AUD", Assert.Single(Read(reported, new AidParty("AU", "Australia"))).Currency);
        Assert.Equal("USD", Assert.Single(Read(reported, us)).Currency);
    }

    [Fact]
    public void A_national_body_announcing_takes_the_article_s_donor_not_the_publisher()
    {
        // A British paper on Slovakia's aid: "the security council" is Slovakia's, so the donor is the country the
        // story is about, not the paper's. The same sentence in the first person would be the publisher's.
        const string text = "For two years Slovakia kept its arms deliveries to Ukraine quiet. "
            + "Officials in Bratislava feared reprisals. Many believed the secrecy protected the factories. "
            + "Others said it cost the government votes. Slovakia's support for Ukraine later became an open secret. "
            + "On Tuesday the national security council approved a package of artillery shells and armoured vehicles for Ukraine worth $90 million.";
        var e = Assert.Single(EventsTestHost.Extractor().Extract(
            new ArticleForEvents(1, "https://example.test/a", "t", text, Published, new AidParty("GB", "United Kingdom")),
            new MentionsBuilder(text).Country("Slovakia", "SK", "Slovakia").Country("Ukraine", "UA", "Ukraine")
                .Amount("$90 million", 9e7m, "USD", 9e7m).Date("Tuesday", "2024-06-11").Build()), c => !c.IsRecap);
        Assert.Equal(("SK", "UA", 9e7m), (e.Donor.Code, e.Recipient.Code, e.Amount));
    }

    [Fact]
    public void Training_cues_make_a_training_event()
    {
        const string text = "Britain will train another 10,000 Ukrainian recruits at bases in England this year, the defence secretary announced.";
        var e = Assert.Single(Extract(text, m => m.Country("Britain", "GB", "United Kingdom").Country("Ukrainian", "UA", "Ukraine")));
        Assert.Equal(("GB", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.Equal(AidType.Training, e.AidType);
    }

    [Fact]
    public void Appeals_cuts_and_past_mentions_are_not_events()
    {
        const string text = "Zelensky urged Germany to send Taurus cruise missiles to Ukraine. "
            + "Slovakia halted all military aid shipments to Ukraine last year. "
            + "Since 2022, the United States has provided more than $50 billion in security assistance to Ukraine.";
        var events = Extract(text, m => m.Country("Germany", "DE", "Germany").Country("Ukraine", "UA", "Ukraine").Country("Slovakia", "SK", "Slovakia")
            .Country("United States", "US", "United States").Amount("$50 billion", 5e10m, "USD"));
        // The running total may come back as a recap (a source for an earlier event, never an event of its own).
        Assert.All(events, e => Assert.True(e.IsRecap, e.Evidence));
    }

    [Theory]
    [InlineData("Japan will continue to support Ukraine, Prime Minister Fumio Kishida said on Thursday.")]
    [InlineData("After two days of talks, Japan is expected to announce financial support for Ukraine at the summit on July 9-11.")]
    public void Vague_support_without_amount_items_or_quantity_is_no_event(string text) =>
        Assert.Empty(Extract(text, m => m.Country("Japan", "JP", "Japan").Country("Ukraine", "UA", "Ukraine")));
}
