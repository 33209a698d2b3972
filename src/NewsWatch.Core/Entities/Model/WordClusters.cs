using System.Globalization;

namespace NewsWatch.Entities.Model;

/// <summary>
/// Word classes learnt from unlabelled text (<see cref="Training.WordClusterTrainer"/>): words that occur before the
/// same kinds of words share a class, so a surname the labelled corpus never had still reads like the surnames it
/// had when the unlabelled text used it that way. Keys are the words as written (case kept: "Brown" and "brown" live
/// apart), typographic variants folded and digits read as 0. Immutable and thread-safe.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The class of a word the table does not hold (rare or never seen); the features read nothing for it.</summary>
    public const int Unknown = -1;

    private const int MaxKey = 48;

    private readonly Dictionary<string, int> _classes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IEnumerable<KeyValuePair<string, int>> classes)
    {
        _classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, cluster) in classes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cluster);
            _classes[word] = cluster;
        }

        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        ClassCount = _classes.Count == 0 ? 0 : _classes.Values.Max() + 1;
    }

    public int Count => _classes.Count;

    public int ClassCount { get; }

    /// <summary>
    /// The class of a token: the word as written, else (for a word in capitals, as headlines and datelines print names)
    /// its title-cased form, else its lower-case form; <see cref="Unknown"/> when none is known.
    /// </summary>
    public int ClassOf(ReadOnlySpan<char> token)
    {
        Span<char> key = stackalloc char[MaxKey];
        var length = Key(token, key);
        if (length == 0)
        {
            return Unknown;
        }

        var word = key[..length];
        if (_lookup.TryGetValue(word, out var cluster))
        {
            return cluster;
        }

        if (length > 1 && IsAllCaps(word))
        {
            for (var i = 1; i < length; i++)
            {
                word[i] = char.ToLowerInvariant(word[i]);
            }

            if (_lookup.TryGetValue(word, out cluster))
            {
                return cluster;
            }
        }

        for (var i = 0; i < length; i++)
        {
            word[i] = char.ToLowerInvariant(word[i]);
        }

        return _lookup.TryGetValue(word, out cluster) ? cluster : Unknown;
    }

    /// <summary>The table key of a token, written into <paramref name="buffer"/>; returns its length (0 for a token of nothing but format characters).</summary>
    public static int Key(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var n = TokenForm.Folded(token, buffer, lower: false);
        TokenForm.DigitsAsZero(buffer[..n]);
        return n;
    }

    /// <summary>The key of a token as a string (training counts words by it).</summary>
    public static string Key(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[MaxKey];
        return new string(buffer[..Key(token, buffer)]);
    }

    /// <summary>Reads "word TAB class" lines.</summary>
    public static WordClusters Read(TextReader reader)
    {
        var classes = new List<KeyValuePair<string, int>>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var cluster))
            {
                throw new InvalidDataException($"Word clusters, line {number}: expected 'word<TAB>class', got '{line}'.");
            }

            classes.Add(new(line[..tab], cluster));
        }

        return new WordClusters(classes);
    }

    /// <summary>Writes "word TAB class" lines, by class and then by word, so the same table always gives the same file.</summary>
    public void Write(TextWriter writer)
    {
        foreach (var (word, cluster) in _classes.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write('\t');
            writer.WriteLine(cluster.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters > 1;
    }
}
