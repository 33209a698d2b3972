using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.People;

/// <summary>
/// The full names of the office-holder table where the model left them out ("more time with Xi Jinping than any other
/// leader"): two to four capitalised words on one line, on tokens no other span holds, that are a holder's name or alias.
/// A surname alone is not enough (a rule for lone surnames cost GMB dev precision), a full name is. Stateless.
/// </summary>
public sealed class OfficeHolderNames(OfficeHolders holders)
{
    private const int MaxWords = 4;

    public static OfficeHolderNames Shared { get; } = new(OfficeHolders.Shared);

    /// <summary>Token ranges [start, end) of such names over tokens where <paramref name="free"/> is true.</summary>
    public List<(int Start, int End)> Find(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<bool> free)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var n = Math.Min(MaxWords, tokens.Count - i); n >= 2; n--)
            {
                // An alias that opens with a title ("King Fahd") is left to the title rules, which keep the title out of the name.
                if (IsRun(text, tokens, free, i, n) && !WordLists.IsTitle(text[tokens[i].Start..tokens[i].End])
                    && holders.IsFullName(text[tokens[i].Start..tokens[i + n - 1].End]))
                {
                    found.Add((i, i + n));
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>n free capitalised words (or initials) from i, a space apart, no line break between them.</summary>
    private static bool IsRun(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<bool> free, int i, int n)
    {
        for (var k = i; k < i + n; k++)
        {
            if (!free[k] || tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start])
                || k > i && (tokens[k].Start - tokens[k - 1].End != 1 || text[tokens[k - 1].End] != ' '))
            {
                return false;
            }
        }

        return true;
    }
}
