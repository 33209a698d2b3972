using NewsWatch.Entities.Model;
using NewsWatch.Entities.People;
using NewsWatch.Entities.Tokens;
using NewsWatch.Entities.Training;

namespace NewsWatch.Tests.Entities;

public class PersonLabelCleanerTests
{
    private static readonly int Person = NerLabels.TypeIndex("PERSON");

    /// <summary>A sentence of space-separated words with PERSON labels on the given [start, end) word ranges.</summary>
    private static LabeledSentence Sentence(string text, params (int Start, int End)[] people)
    {
        var words = text.Split(' ');
        var tokens = new Token[words.Length];
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(at, at + words[i].Length, char.IsLetter(words[i][0]) ? TokenKind.Word : TokenKind.Punctuation);
            at += words[i].Length + 1;
        }

        var labels = new int[words.Length];
        foreach (var (start, end) in people)
        {
            labels[start] = NerLabels.Begin(Person);
            for (var k = start + 1; k < end; k++)
            {
                labels[k] = NerLabels.Inside(Person);
            }
        }

        return new LabeledSentence(text, tokens, labels);
    }

    [Fact]
    public void A_company_labelled_as_a_person_is_relabelled_outside_and_the_person_kept()
    {
        var sentence = Sentence("Shares of Halliburton fell after Ingrid Olafsdottir spoke .", (2, 3), (5, 7));
        var cleaned = new PersonLabelCleaner(NonPersonNames.Shared).Clean(sentence, out var removed);

        Assert.Equal(1, removed);
        Assert.Equal(NerLabels.Outside, cleaned.Labels[2]);
        Assert.Equal(NerLabels.Begin(Person), cleaned.Labels[5]);
        Assert.Equal(NerLabels.Inside(Person), cleaned.Labels[6]);
        Assert.Equal(NerLabels.Begin(Person), sentence.Labels[2]);
    }

    [Fact]
    public void A_sentence_of_real_people_is_returned_as_it_is()
    {
        var sentence = Sentence("Ingrid Olafsdottir met Tomas Brenner in Oslo .", (0, 2), (3, 5));
        var cleaned = new PersonLabelCleaner(NonPersonNames.Shared).Clean(sentence, out var removed);

        Assert.Equal(0, removed);
        Assert.Same(sentence, cleaned);
    }
}
