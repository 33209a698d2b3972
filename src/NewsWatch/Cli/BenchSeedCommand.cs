using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench seed --file SEED.txt --published 2024-06-13</c>: tags the seed article and prints the
/// distinct normalised values per type; exit code 1 when they differ from what the user specified. DATE must
/// hold Thursday, July 9–11 and February 2022; "Wednesday" (2024-06-12) and "earlier this year" (2024) are
/// also dates of that text and are allowed, as is the PRESENT_REF of "the Russians are now able", nothing else is. Some mentions are required where they stand, too: the
/// "Ukraine" that opens "Ukraine Defence Contact Group" is a COUNTRY mention.
/// </summary>
public static class BenchSeedCommand
{
    private static readonly Dictionary<string, (string[] Required, string[] Allowed)> Expected = new()
    {
        [EntityType.Person] = (["Jens Stoltenberg", "Joe Biden", "Viktor Orban", "Vladimir Putin"], []),
        [EntityType.Country] = (["UA", "HU", "US", "RU"], []),
        [EntityType.Amount] = (["40000000000 USD"], []),
        [EntityType.Date] = (["2024-06-13", "2024-07-09..2024-07-11", "2022-02"], ["2024-06-12", "2024", RelativeReferences.Present]),
    };

    /// <summary>Mentions required at a place: the type, a phrase of the article, and the words of it that must be tagged.</summary>
    private static readonly (string Type, string Phrase, string Mention)[] RequiredMentions =
    [
        (EntityType.Country, "Ukraine Defence Contact Group", "Ukraine"),
    ];

    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "The seed article text.", Required = true };
        var published = new Option<string>("--published") { Description = "Its publication date (yyyy-MM-dd).", Required = true };
        var command = new Command("seed", "Tag the seed article and check its people, countries, amount and dates.");
        command.Options.Add(file);
        command.Options.Add(published);
        command.Options.Add(EntityVerbHost.Model);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            using var host = EntityVerbHost.Build(parseResult);
            var tagger = host.Services.GetRequiredService<EntityTagger>();
            var text = await File.ReadAllTextAsync(parseResult.GetValue(file)!.FullName, ct).ConfigureAwait(false);
            var date = DateOnly.ParseExact(parseResult.GetValue(published)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var mentions = tagger.Tag(text, date);
            var ok = true;
            foreach (var (type, (required, allowed)) in Expected)
            {
                var found = mentions.Where(m => m.Type == type).Select(Value).Distinct().ToList();
                var missing = required.Except(found).ToList();
                var extra = found.Except(required).Except(allowed).ToList();
                ok &= missing.Count == 0 && extra.Count == 0;
                await output.WriteLineAsync($"{type,-8} {string.Join(" | ", found)}").ConfigureAwait(false);
                if (missing.Count > 0 || extra.Count > 0)
                {
                    await output.WriteLineAsync($"         missing: {string.Join(" | ", missing)}; unexpected: {string.Join(" | ", extra)}").ConfigureAwait(false);
                }
            }

            foreach (var (type, phrase, mention) in RequiredMentions)
            {
                var at = text.IndexOf(phrase, StringComparison.Ordinal);
                var start = at < 0 ? -1 : at + phrase.IndexOf(mention, StringComparison.Ordinal);
                var tagged = start >= 0 && mentions.Any(m => m.Type == type && m.Start == start && m.End == start + mention.Length);
                ok &= tagged;
                await output.WriteLineAsync($"{type,-8} \"{mention}\" in \"{phrase}\": {(tagged ? "tagged" : "MISSED")}").ConfigureAwait(false);
            }

            await output.WriteLineAsync(ok ? "seed: OK" : "seed: MISMATCH").ConfigureAwait(false);
            return ok ? 0 : 1;
        });
        return command;
    }

    /// <summary>The normalised value as one comparable string (the surface text when there is none).</summary>
    public static string Value(EntityMention mention) => mention.Value switch
    {
        { Name: { } name, Iso2: null } => name,
        { Iso2: { } iso2 } => iso2,
        { Amount: { } amount, Currency: { } currency } => string.Create(CultureInfo.InvariantCulture, $"{amount:0.##} {currency}"),
        { Timex: { } timex } => timex,
        { RangeStart: { } start, RangeEnd: { } end } => $"{start}..{end}",
        _ => $"\"{mention.Text}\"",
    };
}
