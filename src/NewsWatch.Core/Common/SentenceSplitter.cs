using System.Text.RegularExpressions;

namespace NewsWatch.Common;

/// <summary>
/// Splits article text into sentences as character ranges [Start, End) of the original text, so
/// entity offsets stay valid. A break comes after . ! ? or … (plus closing quotes/brackets) when the
/// next word starts a sentence, and at every line break (headlines and paragraphs carry no full stop).
/// Titles and common abbreviations ("Mr.", "Gen.", "Jan.") never end a sentence; initialisms
/// ("U.S.", "E.U.") end one only when a word that usually opens a sentence follows.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig",
        "sen", "rep", "gov", "pres", "amb", "st", "jr", "sr", "no", "nos", "vol", "inc", "co", "corp", "ltd",
        "vs", "e.g", "i.e", "approx", "est", "dept", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "fig", "p", "pp", "mt", "ft", "rev",
    };

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "In", "On",
        "At", "But", "And", "However", "Meanwhile", "Officials", "There", "His", "Her", "Their", "Our", "After",
        "Before", "When", "While", "According", "Last", "Earlier", "Later", "Since", "As", "If", "Under",
    };

    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        var start = 0;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                var wrapped = c == '\n' && IsWrapped(text, lineStart, i);
                lineStart = i + 1;
                if (wrapped) continue;
                Add(text, start, i, sentences);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '\u2026')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?') end++;
            while (end < text.Length && IsCloser(text[end])) end++;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0') next++;
            if (next == end || next >= text.Length || text[next] is '\n' or '\r') { i = end - 1; continue; }
            if (!StartsSentence(text[next]) || (c == '.' && (IsAbbreviation(text, i, next) || NumbersParagraph(text, lineStart, i))))
            {
                i = end - 1;
                continue;
            }
            Add(text, start, end, sentences);
            start = next;
            i = next - 1;
        }
        Add(text, start, text.Length, sentences);
        return sentences;
    }

    [GeneratedRegex(@"\G\d{1,2}\.[ \t\u00A0]+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphNumber();

    /// <summary>"1. On February 14, the Government of Japan decided ...": the number of a paragraph ends no sentence.</summary>
    private static bool NumbersParagraph(string text, int lineStart, int dot)
    {
        var begin = lineStart;
        while (begin < dot && text[begin] is ' ' or '\t') begin++;
        return dot - begin is >= 1 and <= 2 && char.IsDigit(text[begin]) && char.IsDigit(text[dot - 1]);
    }

    /// <summary>
    /// The text with every line break that only wraps a long line (<see cref="IsWrapped"/>) turned into a space, so offsets
    /// stay valid: readers that take each line break for the end of a sentence or a name ("Prime Minister Mario" / "Draghi")
    /// then see the sentence whole. The same instance when nothing is wrapped.
    /// </summary>
    public static string Unwrap(string text)
    {
        char[]? chars = null;
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (IsWrapped(text, lineStart, i))
            {
                chars ??= text.ToCharArray();
                chars[i] = ' ';
                if (i > 0 && chars[i - 1] == '\r') chars[i - 1] = ' ';
            }

            lineStart = i + 1;
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Whether the line break at <paramref name="lineEnd"/> only wraps a long line (plain-text and Markdown
    /// sources are often wrapped at about 72 columns): the line is long, does not end a sentence or announce a
    /// list, and the next line continues it rather than starting a paragraph or a list item.
    /// </summary>
    private static bool IsWrapped(string text, int lineStart, int lineEnd)
    {
        var end = lineEnd;
        if (end > lineStart && text[end - 1] == '\r') end--;
        while (end > lineStart && text[end - 1] is ' ' or '\t') end--;
        var begin = lineStart;
        while (begin < end && text[begin] is ' ' or '\t') begin++;
        if (end - begin < MinWrappedLineLength) return false;
        var last = text[end - 1];
        // "President Joseph R." / "Biden, Jr. will travel": a middle initial ends no sentence.
        var initial = last == '.' && end - 2 >= begin && char.IsUpper(text[end - 2]) && (end - 3 < begin || text[end - 3] == ' ');
        if (!initial && (last is '.' or '!' or '?' or ':' or ';' or '\u2026' || IsCloser(last) && end - 2 >= begin && text[end - 2] is '.' or '!' or '?')) return false;
        if (IsLabelledFigure(text, begin, end) || DatedHeader().IsMatch(text.AsSpan(begin, end - begin))) return false;
        var next = lineEnd + 1;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        if (next >= text.Length || text[next] is '\n' or '\r' or '-' or '*' or '\u2022' or '+' or '#' or '|' or '>') return false;
        // "A new security assistance package of $1.85 billion" over a paragraph of 300 characters on one line: text wrapped
        // at a width has no line that long, so the short line ends where it stops (a heading).
        var nextLineEnd = text.IndexOfAny(['\n', '\r'], next);
        if ((nextLineEnd < 0 ? text.Length : nextLineEnd) - next > MaxWrappedLineLength) return false;
        // "(2) the authority..." and "3. Next item" start list items.
        var digits = next;
        while (digits < text.Length && char.IsDigit(text[digits])) digits++;
        if (digits > next && digits < text.Length && text[digits] is '.' or ')') return false;
        return !(text[next] == '(' && next + 2 < text.Length && char.IsLetterOrDigit(text[next + 1]) && text[next + 2] == ')');
    }

    /// <summary>
    /// Whether a line is a row of a table written as text, a label and its figure ("Artillery ammunition, including 155 mm
    /// shells procured jointly with other Nordic countries: 1.9 billion kronor"): it ends where it stops.
    /// </summary>
    private static bool IsLabelledFigure(string text, int begin, int end)
    {
        var colon = text.LastIndexOf(':', end - 1, end - begin);
        if (colon < 0 || end - colon > MaxFigureLength) return false;
        for (var k = colon + 1; k < end; k++)
            if (char.IsDigit(text[k])) return true;
        return false;
    }

    /// <summary>A release's header line: its date, then where and who ("February 13, 2024 - Brussels, Belgium - National Defence / Canadian Armed Forces").</summary>
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\s+[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatedHeader();

    /// <summary>How long the figure after a table row's label may be ("DKK 750 million", "1.9 billion kronor").</summary>
    private const int MaxFigureLength = 40;

    /// <summary>Lines shorter than this end where they stop (headlines, datelines, list lines); wrapped prose is longer.</summary>
    private const int MinWrappedLineLength = 50;

    /// <summary>Longer than any line of text hard-wrapped at a width (the briefing-room pages wrap at about 72).</summary>
    private const int MaxWrappedLineLength = 120;

    private static void Add(string text, int start, int end, List<Range> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        // "2. Of this amount, 5.5 million US dollars ...": a paragraph's number is its label, not its first word.
        if (ParagraphNumber().Match(text, start, end - start) is { Success: true } number) start += number.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Range(start, end));
    }

    /// <summary>Whether the dot at <paramref name="dot"/> closes an abbreviation rather than the sentence.</summary>
    private static bool IsAbbreviation(string text, int dot, int nextWord)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (Abbreviations.Contains(word)) return true;
        // U.S. / E.U. / U.K. / single initials ("John F. Kennedy"): a break only before a typical opener.
        var isInitialism = word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.') && word.Split('.').All(p => p.Length == 1 && char.IsLetter(p[0]));
        if (!isInitialism) return false;
        var nextEnd = nextWord;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        return !SentenceOpeners.Contains(text[nextWord..nextEnd]);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '\u00AB' or '\'';
}
