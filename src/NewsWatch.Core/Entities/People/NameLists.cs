using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.People;

/// <summary>
/// Names in lists: in "Jamie Foxx, Paris Hilton, Shaquille O'Neal and Neve Campbell", once the model has tagged two
/// items as people, the other items of two to four capitalised words are people too. A list is items joined by
/// commas, "and" or "&amp;"; every item must be a capitalised run or a PERSON span. Two-item lists count only when
/// the other item starts with a known given name ("Karl Langdon &amp; Harvey Deegan"). Stateless and thread-safe.
/// </summary>
public sealed class NameLists
{
    private const int MaxItemTokens = 4;

    private readonly FirstNameGazetteer _firstNames;

    public NameLists(FirstNameGazetteer firstNames) => _firstNames = firstNames;

    /// <summary>The process-wide instance over the shared given-name gazetteer.</summary>
    public static NameLists Shared { get; } = new(FirstNameGazetteer.Shared);

    /// <summary>Token ranges [start, end) of list items that are people, over tokens where <paramref name="free"/> is true.</summary>
    public List<(int Start, int End)> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> people, ReadOnlySpan<bool> free)
    {
        var found = new List<(int, int)>();
        if (people.Count == 0)
        {
            return found;
        }

        var personAt = new Dictionary<int, int>(people.Count);
        foreach (var (start, end) in people)
        {
            personAt[start] = end;
        }

        var items = new List<(int Start, int End, bool Person)>();
        var i = 0;
        while (i < tokens.Count)
        {
            items.Clear();
            var k = i;
            while (Item(text, tokens, personAt, free, k) is { } item)
            {
                items.Add(item);
                k = item.End;
                var separator = Separator(text, tokens, k);
                if (separator == 0)
                {
                    break;
                }

                k += separator;
            }

            if (items.Count >= 2)
            {
                Decide(text, tokens, items, found);
                i = items[^1].End;
            }
            else
            {
                i = Math.Max(i + 1, items.Count == 1 ? items[0].End : i + 1);
            }
        }

        return found;
    }

    private void Decide(string text, IReadOnlyList<Token> tokens, List<(int Start, int End, bool Person)> items, List<(int, int)> found)
    {
        var persons = items.Count(x => x.Person);
        var enough = items.Count >= 3 ? persons >= 2 : persons == 1;
        if (!enough)
        {
            return;
        }

        foreach (var (start, end, person) in items)
        {
            if (person || end - start < 2)
            {
                continue;
            }

            if (items.Count == 2 && !_firstNames.IsFirstName(tokens[start].Slice(text)))
            {
                continue;
            }

            found.Add((start, end));
        }
    }

    /// <summary>A PERSON span starting at <paramref name="k"/>, or a run of up to four capitalised words (initials allowed) on free tokens.</summary>
    private static (int Start, int End, bool Person)? Item(string text, IReadOnlyList<Token> tokens, Dictionary<int, int> personAt, ReadOnlySpan<bool> free, int k)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        if (personAt.TryGetValue(k, out var personEnd))
        {
            return (k, personEnd, true);
        }

        var end = k;
        while (end < tokens.Count && end - k < MaxItemTokens && free[end] && IsNamePart(text, tokens[end]))
        {
            end++;
        }

        // An item ends where its list goes on or stops, not inside a longer capitalised phrase.
        return end > k && (end == tokens.Count || !IsNamePart(text, tokens[end])) ? (k, end, false) : null;
    }

    private static bool IsNamePart(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && token.Slice(text) is not ("And" or "The" or "Of");

    /// <summary>How many tokens separate two items at <paramref name="k"/>: ",", "and", "&amp;" or ", and"; 0 when none.</summary>
    private static int Separator(string text, IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count)
        {
            return 0;
        }

        var word = tokens[k].Slice(text);
        if (word is "and" or "&")
        {
            return 1;
        }

        if (word is ",")
        {
            return k + 1 < tokens.Count && tokens[k + 1].Slice(text) is "and" or "&" ? 2 : 1;
        }

        return 0;
    }
}
