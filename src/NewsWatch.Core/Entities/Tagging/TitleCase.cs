using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Tagging;

/// <summary>
/// Whether a sentence is written headline style ("Putin Will Go To War With NATO"), where every word is capitalised and
/// capitals therefore say nothing about where a name ends.
/// </summary>
internal static class TitleCase
{
    /// <summary>Closed-class words: lower case in running text, capitalised in title-cased headlines.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "from", "by", "as", "into",
        "onto", "over", "under", "after", "before", "about", "against", "between", "is", "are", "was", "were", "be", "has",
        "have", "had", "will", "would", "can", "could", "may", "not", "no", "his", "her", "its", "their", "he", "she", "it",
        "they", "we", "who", "that", "this", "than", "up", "off", "out", "amid", "says", "said",
    };

    /// <summary>
    /// Three or more words, at least 80% capitalised, and no lower-case word but function words ("of", "and"); a line
    /// with lower-case words is taken as title-cased only when a function word after its first is capitalised too
    /// ("Made in Miami" and "Raymond E. Feist and Laura Freas" are running text: names and a lower-case "in"/"and").
    /// </summary>
    public static bool IsTitleCased(string text, ReadOnlySpan<Token> sentence)
    {
        int words = 0, capitalised = 0, lower = 0;
        var capitalisedFunctionWord = false;
        foreach (var token in sentence)
        {
            if (IsTableMark(text, token, words))
            {
                return false;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var word = text.AsSpan(token.Start, token.Length);
            if (char.IsUpper(word[0]))
            {
                capitalised++;
                capitalisedFunctionWord |= words > 1 && IsFunctionWord(word);
            }
            else if (char.IsLower(word[0]))
            {
                if (!IsFunctionWord(word))
                {
                    return false;
                }

                lower++;
            }
        }

        return words >= 3 && capitalised >= 0.8 * words && (lower == 0 || capitalisedFunctionWord);
    }

    /// <summary>
    /// A row of a results table or a list of names ("2. Ato Boldon ( Trinidad ) 10.01") is capitalised like a headline
    /// but its capitals are names, so their bounds still hold: a bracket, or a number before the first word, marks one.
    /// </summary>
    private static bool IsTableMark(string text, Token token, int wordsBefore) =>
        text[token.Start] == '(' || wordsBefore == 0 && char.IsAsciiDigit(text[token.Start]);

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word.Length <= 7 && FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
