namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// A named set of environment variables for the daemon process (<c>--variant pgo-off:DOTNET_TieredPGO=0</c>), and
/// optionally another build of the program (<c>--variant before@/tmp/old/newswatch.dll</c>), so runtime settings and
/// builds are compared in one interleaved run rather than across minutes of a drifting machine.
/// </summary>
internal sealed record BenchVariant(string Name, IReadOnlyList<KeyValuePair<string, string>> Environment, string? Program = null)
{
    public static readonly BenchVariant Default = new("default", []);

    /// <summary>Parses <c>NAME[@PROGRAM][:KEY=VALUE,KEY=VALUE]</c>.</summary>
    public static BenchVariant Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? text : text[..colon];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? head : head[..at];
        var program = at < 0 ? null : Path.GetFullPath(head[(at + 1)..]);
        if (program is not null && !File.Exists(program)) throw new FormatException($"--variant '{text}': no program at {program}");
        var variables = new List<KeyValuePair<string, string>>();
        if (colon >= 0)
        {
            foreach (var pair in text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0) throw new FormatException($"--variant '{text}': '{pair}' is not KEY=VALUE");
                variables.Add(new(pair[..eq], pair[(eq + 1)..]));
            }
        }
        if (name.Length == 0) throw new FormatException($"--variant '{text}' has no name");
        return new BenchVariant(name, variables, program);
    }
}
