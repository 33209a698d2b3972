using NewsWatch.Entities;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;
using NewsWatch.Entities.Training;

namespace NewsWatch.Tests.Entities;

public class PersonErrorsTests
{
    [Fact]
    public void Lists_missed_false_and_cut_short_names_with_their_context()
    {
        const string text = "Kim Pan Keun met Ana Ruiz in Barrick";
        var tokens = Tokenizer.Tokenize(text).ToArray();
        var person = NerLabels.TypeIndex(EntityType.Person);
        var errors = new PersonErrors();
        errors.Add(text, tokens,
            [new LabeledSpan(person, 0, 3), new LabeledSpan(person, 4, 6)],
            [new LabeledSpan(person, 0, 2), new LabeledSpan(person, 7, 8)]);

        Assert.Equal(3, errors.Lines.Count);
        Assert.StartsWith("SPAN\tKim Pan Keun → Kim Pan\t", errors.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("FN\tAna Ruiz\t", errors.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("FP\tBarrick\t", errors.Lines[2], StringComparison.Ordinal);
    }
}
