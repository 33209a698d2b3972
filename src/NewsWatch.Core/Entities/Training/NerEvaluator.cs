using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Entities.Training;

/// <summary>Scores the model against mapped corpus labels.</summary>
public static class NerEvaluator
{
    /// <summary>Model only: the model's decoded spans on the corpus tokens.</summary>
    public static EntityScores ModelOnly(NerModel model, IEnumerable<LabeledSentence> sentences)
    {
        var scores = new EntityScores();
        var predicted = new List<LabeledSpan>();
        foreach (var sentence in sentences)
        {
            var n = sentence.Tokens.Length;
            var labels = new int[n];
            var confidence = new float[n];
            model.Label(sentence.Text, sentence.Tokens, labels, confidence);
            predicted.Clear();
            LabeledSpan.FromLabels(labels, predicted);
            scores.Add(sentence.Spans(), predicted);
        }

        return scores;
    }

    /// <summary>
    /// Model + rules: the full <see cref="EntityTagger"/> on the sentence text (its own tokenizer, the
    /// normalisers' decisions). A mention counts only when it starts and ends exactly on corpus token bounds
    /// that match a gold span.
    /// </summary>
    public static EntityScores ModelAndRules(EntityTagger tagger, IEnumerable<LabeledSentence> sentences, PersonErrors? errors = null)
    {
        var scores = new EntityScores();
        foreach (var sentence in sentences)
        {
            var predicted = new List<LabeledSpan>();
            var unaligned = 0;
            // GMB never tags "now" or "recently" (3 of its 387 "now" are tim), so the relative references TimeML counts as
            // dates are set aside, as the label mapping sets aside GMB's own classes we do not output.
            foreach (var mention in tagger.Tag(sentence.Text).Where(m => !(m.Type == EntityType.Date && RelativeReferences.IsReference(m.Value?.Timex))))
            {
                var type = NerLabels.TypeIndex(mention.Type);
                var first = Array.FindIndex(sentence.Tokens, t => t.Start == mention.Start);
                var last = Array.FindIndex(sentence.Tokens, t => t.End == mention.End);
                predicted.Add(first >= 0 && last >= first ? new LabeledSpan(type, first, last + 1) : new LabeledSpan(type, -1, --unaligned));
            }

            scores.Add(sentence.Spans(), predicted);
            errors?.Add(sentence.Text, sentence.Tokens, sentence.Spans(), predicted);
        }

        return scores;
    }

    /// <summary>
    /// PERSON only, one whole article at a time (so rules that look across the article take part): the tagger's
    /// PERSON mentions (<paramref name="rules"/>) or the model's own PERSON spans, against the gold PERSON spans,
    /// exact token bounds.
    /// </summary>
    public static EntityScores PeopleInDocuments(EntityTagger tagger, IEnumerable<WikigoldDocument> documents, bool rules, PersonErrors? errors = null)
    {
        var scores = new EntityScores();
        var person = NerLabels.TypeIndex(EntityType.Person);
        foreach (var document in documents)
        {
            var text = document.Text(out var tokens, out var gold);
            var firstAt = new Dictionary<int, int>(tokens.Length);
            var lastAt = new Dictionary<int, int>(tokens.Length);
            for (var i = 0; i < tokens.Length; i++)
            {
                firstAt[tokens[i].Start] = i;
                lastAt[tokens[i].End] = i;
            }

            var predicted = new List<LabeledSpan>();
            var unaligned = 0;
            var mentions = rules ? tagger.Tag(text) : tagger.TagModelOnly(text);
            foreach (var mention in mentions.Where(m => m.Type == EntityType.Person))
            {
                predicted.Add(firstAt.TryGetValue(mention.Start, out var first) && lastAt.TryGetValue(mention.End, out var last) && last >= first
                    ? new LabeledSpan(person, first, last + 1)
                    : new LabeledSpan(person, -1, --unaligned));
            }

            scores.Add(gold, predicted);
            errors?.Add(text, tokens, gold, predicted);
        }

        return scores;
    }
}
