using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Model;

/// <summary>
/// Turns the tokens of one sentence into hashed sparse feature indexes, the same way at training
/// and at tagging time. Per token: word (lower-case and as written), shape, prefixes and
/// suffixes (1–4), orthographic flags, neighbouring words and shapes (−2..+2), word bigrams,
/// gazetteer/word-list hits at −2..+2, the position in the sentence, and (version 3) the <see cref="WordClusters"/>
/// classes of the words at −1..+1 and class bigrams. Each feature is a
/// (template, value) pair hashed into [0, 2^bits); a colliding pair simply shares a weight.
/// Stateless and thread-safe.
/// </summary>
public sealed class FeatureExtractor
{
    private const int MaxWord = 48;

    // Template ids: part of the model file's contract (changing them needs a retrain and a new FeatureVersion).
    private const uint TWord = 1, TExact = 2, TShape = 3, TPrefix = 4, TSuffix = 8, TFlag = 12, TWordAt = 13,
        TShapeAt = 18, TBigramLeft = 23, TBigramRight = 24, THitAt = 25, TPosition = 30, TShapePair = 31, TWordShapeNext = 32,
        TClusterAt = 33, TClusterLeft = 38, TClusterRight = 39;

    /// <summary>
    /// Bumped whenever the features change, so a model file of an unknown version is refused instead of silently
    /// mis-scored. Version 2 added the <see cref="NameHints"/> bits, version 3 the word classes; older models are
    /// still scored as trained.
    /// </summary>
    public const int FeatureVersion = 3;

    /// <summary>The first version that reads word classes (its model file carries them).</summary>
    public const int ClusterVersion = 3;

    public const int OldestFeatureVersion = 1;

    /// <summary>The lexicon bits version 1 knew; later bits would land on slots its weights never saw.</summary>
    private const uint Version1Hits = (1u << 15) - 1;

    private readonly uint _mask;
    private readonly uint _hitMask;

    public FeatureExtractor(int hashBits, int version = FeatureVersion, WordClusters? clusters = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashBits, 26);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, OldestFeatureVersion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, FeatureVersion);
        HashBits = hashBits;
        Version = version;
        _mask = (1u << hashBits) - 1;
        _hitMask = version == 1 ? Version1Hits : uint.MaxValue;
        if (version >= ClusterVersion && clusters is null)
        {
            throw new ArgumentException($"Feature version {version} reads word classes; none were given.", nameof(clusters));
        }

        Clusters = version >= ClusterVersion ? clusters : null;
    }

    public int HashBits { get; }

    public int Version { get; }

    /// <summary>The word classes a version-3 extractor reads; null for older versions.</summary>
    public WordClusters? Clusters { get; }

    public int Dimension => 1 << HashBits;

    /// <summary>
    /// Appends the feature indexes of each token to <paramref name="indexes"/>; token t's features are
    /// indexes[ends[t-1]..ends[t]) (ends[-1] = the count before the call).
    /// </summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<LexiconHit> hits, List<int> indexes, Span<int> ends)
    {
        var n = tokens.Length;
        var words = n <= 128 ? stackalloc uint[n] : new uint[n];
        var shapes = n <= 128 ? stackalloc uint[n] : new uint[n];
        var classes = n <= 128 ? stackalloc uint[n] : new uint[n];
        Span<char> buffer = stackalloc char[MaxWord];
        for (var i = 0; i < n; i++)
        {
            var token = text[tokens[i].Start..tokens[i].End];
            var length = TokenForm.Lower(token, buffer);
            words[i] = FeatureHash.Of(TokenForm.DigitsAsZero(buffer[..length]));
            shapes[i] = TokenForm.ShapeHash(token);
            classes[i] = Clusters is null ? 0 : (uint)Clusters.ClassOf(token);
        }

        for (var i = 0; i < n; i++)
        {
            var token = text[tokens[i].Start..tokens[i].End];
            var length = TokenForm.Lower(token, buffer);
            var lower = buffer[..length];

            Add(indexes, TWord, words[i]);
            Add(indexes, TExact, FeatureHash.Of(token.Length <= MaxWord ? token : token[..MaxWord]));
            Add(indexes, TShape, shapes[i]);
            for (var k = 1; k <= 4 && k <= lower.Length; k++)
            {
                Add(indexes, TPrefix + (uint)(k - 1), FeatureHash.Of(lower[..k]));
                Add(indexes, TSuffix + (uint)(k - 1), FeatureHash.Of(lower[^k..]));
            }

            AddFlags(indexes, token);
            for (var d = -2; d <= 2; d++)
            {
                if (d == 0)
                {
                    continue;
                }

                var j = i + d;
                var slot = (uint)(d + 2);
                Add(indexes, TWordAt + slot, j < 0 ? Boundary(-1) : j >= n ? Boundary(1) : words[j]);
                Add(indexes, TShapeAt + slot, j < 0 ? Boundary(-1) : j >= n ? Boundary(1) : shapes[j]);
            }

            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                if (j >= 0 && j < n && ((uint)hits[j] & _hitMask) != 0)
                {
                    AddBits(indexes, THitAt + (uint)(d + 2), (uint)hits[j] & _hitMask);
                }
            }

            Add(indexes, TBigramLeft, FeatureHash.Combine(i > 0 ? words[i - 1] : Boundary(-1), words[i]));
            Add(indexes, TBigramRight, FeatureHash.Combine(words[i], i + 1 < n ? words[i + 1] : Boundary(1)));
            Add(indexes, TShapePair, FeatureHash.Combine(i > 0 ? shapes[i - 1] : Boundary(-1), FeatureHash.Combine(shapes[i], i + 1 < n ? shapes[i + 1] : Boundary(1))));
            Add(indexes, TWordShapeNext, FeatureHash.Combine(words[i], i + 1 < n ? shapes[i + 1] : Boundary(1)));
            Add(indexes, TPosition, FeatureHash.Combine((uint)Math.Min(i, 3), i == n - 1 ? 1u : 0u));
            if (Clusters is not null)
            {
                AddClasses(indexes, classes, i);
            }

            ends[i] = indexes.Count;
        }
    }

    /// <remarks>
    /// A word the table lacks adds nothing: in the training corpus rare capitalised words are mostly people, so an
    /// "unknown" class would teach the model that any rare capitalised word is a name (places and bands on Wikipedia).
    /// </remarks>
    private void AddClasses(List<int> indexes, ReadOnlySpan<uint> classes, int i)
    {
        var n = classes.Length;
        for (var d = -1; d <= 1; d++)
        {
            var j = i + d;
            var value = j < 0 ? Boundary(-1) : j >= n ? Boundary(1) : classes[j];
            if (value != UnknownClass)
            {
                Add(indexes, TClusterAt + (uint)(d + 2), value);
            }
        }

        if (classes[i] == UnknownClass)
        {
            return;
        }

        if (i == 0 || classes[i - 1] != UnknownClass)
        {
            Add(indexes, TClusterLeft, FeatureHash.Combine(i > 0 ? classes[i - 1] : Boundary(-1), classes[i]));
        }

        if (i + 1 == n || classes[i + 1] != UnknownClass)
        {
            Add(indexes, TClusterRight, FeatureHash.Combine(classes[i], i + 1 < n ? classes[i + 1] : Boundary(1)));
        }
    }

    private const uint UnknownClass = unchecked((uint)WordClusters.Unknown);

    private static uint Boundary(int side) => side < 0 ? 0xB0B0B0B0u : 0xE0E0E0E0u;

    private void AddFlags(List<int> indexes, ReadOnlySpan<char> token)
    {
        bool anyLetter = false, anyLower = false, anyUpper = false, anyDigit = false, hyphen = false, dot = false;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                anyLower |= char.IsLower(c);
                anyUpper |= char.IsUpper(c);
            }
            else if (char.IsDigit(c))
            {
                anyDigit = true;
            }
            else
            {
                hyphen |= Tokenizer.IsHyphen(c);
                dot |= c == '.';
            }
        }

        var flags = 0u;
        flags |= token.Length > 0 && char.IsUpper(token[0]) ? 1u : 0;
        flags |= anyUpper && !anyLower && token.Length > 1 ? 2u : 0;
        flags |= anyDigit ? 4u : 0;
        flags |= !anyLetter && !anyDigit ? 8u : 0;
        flags |= hyphen ? 16u : 0;
        flags |= dot && anyLetter ? 32u : 0;
        AddBits(indexes, TFlag, flags);
    }

    private void AddBits(List<int> indexes, uint template, uint bits)
    {
        while (bits != 0)
        {
            var bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(bits);
            Add(indexes, template, bit + 1);
            bits &= bits - 1;
        }
    }

    private void Add(List<int> indexes, uint template, uint value) =>
        indexes.Add((int)(FeatureHash.Combine(template, value) & _mask));
}
