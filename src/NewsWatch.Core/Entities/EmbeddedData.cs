namespace NewsWatch.Entities;

/// <summary>Reads the gazetteer tables compiled into the assembly (facts kept as text so they can be reviewed and extended).</summary>
internal static class EmbeddedData
{
    /// <summary>The non-empty, non-comment lines of an embedded table.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "NewsWatch.Entities." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded table '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return line;
        }
    }
}
