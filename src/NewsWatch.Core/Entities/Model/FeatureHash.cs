namespace NewsWatch.Entities.Model;

/// <summary>
/// Deterministic hashing for features (string.GetHashCode is randomised per process, and a
/// saved model must hash the same way forever): FNV-1a over UTF-16 units, mixed with a
/// murmur3 finaliser.
/// </summary>
internal static class FeatureHash
{
    public const uint Seed = 2166136261;

    public static uint Add(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint Of(ReadOnlySpan<char> text)
    {
        var hash = Seed;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    public static uint Combine(uint a, uint b) => Mix(a * 0x9E3779B1u ^ b);

    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
