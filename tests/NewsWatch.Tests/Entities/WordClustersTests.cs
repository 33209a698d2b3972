using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;
using NewsWatch.Entities.Training;

namespace NewsWatch.Tests.Entities;

public class WordClustersTests
{
    [Fact]
    public void Exchange_clustering_puts_words_used_alike_in_one_class()
    {
        // Surnames follow titles and precede "said"; weekdays follow "on" and precede the comma; the two kinds never
        // share a context, so two classes split them however the passes start.
        string[] surnames = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak"];
        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        var sentences = new List<IReadOnlyList<string>>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var name in surnames)
            {
                sentences.Add(UnlabelledText.Sentences($"Minister {name} said the talks went well .").Single());
                sentences.Add(UnlabelledText.Sentences($"Envoy {name} said it again .").Single());
            }

            foreach (var day in weekdays)
            {
                sentences.Add(UnlabelledText.Sentences($"It happened on {day} , they said .").Single());
                sentences.Add(UnlabelledText.Sentences($"It rained on {day} , it seems .").Single());
            }
        }

        var clusters = new WordClusterTrainer().Train(sentences, new WordClusterOptions { Classes = 2, MinCount = 1 });

        var nameClass = clusters.ClassOf("Okafor");
        Assert.All(surnames, s => Assert.Equal(nameClass, clusters.ClassOf(s)));
        var dayClass = clusters.ClassOf("Monday");
        Assert.All(weekdays, d => Assert.Equal(dayClass, clusters.ClassOf(d)));
        Assert.NotEqual(nameClass, dayClass);
    }

    [Fact]
    public void Training_twice_on_the_same_text_gives_the_same_table()
    {
        var sentences = UnlabelledText.Sentences("Kyiv thanked Oslo. Oslo thanked Kyiv. Warsaw sent aid to Kyiv. Oslo sent aid to Warsaw. Kyiv sent thanks.").ToList();
        var options = new WordClusterOptions { Classes = 3, MinCount = 1 };

        Assert.Equal(Table(new WordClusterTrainer().Train(sentences, options)), Table(new WordClusterTrainer().Train(sentences, options)));
    }

    [Fact]
    public void Words_below_the_count_floor_get_no_class()
    {
        var sentences = UnlabelledText.Sentences("Aid came. Aid came. Aid came. Zanzibar once.").ToList();

        var clusters = new WordClusterTrainer().Train(sentences, new WordClusterOptions { Classes = 2, MinCount = 3 });

        Assert.NotEqual(WordClusters.Unknown, clusters.ClassOf("Aid"));
        Assert.Equal(WordClusters.Unknown, clusters.ClassOf("Zanzibar"));
    }

    [Theory]
    [InlineData("Stoltenberg", 7)]
    [InlineData("STOLTENBERG", 7)]   // a headline's capitals read as the name
    [InlineData("brown", 3)]
    [InlineData("Brown", 4)]         // case kept: the colour and the name live apart
    [InlineData("BROWN", 4)]
    [InlineData("2024", 9)]          // digits read as 0: every year shares a class
    [InlineData("1999", 9)]
    [InlineData("Relatives", 5)]     // a capitalised sentence start falls back to the lower-case word
    [InlineData("Quellwasser", WordClusters.Unknown)]
    public void Lookup_tries_the_word_then_title_case_then_lower_case(string token, int expected)
    {
        var clusters = new WordClusters([new("Stoltenberg", 7), new("brown", 3), new("Brown", 4), new("0000", 9), new("relatives", 5)]);

        Assert.Equal(expected, clusters.ClassOf(token));
    }

    [Fact]
    public void The_table_survives_writing_and_reading()
    {
        var clusters = new WordClusters([new("Kyiv", 2), new("said", 0), new("U.S.", 1)]);

        var copy = WordClusters.Read(new StringReader(Table(clusters)));

        Assert.Equal(Table(clusters), Table(copy));
        Assert.Equal(3, copy.ClassCount);
        Assert.Throws<InvalidDataException>(() => WordClusters.Read(new StringReader("Kyiv two\n")));
    }

    [Fact]
    public void A_version_3_extractor_reads_the_classes_and_refuses_to_run_without_them()
    {
        const string text = "Okafor said";
        Token[] tokens = [new(0, 6, TokenKind.Word), new(7, 11, TokenKind.Word)];
        LexiconHit[] hits = [LexiconHit.None, LexiconHit.None];

        List<int> Features(int version, WordClusters? clusters)
        {
            var indexes = new List<int>();
            new FeatureExtractor(18, version, clusters).Extract(text, tokens, hits, indexes, new int[2]);
            return indexes;
        }

        var known = new WordClusters([new("Okafor", 1), new("said", 2)]);
        var other = new WordClusters([new("Okafor", 3), new("said", 2)]);
        Assert.NotEqual(Features(3, known), Features(3, other));
        Assert.Equal(Features(2, known), Features(2, other));
        Assert.Throws<ArgumentException>(() => new FeatureExtractor(18, 3));
    }

    private static string Table(WordClusters clusters)
    {
        var writer = new StringWriter();
        clusters.Write(writer);
        return writer.ToString();
    }
}
