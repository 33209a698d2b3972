using System.Globalization;

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// The currency symbols, codes and words of <c>currencies.tsv</c>, as a token trie for longest-match lookup
/// over <see cref="ScanTokenizer"/> tokens. Built once; read-only.
/// </summary>
internal sealed class CurrencyLexicon
{
    private readonly Node _root = new();

    public static CurrencyLexicon Shared { get; } = new();

    private CurrencyLexicon()
    {
        foreach (var line in EmbeddedData.Lines("currencies.tsv"))
        {
            var cols = line.Split('\t');
            var where = cols[3];
            var flags = cols.Length > 4 ? cols[4] : "";
            var unit = new CurrencyUnit(
                Tokens: [.. ScanTokenizer.Tokenize(cols[0]).Select(t => cols[0][t.Start..t.End])],
                Iso: cols[1],
                Scale: decimal.Parse(cols[2], NumberStyles.Float, CultureInfo.InvariantCulture),
                BeforeNumber: where.Contains('P', StringComparison.Ordinal),
                AfterNumber: where.Contains('S', StringComparison.Ordinal),
                BeforeOnlyWithMultiplier: where.Contains('W', StringComparison.Ordinal),
                CaseSensitive: flags.Contains('C', StringComparison.Ordinal),
                Tight: flags.Contains('T', StringComparison.Ordinal),
                NeedsMultiplier: flags.Contains('N', StringComparison.Ordinal),
                AlsoWeight: flags.Contains('X', StringComparison.Ordinal));
            Insert(unit);
        }
    }

    /// <summary>
    /// The longest unit written at token <paramref name="index"/> that may stand <paramref name="beforeNumber"/>
    /// (or after it), with the number of tokens it spans; null when none.
    /// </summary>
    public (CurrencyUnit Unit, int Length)? Match(string text, List<ScanToken> tokens, int index, bool beforeNumber)
    {
        (CurrencyUnit, int)? best = null;
        var node = _root;
        for (var i = index; i < tokens.Count && node.Children is not null; i++)
        {
            var token = tokens[i];
            if (!node.Lookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var next))
            {
                break;
            }
            node = next;
            foreach (var unit in node.Units)
            {
                var allowed = beforeNumber ? unit.BeforeNumber || unit.BeforeOnlyWithMultiplier : unit.AfterNumber;
                if (allowed && Fits(unit, text, tokens, index, i - index + 1))
                {
                    best = (unit, i - index + 1);
                    break;
                }
            }
        }
        return best;
    }

    private static bool Fits(CurrencyUnit unit, string text, List<ScanToken> tokens, int index, int length)
    {
        if (unit.Tight)
        {
            for (var k = index + 1; k < index + length; k++)
            {
                if (tokens[k].SpaceBefore)
                {
                    return false;
                }
            }
        }
        if (unit.CaseSensitive)
        {
            for (var k = 0; k < length; k++)
            {
                if (!text.AsSpan(tokens[index + k].Start, tokens[index + k].Length).SequenceEqual(unit.Tokens[k]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private void Insert(CurrencyUnit unit)
    {
        var node = _root;
        foreach (var word in unit.Tokens)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children[word] = next;
            }
            node = next;
        }
        node.Units = [.. node.Units, unit];
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public CurrencyUnit[] Units = [];
    }
}
