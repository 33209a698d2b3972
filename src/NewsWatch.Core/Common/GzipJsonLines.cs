using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsWatch.Common;

/// <summary>The rows of a gzip-compressed JSON-lines file (the corpora in ../shared), blank lines skipped.</summary>
public static class GzipJsonLines
{
    public static IEnumerable<T> Read<T>(string path, JsonSerializerOptions options)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            yield return JsonSerializer.Deserialize<T>(line, options) ?? throw new FormatException($"{path}: a line that is JSON null.");
        }
    }
}
