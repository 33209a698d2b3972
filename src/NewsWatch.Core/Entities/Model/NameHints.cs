namespace NewsWatch.Entities.Model;

/// <summary>
/// Word lists that hint at a name without deciding it, read as model features only (feature version 2): surnames of
/// many languages (<c>surnames.txt</c>), given names the rules' shorter list lacks (<c>given_names_more.txt</c>), and
/// ordinary lower-case English words (<c>common_words.txt</c>). News names people GMB never saw ("Natsios", "Kallie
/// Knoetze"); the model's word features know nothing of them, these lists do, and the model weighs each hint against
/// the context. A capitalised ordinary word ("Relatives", a headline's "Surprise") is the opposite hint. Immutable
/// after construction, so thread-safe.
/// </summary>
public sealed class NameHints
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;

    public NameHints(IEnumerable<string> surnames, IEnumerable<string> givenNames, IEnumerable<string> commonWords)
    {
        _surnames = new HashSet<string>(surnames, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _givenNames = new HashSet<string>(givenNames, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = new HashSet<string>(commonWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The process-wide instance over the embedded lists (immutable facts).</summary>
    public static NameHints Shared { get; } = new(
        EmbeddedData.Lines("surnames.txt"), EmbeddedData.Lines("given_names_more.txt"), EmbeddedData.Lines("common_words.txt"));

    /// <summary>True when <paramref name="lower"/>, a lower-case word, is an ordinary English word.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> lower) => _commonWords.Contains(lower);

    /// <summary>
    /// The hints of a token: none unless it is capitalised, since "will" or "long" in lower case say nothing of names.
    /// <paramref name="lower"/> is the token's lower-case form.
    /// </summary>
    public LexiconHit Hits(ReadOnlySpan<char> token, ReadOnlySpan<char> lower)
    {
        if (token.Length < 2 || !char.IsUpper(token[0]))
        {
            return LexiconHit.None;
        }

        var hit = _surnames.Contains(token) ? LexiconHit.Surname : LexiconHit.None;
        hit |= _givenNames.Contains(token) ? LexiconHit.OtherGivenName : LexiconHit.None;
        return _commonWords.Contains(lower) ? hit | LexiconHit.CommonWord : hit;
    }
}
