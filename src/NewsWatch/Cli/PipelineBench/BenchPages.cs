using System.IO.Compression;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// The pages a pipeline benchmark serves: every <c>.html</c> and <c>.html.gz</c> file under a folder (such
/// as <c>../shared/benchmarks/trafilatura-eval</c>), read at run time in file-name order, decompressed, and
/// repeated when more pages are asked for than the folder holds.
/// </summary>
internal sealed class BenchPages
{
    private readonly List<byte[]> _bodies;

    private BenchPages(List<byte[]> bodies, int distinct)
    {
        _bodies = bodies;
        Distinct = distinct;
    }

    public int Count => _bodies.Count;

    /// <summary>How many different files the pages come from (fewer than <see cref="Count"/> when repeated).</summary>
    public int Distinct { get; }

    public byte[] this[int index] => _bodies[index];

    public static async Task<BenchPages> LoadAsync(DirectoryInfo dir, int? count, CancellationToken ct)
    {
        var files = dir.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.Name.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new FileNotFoundException($"no .html or .html.gz files under {dir.FullName}");
        var wanted = count ?? files.Count;
        var distinct = new List<byte[]>();
        foreach (var file in files.Take(wanted)) distinct.Add(await ReadAsync(file, ct).ConfigureAwait(false));
        var bodies = new List<byte[]>(wanted);
        for (var i = 0; i < wanted; i++) bodies.Add(distinct[i % distinct.Count]);
        return new BenchPages(bodies, distinct.Count);
    }

    private static async Task<byte[]> ReadAsync(FileInfo file, CancellationToken ct)
    {
        var stream = file.OpenRead();
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            if (file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                var gzip = new GZipStream(stream, CompressionMode.Decompress);
                await using (gzip.ConfigureAwait(false)) await gzip.CopyToAsync(buffer, ct).ConfigureAwait(false);
            }
            else
            {
                await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            }
            return buffer.ToArray();
        }
    }
}
