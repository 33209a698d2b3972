using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Tests.Events;

/// <summary>The trained role model (models/party_roles.zip) on sentences written here, each a kind of role the rules got wrong on real text.</summary>
public class PartyRoleRankerTests
{
    private static (string? Donor, string? Recipient) Roles(string text, params (string Name, string Code)[] parties)
    {
        var found = parties.Select(p =>
        {
            var at = text.IndexOf(p.Name, StringComparison.Ordinal);
            return new PartyMatch(new AidParty(p.Code, p.Name), at, at + p.Name.Length, PartySource.CountryMention);
        }).OrderBy(p => p.Start).ToList();
        var (d, r) = EventsTestHost.Roles.Assign(text, 0..text.Length, found);
        return (d?.Party.Code, r?.Party.Code);
    }

    [Theory]
    [InlineData("Japan has pledged $15 million in emergency aid to Sri Lanka after the floods.", "Japan", "JP", "Sri Lanka", "LK", "JP", "LK")]
    [InlineData("Sri Lanka will receive $15 million in emergency aid from Japan.", "Sri Lanka", "LK", "Japan", "JP", "JP", "LK")]
    [InlineData("The howitzers financed by Denmark have been handed over to Ukrainian artillery brigades.", "Denmark", "DK", "Ukrainian", "UA", "DK", "UA")]
    [InlineData("Canada will send Ukraine 40 more armoured vehicles, the defence minister said.", "Canada", "CA", "Ukraine", "UA", "CA", "UA")]
    public void The_giver_and_the_receiver_come_from_the_words_around_them(string text, string first, string firstCode, string second, string secondCode, string donor, string recipient) =>
        Assert.Equal((donor, recipient), Roles(text, (first, firstCode), (second, secondCode)));

    [Fact]
    public void An_aggressor_and_the_venue_of_a_summit_take_no_role()
    {
        Assert.Equal((null, "UA"), Roles("The aid will help Ukraine defend itself against Russia's invasion.", ("Ukraine", "UA"), ("Russia", "RU")));
        Assert.Equal((null, "UA"), Roles("At the NATO summit, the President announced $225 million in new military aid for Ukraine.", ("NATO", "NATO"), ("Ukraine", "UA")));
    }

    [Fact]
    public void The_theatre_of_a_war_named_as_context_takes_no_role()
    {
        const string text = "USAID will provide $1.5 million to launch a fertilizer fund in Zambia to address the impacts of Russia's war in Ukraine.";
        Assert.Equal((null, "ZM"), Roles(text, ("Zambia", "ZM"), ("Russia", "RU"), ("Ukraine", "UA")));
    }

    [Fact]
    public void A_joint_package_is_given_by_the_first_party_of_the_list()
    {
        const string text = "Germany, Denmark and the Netherlands will provide Ukraine with 100 Leopard 1 tanks under a joint deal.";
        Assert.Equal(("DE", "UA"), Roles(text, ("Germany", "DE"), ("Denmark", "DK"), ("Netherlands", "NL"), ("Ukraine", "UA")));
    }

    [Fact]
    public void Scoring_counts_a_role_right_when_it_is_labelled_or_when_no_candidate_has_it()
    {
        const string text = "Japan gave Kenya $5 million.";
        var parties = new List<PartyMatch>
        {
            new(new AidParty("JP", "Japan"), 0, 5, PartySource.CountryMention),
            new(new AidParty("KE", "Kenya"), 11, 16, PartySource.CountryMention),
        };
        var sentence = new TaggedRoleSentence(new RoleSentence("doc", text, new DateOnly(2024, 1, 1), ["JP"], ["KE"]), parties);
        Assert.Equal(new RoleScore(1, 1, 1, 1), PartyRoleDataset.Score([sentence], (_, _, p) => (p[0], p[1])));
        Assert.Equal(new RoleScore(1, 0, 0, 0), PartyRoleDataset.Score([sentence], (_, _, p) => (p[1], p[0])));
        var unlabelled = sentence with { Sentence = sentence.Sentence with { Donors = ["US"], Recipients = [] } };
        Assert.Equal(new RoleScore(1, 1, 1, 1), PartyRoleDataset.Score([unlabelled], (_, _, _) => (null, null)));
    }

    [Fact]
    public void Every_candidate_party_becomes_one_training_row_with_its_role()
    {
        const string text = "Japan gave Kenya $5 million, Russia said.";
        var parties = new List<PartyMatch>
        {
            new(new AidParty("JP", "Japan"), 0, 5, PartySource.CountryMention),
            new(new AidParty("KE", "Kenya"), 11, 16, PartySource.CountryMention),
            new(new AidParty("RU", "Russia"), 29, 35, PartySource.CountryMention),
        };
        var rows = PartyRoleDataset.Rows(new TaggedRoleSentence(new RoleSentence("doc", text, new DateOnly(2024, 1, 1), ["JP"], ["KE"]), parties)).ToList();
        Assert.Equal([PartyRoleInput.Donor, PartyRoleInput.Recipient, PartyRoleInput.Neither], rows.Select(r => r.Label));
        Assert.Contains("speaker", rows[2].Features.Split(' '));
        Assert.Contains("cue_give_left", rows[1].Features.Split(' '));
    }

    [Fact]
    public void Gmb_tokens_are_joined_back_into_running_text() =>
        Assert.Equal("Japan's $10 million (in aid) didn't arrive, officials said.",
            GmbAidSentences.Detokenize(["Japan", "'s", "$", "10", "million", "(", "in", "aid", ")", "did", "n't", "arrive", ",", "officials", "said", "."]));
}

public class PartyGazetteerTests
{
    [Theory]
    [InlineData("The GCC countries pledged to provide $100 million for the hospital network.", "GCC")]
    [InlineData("The Gulf Cooperation Council will fund the project.", "GCC")]
    [InlineData("The Asian Development Bank approved a $500 million loan for Pakistan.", "ADB")]
    [InlineData("The African Development Bank will lend Kenya $200 million.", "AFDB")]
    public void Donor_bodies_beyond_the_western_ones_are_parties(string text, string code) =>
        Assert.Contains(PartyGazetteer.Find(text, 0, text.Length), p => p.Party.Code == code && p.Source == PartySource.Body);

    [Fact]
    public void A_development_bank_without_an_aid_cue_gives_financial_aid() =>
        Assert.Equal(AidType.Financial, AidType.Decide(new Dictionary<string, int>(), "ADB"));
}
