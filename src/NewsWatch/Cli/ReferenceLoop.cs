namespace NewsWatch.Cli;

/// <summary>
/// A fixed CPU-bound loop whose speed stands for the machine's at the moment of a benchmark: this
/// machine's own speed swings by about 1.7× over tens of seconds, so speed figures are printed
/// beside it (and divided by it) to compare across runs and machines.
/// </summary>
internal sealed class ReferenceLoop
{
    public const int Bytes = 16_000_000;

    private readonly byte[] _buffer;

    public ReferenceLoop()
    {
        _buffer = new byte[Bytes];
        for (var i = 0; i < _buffer.Length; i++) _buffer[i] = (byte)(i * 31 + (i >> 8));
    }

    /// <summary>FNV-1a over the buffer; the hash is returned so the loop cannot be optimised away.</summary>
    public uint Run()
    {
        var hash = 2166136261u;
        foreach (var b in _buffer)
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash;
    }

    /// <summary>Median MB/s over <paramref name="runs"/> runs after one warm-up run, on the calling thread.</summary>
    public double MegabytesPerSecond(int runs)
    {
        Run();
        var seconds = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Run();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        seconds.Sort();
        return Bytes / seconds[seconds.Count / 2] / 1e6;
    }
}
