using System.Text;

namespace NewsWatch.Articles.Evaluation;

/// <summary>Which pages of the extraction benchmark to run.</summary>
public enum BenchmarkSplit
{
    All,

    /// <summary>The half that heuristics are tuned on.</summary>
    Dev,

    /// <summary>The half kept for checking that tuning generalises.</summary>
    Holdout,
}

public static class BenchmarkSplits
{
    /// <summary>
    /// Assigns a page to a half by a stable hash (FNV-1a, 32 bit) of its file name, so the split
    /// never changes between runs, machines or .NET versions.
    /// </summary>
    public static bool Contains(this BenchmarkSplit split, string fileName)
    {
        if (split == BenchmarkSplit.All)
        {
            return true;
        }

        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(fileName))
        {
            hash = (hash ^ b) * 16777619u;
        }

        // The low bit of FNV-1a is only the parity of the bytes; a high bit mixes them all.
        var isDev = ((hash >> 16) & 1) == 0;
        return split == BenchmarkSplit.Dev ? isDev : !isDev;
    }
}
