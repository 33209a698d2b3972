using NewsWatch.Entities.Model;
using NewsWatch.Entities.People;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Training-label cleaning for PERSON. GMB's silver labels tag cities, companies, papers and weapon systems as
/// people ("Kabul", "Rosneft", "Haaretz"), and a model trained on them learns to call such names people, which the
/// tagger then has to veto one by one. A PERSON span that <see cref="NonPersonNames"/> calls no person in its
/// sentence is relabelled O before training. Applied to the training split only: the dev and held-out labels stay
/// as the mapper gives them, so scores remain comparable with earlier models.
/// </summary>
public sealed class PersonLabelCleaner
{
    private readonly NonPersonNames _nonPersons;

    public PersonLabelCleaner(NonPersonNames nonPersons) => _nonPersons = nonPersons;

    /// <summary>The sentence with its vetoed PERSON spans relabelled O (the same instance when nothing changed).</summary>
    public LabeledSentence Clean(LabeledSentence sentence, out int removed)
    {
        removed = 0;
        var person = NerLabels.TypeIndex(EntityType.Person);
        int[]? labels = null;
        foreach (var span in sentence.Spans())
        {
            if (span.TypeIndex == person
                && _nonPersons.IsNonPerson(sentence.Text, sentence.Tokens[span.Start].Start, sentence.Tokens[span.End - 1].End))
            {
                labels ??= (int[])sentence.Labels.Clone();
                Array.Fill(labels, NerLabels.Outside, span.Start, span.End - span.Start);
                removed++;
            }
        }

        return labels is null ? sentence : sentence with { Labels = labels };
    }
}
