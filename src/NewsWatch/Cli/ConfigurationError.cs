using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NewsWatch.Cli;

/// <summary>
/// Recognises the exceptions that mean the configuration is wrong (a missing --config file, a value of the
/// wrong type, a value that fails validation) so the command line can print one line naming the key and the
/// problem and exit 2, instead of a stack trace.
/// </summary>
public static partial class ConfigurationError
{
    public const int ExitCode = 2;

    /// <summary>The one-line problem, or null when <paramref name="ex"/> (already unwrapped by the caller) is not a configuration error.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        OptionsValidationException v => string.Join("; ", v.Failures),
        FileNotFoundException f when f.StackTrace?.Contains("FileConfigurationProvider", StringComparison.Ordinal) == true
            || f.Message.Contains("configuration file", StringComparison.OrdinalIgnoreCase) => f.Message,
        InvalidOperationException i when i.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => i.Message,
        // What StrictBinding.BindStrictly throws for a key the options do not have.
        InvalidOperationException i when UnknownKeys().Match((i.InnerException as InvalidOperationException ?? i).Message) is { Success: true } m =>
            $"unknown key(s) {m.Groups["keys"].Value} in the {m.Groups["type"].Value.Replace("Options", "", StringComparison.Ordinal)} settings",
        _ => null,
    };

    [GeneratedRegex(@"^'ErrorOnUnknownConfiguration' was set .* not found on the instance of (?:[\w]+\.)*(?<type>\w+): (?<keys>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownKeys();
}
