namespace NewsWatch.Entities.Tokens;

/// <summary>
/// Groups tokens into sentences, the unit the model was trained on: a break after . ! ? or …
/// (and any closing quotes/brackets after it) when the next token starts a sentence, at every
/// line break (headlines and paragraphs carry no full stop), and every
/// <see cref="MaxSentenceTokens"/> tokens so that garbage without breaks stays cheap to decode.
/// Abbreviations keep their dot inside the word token, so "Mr. Biden" is not split.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxSentenceTokens = 256;

    /// <summary>Appends each sentence as a token range [start, end) of <paramref name="tokens"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Range> sentences)
    {
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            var length = i + 1 - start;
            if (last || length >= MaxSentenceTokens || LineBreakBetween(text, tokens[i], tokens[i + 1]) || EndsSentence(text, tokens, i))
            {
                sentences.Add(new Range(start, i + 1));
                start = i + 1;
            }
        }
    }

    private static bool LineBreakBetween(ReadOnlySpan<char> text, Token left, Token right)
    {
        var gap = text[left.End..right.Start];
        return gap.IndexOfAny('\n', '\r', '\u2028') >= 0 || gap.IndexOf('\u2029') >= 0;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        var first = text[next.Start];
        if (token.Kind == TokenKind.Punctuation && IsCloser(text[token.Start]) && i > 0)
        {
            // ." He said / .) The: break after the closer when a terminator precedes it.
            var previous = tokens[i - 1];
            return previous.End == token.Start && previous.Kind == TokenKind.Punctuation && IsTerminator(text[previous.Start..previous.End])
                && StartsSentence(first);
        }

        if (token.Kind != TokenKind.Punctuation || !IsTerminator(text[token.Start..token.End]))
        {
            return false;
        }

        return !IsCloser(first) && StartsSentence(first);
    }

    private static bool IsTerminator(ReadOnlySpan<char> token) =>
        token is "." or "!" or "?" or "..." or "\u2026";

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '\u00AB' || !char.IsLetter(c) && !char.IsPunctuation(c);
}
