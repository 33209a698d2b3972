using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.People;

/// <summary>
/// Office holders named in a headline written in capitals ("STOLTENBERG WARNS OF LONG WAR"): the model reads such a
/// line title-cased, where a lone surname says little, so a word (or two) that is the name or surname of someone in
/// office on the publication date is that person there. Limited to capitals lines: on running text the same rule cost
/// GMB dev PERSON (see the model card), and GMB has no capitals lines. Stateless, so thread-safe.
/// </summary>
public sealed class HeadlineLeaders(OfficeHolders holders)
{
    public static HeadlineLeaders Shared { get; } = new(OfficeHolders.Shared);

    /// <summary>Token ranges [start, end) in capitals lines (<paramref name="converted"/>) on free tokens that name an office holder in office on <paramref name="on"/>.</summary>
    public List<(int Start, int End)> Find(string text, IReadOnlyList<Token> tokens, bool[] converted, bool[] free, DateOnly on)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!converted[i] || !free[i] || tokens[i].Kind != TokenKind.Word || tokens[i].Length < 3)
            {
                continue;
            }

            var two = i + 1 < tokens.Count && converted[i + 1] && free[i + 1] && tokens[i + 1].Kind == TokenKind.Word;
            if (two && holders.FindInOffice(text[tokens[i].Start..tokens[i + 1].End], on) is not null)
            {
                found.Add((i, i + 2));
                i++;
            }
            else if (holders.IsSurname(text[tokens[i].Start..tokens[i].End]) && holders.FindInOffice(text[tokens[i].Start..tokens[i].End], on) is not null)
            {
                found.Add((i, i + 1));
            }
        }

        return found;
    }
}
