using System.Buffers;
using System.Globalization;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// A process's memory from <c>/proc/PID/smaps_rollup</c> (RSS, PSS, USS, anonymous, file-backed and shared-memory
/// pages) and, from <c>/proc/PID/smaps</c>, its RSS by kind of mapping. All in KB. Linux only.
/// </summary>
internal sealed record ProcessMemory(long RssKb, long PssKb, long UssKb, long AnonymousKb, long FileKb, long ShmemKb, int Threads,
    IReadOnlyDictionary<string, long> RssKbByKind)
{
    public static ProcessMemory Read(int pid)
    {
        var rollup = Fields(File.ReadLines($"/proc/{pid}/smaps_rollup"));
        var status = Fields(File.ReadLines($"/proc/{pid}/status"));
        var byKind = new Dictionary<string, long>(StringComparer.Ordinal);
        var kind = "";
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            if (IsMappingHeader(line, out var path)) kind = KindOf(path);
            else if (line.StartsWith("Rss:", StringComparison.Ordinal)) byKind[kind] = byKind.GetValueOrDefault(kind) + Kb(line);
        }
        return new ProcessMemory(rollup["Rss"], rollup["Pss"], rollup["Private_Clean"] + rollup["Private_Dirty"],
            status["RssAnon"], status["RssFile"], status["RssShmem"], (int)status["Threads"], byKind);
    }

    /// <summary>
    /// Kinds that tell the runtime's parts apart: the W^X double mapping holds the JIT's code and the runtime's
    /// type data; plain anonymous memory is the GC heap, glibc's thread arenas and thread stacks.
    /// </summary>
    internal static string KindOf(string path) => path switch
    {
        "" => "anonymous (GC heap, malloc arenas, stacks)",
        "[heap]" => "[heap] (malloc main arena)",
        _ when path.StartsWith("[stack", StringComparison.Ordinal) => "[stack]",
        _ when path.StartsWith('[') => "other kernel mappings",
        _ when path.Contains("doublemapper", StringComparison.Ordinal) => "W^X double-mapped code and type data",
        _ when path.EndsWith(".dll", StringComparison.Ordinal) && path.Contains("/shared/Microsoft.NETCore.App/", StringComparison.Ordinal) => ".NET runtime assemblies",
        _ when path.EndsWith(".dll", StringComparison.Ordinal) && path.Contains("/shared/Microsoft.AspNetCore.App/", StringComparison.Ordinal) => "ASP.NET Core shared-framework assemblies",
        _ when path.EndsWith(".dll", StringComparison.Ordinal) => "application and package assemblies",
        _ when path.Contains("libcoreclr", StringComparison.Ordinal) || path.Contains("libclrjit", StringComparison.Ordinal) => "runtime and JIT (libcoreclr, libclrjit)",
        _ when path.Contains(".so", StringComparison.Ordinal) => "other native libraries",
        _ => "other files",
    };

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdef");

    /// <summary>"7f12a000-7f12b000 r-xp 00000000 08:01 1234   /usr/lib/x.so": range, permissions, offset, device, inode, path.</summary>
    private static bool IsMappingHeader(string line, out string path)
    {
        path = "";
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return false;
        var range = line.AsSpan(0, space);
        var dash = range.IndexOf('-');
        if (dash <= 0 || range[..dash].ContainsAnyExcept(Hex) || range[(dash + 1)..].ContainsAnyExcept(Hex)) return false;
        var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        path = parts.Length == 6 ? parts[5].Trim() : "";
        return true;
    }

    /// <summary>"Key:   123 kB" lines (smaps_rollup, status); lines whose value is not a number are skipped.</summary>
    private static Dictionary<string, long> Fields(IEnumerable<string> lines)
    {
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line.AsSpan(0, colon).Contains(' ')) continue;
            var value = line[(colon + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (value.Length > 0 && long.TryParse(value[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                fields[line[..colon]] = number;
        }
        return fields;
    }

    private static long Kb(string line) => Fields([line]).Values.Single();
}
