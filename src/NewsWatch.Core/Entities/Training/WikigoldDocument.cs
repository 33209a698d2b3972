using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Training;

/// <summary>
/// One Wikigold article: its sentences as token lists with their IO tags (<c>I-PER I-LOC I-ORG I-MISC O</c>).
/// </summary>
public sealed record WikigoldDocument(IReadOnlyList<IReadOnlyList<(string Word, string Tag)>> Sentences)
{
    /// <summary>
    /// The article as one text (tokens joined by spaces, one sentence a line, so the tagger sees the whole
    /// document as a page would give it), each token's offsets in it, and the gold PERSON spans over those
    /// tokens: runs of <c>I-PER</c> (IO tags cannot separate two adjacent names; Wikigold has almost none).
    /// </summary>
    public string Text(out Token[] tokens, out List<LabeledSpan> people)
    {
        var builder = new System.Text.StringBuilder();
        var list = new List<Token>();
        people = [];
        var person = NerLabels.TypeIndex(EntityType.Person);
        foreach (var sentence in Sentences)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            var runStart = -1;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                var start = builder.Length;
                builder.Append(sentence[i].Word);
                var isPerson = sentence[i].Tag is "I-PER" or "B-PER";
                if (isPerson && (runStart < 0 || sentence[i].Tag == "B-PER"))
                {
                    if (runStart >= 0)
                    {
                        people.Add(new LabeledSpan(person, runStart, list.Count));
                    }

                    runStart = list.Count;
                }
                else if (!isPerson && runStart >= 0)
                {
                    people.Add(new LabeledSpan(person, runStart, list.Count));
                    runStart = -1;
                }

                list.Add(new Token(start, builder.Length, TokenKind.Word));
            }

            if (runStart >= 0)
            {
                people.Add(new LabeledSpan(person, runStart, list.Count));
            }
        }

        tokens = [.. list];
        return builder.ToString();
    }
}
