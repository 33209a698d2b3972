using System.IO.Compression;

namespace NewsWatch.Articles;

/// <summary>Reads a stored page from disk, gunzipping it when it is gzip-compressed (by content, not by name).</summary>
public static class PageFile
{
    /// <summary>Reading stops here; the extractor cuts longer pages anyway.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(string path, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var magic = new byte[2];
        var read = await file.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        {
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            return await ReadCappedAsync(gzip, ct).ConfigureAwait(false);
        }

        return await ReadCappedAsync(file, ct).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadCappedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while (buffer.Length < MaxBytes && (n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(n, MaxBytes - buffer.Length));
        }

        return buffer.ToArray();
    }
}
