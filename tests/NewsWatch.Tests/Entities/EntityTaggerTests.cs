using System.Text;
using NewsWatch.Entities;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

public sealed class EntityTaggerTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private readonly EntityTagger _tagger = fixture.Tagger;

    private static readonly string Article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Entities", "aid_article.txt"));

    private static HashSet<string> Values(IEnumerable<EntityMention> mentions, string type) =>
        [.. mentions.Where(m => m.Type == type).Select(m => m.Value switch
        {
            { Iso2: { } iso2 } => iso2,
            { Name: { } name } => name,
            { Amount: { } amount, Currency: { } currency } => $"{amount:0.##} {currency}",
            { Timex: { } timex } => timex,
            { RangeStart: { } start, RangeEnd: { } end } => $"{start}..{end}",
            _ => "?" + m.Text,
        })];

    [Fact]
    public void FindsThePeopleCountriesAmountAndDatesOfAnAidArticle()
    {
        var mentions = _tagger.Tag(Article, new DateOnly(2024, 6, 18));

        Assert.Equal(["Mark Rutte", "Olaf Scholz"], Values(mentions, EntityType.Person).Order());
        Assert.Equal(["DE", "PL", "RU", "UA"], Values(mentions, EntityType.Country).Order());
        Assert.Equal(["12000000000 USD"], Values(mentions, EntityType.Amount));
        Assert.Superset(new HashSet<string> { "2024-06-18", "2024-06-17", "2024-09-03..2024-09-05", "2022-02" }, Values(mentions, EntityType.Date));
        Assert.DoesNotContain(mentions, m => m.Text is "Kyiv" or "Brussels" or "Berlin" or "Washington" or "Kharkiv");
    }

    [Fact]
    public void ACountryNamedInTheArticleIsACountryWhereItOpensTheNameOfABody()
    {
        const string text = "Ukraine asked for more air defence on Friday.\nAllies met as the Ukraine Defence Contact Group in Brussels.";
        var mentions = _tagger.Tag(text, new DateOnly(2024, 6, 13));
        var inGroup = text.IndexOf("Ukraine Defence", StringComparison.Ordinal);
        Assert.Contains(mentions, m => m.Type == EntityType.Country && m.Start == inGroup && m.Text == "Ukraine");
    }

    [Theory]
    [InlineData("Japan extends aid of 8.5 million US dollars to the Republic of Türkiye and of 5.5 million US dollars to the Syrian Arab Republic.", "Republic of Türkiye", "TR")]
    [InlineData("The Democratic Republic of the Congo signed the accord on Monday.", "Democratic Republic of the Congo", "CD")]
    [InlineData("Aid went to the Republic of the Gambia.", "Republic of the Gambia", "GM")]
    [InlineData("Officials of the Republic of Turkey attended.", "Republic of Turkey", "TR")]
    public void AStatesOfficialNameIsOneCountryWhereverTheModelCutsItShort(string text, string name, string iso2)
    {
        // The model tagged "Republic of", "Democratic Republic" and "Republic" alone: spans that name no country.
        var mentions = _tagger.Tag(text, new DateOnly(2023, 2, 17));
        Assert.Contains(mentions, m => m.Type == EntityType.Country && m.Text == name && m.Value!.Iso2 == iso2);
    }

    [Theory]
    [InlineData("Jordanian air force planes dropped food parcels over the area on Saturday.", "Jordanian", "JO")]
    [InlineData("BENGHAZI, Libya - A Turkish naval ship carrying two field hospitals docked near Derna on Thursday.", "Turkish", "TR")]
    public void ADemonymBeforeAStatesForcesOrCarriersIsItsCountry(string text, string demonym, string iso2)
    {
        // The model left both untagged: a capitalised first word or a dateline made the phrase read as a name.
        var mentions = _tagger.Tag(text, new DateOnly(2023, 9, 14));
        Assert.Contains(mentions, m => m.Type == EntityType.Country && m.Text == demonym && m.Value!.Iso2 == iso2);
    }

    [Theory]
    [InlineData("Canada")]
    [InlineData("Norway")]
    public void ACountryThatOpensABulletAndActsIsOneNamedBeforeOrNot(string country)
    {
        // The model, which never saw a bullet in GMB, left "- Canada will contribute" untagged when no other line named Canada.
        var text = "Each of our governments is announcing new contributions for the winter:\n- Japan will supply transformers and generators.\n- "
            + country + " will contribute $30 million to repair substations and restore heating.";
        var mentions = _tagger.Tag(text, new DateOnly(2022, 12, 13));
        Assert.Contains(mentions, m => m.Type == EntityType.Country && m.Text == country);
    }

    [Theory]
    [InlineData("ABU DHABI")]
    [InlineData("SAN SALVADOR")]
    public void AWireDatelineIsAPlaceAndADateNotAPerson(string place)
    {
        // The model read these datelines (in capitals, without a comma) as one person, date and all.
        var text = place + " 1996-08-22\nThe central bank said on Thursday that rates would stay unchanged.";
        var mentions = _tagger.Tag(text, new DateOnly(1996, 8, 22));
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Type == EntityType.Date && m.Text == "1996-08-22");
    }

    [Fact]
    public void AnInitialBeforeASurnameIsPartOfTheName()
    {
        const string text = "England first innings\nM. Atherton c Inzamam b Mushtaq 31\nA. Stewart lbw b Waqar 44\nU.S. envoys were not at the ground.";
        var mentions = _tagger.Tag(text, new DateOnly(1996, 8, 22));
        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text == "A. Stewart");
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person && m.Text.StartsWith("U.S.", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountryNamedInTheTextIsACountryWhereItOpensABulletAsTheSubject()
    {
        const string text = "We are therefore announcing today the following new contributions:\n- Estonia will provide EUR 20 million for ammunition;\n"
            + "- Latvia will provide EUR 15 million for drones.\nEstonia will lead the next round.";
        var mentions = _tagger.Tag(text, new DateOnly(2024, 6, 13));
        var bullet = text.IndexOf("Estonia", StringComparison.Ordinal);
        Assert.Contains(mentions, m => m.Type == EntityType.Country && m.Start == bullet && m.Value!.Iso2 == "EE");
    }

    [Theory]
    [InlineData("The board will meet on Dec. 15 to decide.", "Dec. 15", "1989-12-15")]
    [InlineData("Holders were told of a redemption on Nov. 7, 1989 of all remaining shares.", "Nov. 7, 1989", "1989-11-07")]
    public void ADateOpenedByAMonthsAbbreviationKeepsItsDay(string text, string span, string value)
    {
        // The model tags "Dec." alone before a day number; the date is the whole expression.
        var date = Assert.Single(_tagger.Tag(text, new DateOnly(1989, 10, 26)), m => m.Type == EntityType.Date);
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value!.Timex);
    }

    [Fact]
    public void DatesJoinedByAndAreEachADate()
    {
        // The model tags "Saturday and Sunday" as one span (GMB does); each day is a date with its own value.
        var dates = _tagger.Tag("The defence ministers will meet in Vilnius on Saturday and Sunday to agree the package.", new DateOnly(2024, 6, 13))
            .Where(m => m.Type == EntityType.Date).ToList();
        Assert.Equal(["Saturday", "Sunday"], dates.Select(d => d.Text));
        Assert.Equal(["2024-06-15", "2024-06-16"], dates.Select(d => d.Value!.Timex));
    }

    [Fact]
    public void BothCountriesOfAPairAreCountries()
    {
        // The model tagged only "Sweden" here: a country name coordinated with a tagged one is one too.
        const string text = "Sweden and Norway each pledged $100 million to the international drone coalition for Ukraine on Monday.";
        var mentions = _tagger.Tag(text, new DateOnly(2025, 4, 15));
        Assert.Equal(["NO", "SE", "UA"], Values(mentions, EntityType.Country).Order());
    }

    [Fact]
    public void MentionsPointAtTheirTextAndDoNotOverlap()
    {
        var mentions = _tagger.Tag(Article, new DateOnly(2024, 6, 18));
        AssertWellFormed(Article, mentions);
        var rutte = mentions.First(m => m.Text == "Mr. Rutte" || m.Text == "Rutte");
        Assert.Equal("Mark Rutte", rutte.Value?.Name);
    }

    public static TheoryData<string> OddTexts => new()
    {
        "",
        " ",
        "...!!!???,,,;;;---\u2014\u2013()[]{}",
        "Ukr\u200Baine and Rus\u200Dsia signed\u00A0it\uFEFF on\u2060 Monday",
        "\u201CWe will,\u201D said \u2018Mr.\u2019 Biden \u2013 in Kyiv \u2014 on July 9\u201311.",
        "Кремль 北京 مرحبا Путин said Ukraine got $5 billion ภาษาไทย 😀 on Friday",
        "\uD800 lone \uDFFF surrogates \uD83D and $ \u20AC \u00A3 with no numbers",
        new string('$', 10_000),
        string.Concat(Enumerable.Repeat("Mr. ", 5_000)),
        "9\u201311 \u2013 1,000 1.000.000 2024-06-13 10:30 a.m. 50% \u00BD",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void OddTextNeverBreaksTheTagger(string text) => AssertWellFormed(text, _tagger.Tag(text, new DateOnly(2024, 6, 13)));

    [Fact]
    public void BinaryGarbageIsTaggedWithoutFailing()
    {
        var random = new Random(3);
        var chars = new char[300_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        var text = new string(chars);
        AssertWellFormed(text, _tagger.Tag(text));
    }

    [Fact]
    public void AFiveMegabyteTextIsTagged()
    {
        var builder = new StringBuilder(5_000_000 + Article.Length);
        while (builder.Length < 5_000_000)
        {
            builder.Append(Article);
        }

        var text = builder.ToString();
        var mentions = _tagger.Tag(text, new DateOnly(2024, 6, 18));
        AssertWellFormed(text, mentions);
        Assert.True(mentions.Count > 1000);
    }

    private static void AssertWellFormed(string text, IReadOnlyList<EntityMention> mentions)
    {
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            Assert.InRange(mention.Start, previousEnd, text.Length - 1);
            Assert.InRange(mention.End, mention.Start + 1, text.Length);
            Assert.Equal(text[mention.Start..mention.End], mention.Text);
            Assert.Contains(mention.Type, EntityType.All);
            previousEnd = mention.End;
        }
    }

    [Theory]
    [InlineData("Norway will give Ukraine 2 billion crowns, the Norwegian government said.", "NOK")]
    [InlineData("Sweden will send Ukraine aircraft worth 3.4 billion crowns.", "SEK")]
    [InlineData("Denmark said it would add 900 million crowns for Ukraine's air defence.", "DKK")]
    [InlineData("Sweden will send Ukraine two aircraft as part of a 13.3 billion crown aid package.", "SEK")]
    [InlineData("Norway announced a 5 billion crown package for Ukraine.", "NOK")]
    public void BareCrownsAreTheCurrencyOfTheCrownCountryTheArticleNames(string text, string currency)
    {
        var amount = Assert.Single(_tagger.Tag(text, new DateOnly(2024, 5, 29)), m => m.Type == EntityType.Amount);
        Assert.Equal(currency, amount.Value!.Currency);
    }

    [Theory]
    [InlineData("STOCKHOLM, May 29 — Sweden will send two surveillance aircraft to Ukraine. The package is Sweden's largest.")]
    [InlineData("STOCKHOLM — Sweden will send two surveillance aircraft to Ukraine. The package is Sweden's largest.")]
    [InlineData("STOCKHOLM, May 29 (Meridian Wire) - Sweden will send two surveillance aircraft to Ukraine. The package is Sweden's largest.")]
    public void TheCountryOpeningAStoryAfterItsCapitalsDatelineIsACountry(string text)
    {
        var mentions = _tagger.Tag(text, new DateOnly(2024, 5, 29));
        Assert.Contains(mentions, m => m.Type == EntityType.Country && m.Start == text.IndexOf("Sweden", StringComparison.Ordinal) && m.Value!.Iso2 == "SE");
    }

    [Fact]
    public void A_crown_without_a_multiplier_is_no_money()
    {
        Assert.DoesNotContain(_tagger.Tag("The crown prince visited Kyiv. The king wore a crown on 5 June.", new DateOnly(2024, 5, 29)), m => m.Type == EntityType.Amount);
    }
}
