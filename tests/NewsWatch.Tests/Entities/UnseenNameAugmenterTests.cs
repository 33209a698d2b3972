using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;
using NewsWatch.Entities.Training;

namespace NewsWatch.Tests.Entities;

public class UnseenNameAugmenterTests
{
    private static LabeledSentence Sentence()
    {
        const string text = "Mr. Andrew Natsios said Sudan needs aid .";
        string[] words = ["Mr.", "Andrew", "Natsios", "said", "Sudan", "needs", "aid", "."];
        var tokens = new Token[words.Length];
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            at = text.IndexOf(words[i], at, StringComparison.Ordinal);
            tokens[i] = new Token(at, at + words[i].Length, i == words.Length - 1 ? TokenKind.Punctuation : TokenKind.Word);
            at += words[i].Length;
        }

        var person = NerLabels.TypeIndex("PERSON");
        var country = NerLabels.TypeIndex("COUNTRY");
        int[] labels = [0, NerLabels.Begin(person), NerLabels.Inside(person), 0, NerLabels.Begin(country), 0, 0, 0];
        return new LabeledSentence(text, tokens, labels);
    }

    [Fact]
    public void Renames_only_the_people_and_keeps_labels_and_offsets_consistent()
    {
        var sentence = Sentence();
        var renamed = new UnseenNameAugmenter(42, ["Olga", "Kwame", "Ines"]).Rename(sentence);

        Assert.Equal(sentence.Labels, renamed.Labels);
        string Word(LabeledSentence s, int i) => s.Text[s.Tokens[i].Start..s.Tokens[i].End];
        Assert.Contains(Word(renamed, 1), new[] { "Olga", "Kwame", "Ines" });
        Assert.NotEqual("Natsios", Word(renamed, 2));
        Assert.True(char.IsUpper(Word(renamed, 2)[0]));
        foreach (var i in new[] { 0, 3, 4, 5, 6, 7 })
        {
            Assert.Equal(Word(sentence, i), Word(renamed, i));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_names()
    {
        var a = new UnseenNameAugmenter(7, ["Olga", "Kwame"]).Rename(Sentence());
        var b = new UnseenNameAugmenter(7, ["Olga", "Kwame"]).Rename(Sentence());
        Assert.Equal(a.Text, b.Text);
        Assert.True(UnseenNameAugmenter.NamesAPerson(a));
    }
}
