using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Dates.TimeBank;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch evaluate --timebank TBAQ-cleaned.tar.gz [--split dev|test|all] [--system rules|tagger]
/// [--floor-span F] [--floor-value F]</c>: DATE span P/R/F1 (strict and relaxed) and value accuracy, TempEval-3 style,
/// each document resolved against its creation time. The TimeBank part is the dev split (tune on it), AQUAINT the
/// test split (score it rarely, tune never). Exit code 1 when the relaxed span F1 or the value accuracy is below its floor.
/// </summary>
internal static class EvaluateTimeBank
{
    public static readonly Option<FileInfo?> Archive = new("--timebank")
    {
        Description = "TempEval-3 TBAQ-cleaned.tar.gz (TimeBank + AQUAINT in TimeML), read without unpacking.",
    };

    public static readonly Option<string> Split = new("--split")
    {
        Description = "--timebank: dev (TimeBank, 183 documents), test (AQUAINT, 73) or all; --wh-entities: dev (before 2023-07-01) or test.",
        DefaultValueFactory = _ => "dev",
    };

    public static readonly Option<string> System = new("--system")
    {
        Description = "rules: the date recogniser alone; tagger: the DATE mentions of the entity tagger (model + rules).",
        DefaultValueFactory = _ => "rules",
    };

    public static readonly Option<double?> FloorSpan = new("--floor-span") { Description = "Minimum relaxed DATE span F1." };

    public static readonly Option<double?> FloorValue = new("--floor-value") { Description = "Minimum value accuracy over matched DATE spans." };

    public static readonly Option<int> MaxFailures = new("--max-failures")
    {
        Description = "How many misses, wrong values and spurious mentions to list on stderr.",
        DefaultValueFactory = _ => 0,
    };

    public static IEnumerable<Option> All => [Archive, Split, System, FloorSpan, FloorValue, MaxFailures];

    public static async Task<int> RunAsync(ParseResult parseResult, FileInfo archive, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var split = parseResult.GetValue(Split);
        Func<string, bool>? inSplit = split switch
        {
            "dev" => name => name.Contains("/TimeBank/", StringComparison.Ordinal),
            "test" => name => name.Contains("/AQUAINT/", StringComparison.Ordinal),
            "all" => _ => true,
            _ => null,
        };
        if (inSplit is null)
        {
            await error.WriteLineAsync($"unknown --split '{split}' (dev, test or all)").ConfigureAwait(false);
            return 2;
        }

        using var host = parseResult.GetValue(System) == "tagger" ? EntityVerbHost.Build(parseResult) : null;
        var recognize = host is null
            ? (Func<string, DateOnly, IReadOnlyList<DateMention>>)DateRecognizer.Shared.Recognize
            : TaggerDates(host.Services.GetRequiredService<EntityTagger>());

        await using var stream = archive.OpenRead();
        var documents = TimeMlReader.ReadArchive(stream).Where(d => inSplit(d.Name));
        var score = TimeBankScorer.Score(documents, recognize, parseResult.GetValue(MaxFailures));
        ct.ThrowIfCancellationRequested();
        foreach (var failure in score.Failures)
        {
            await error.WriteLineAsync(failure).ConfigureAwait(false);
        }

        await output.WriteLineAsync(Invariant($"timebank {split} ({parseResult.GetValue(System)}): {score.Documents} documents, {score.Gold} gold DATE, {score.Found} found")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  strict span   P {score.StrictPrecision:F4}  R {score.StrictRecall:F4}  F1 {score.StrictF1:F4}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  relaxed span  P {score.RelaxedPrecision:F4}  R {score.RelaxedRecall:F4}  F1 {score.RelaxedF1:F4}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  value accuracy {score.ValueAccuracy:F4} ({score.ValuesRight}/{score.RelaxedMatches} matched spans)")).ConfigureAwait(false);

        var exit = 0;
        if (parseResult.GetValue(FloorSpan) is { } spanFloor && score.RelaxedF1 < spanFloor)
        {
            await error.WriteLineAsync(Invariant($"relaxed span F1 {score.RelaxedF1:F4} is below the floor {spanFloor:F2}")).ConfigureAwait(false);
            exit = 1;
        }
        if (parseResult.GetValue(FloorValue) is { } valueFloor && score.ValueAccuracy < valueFloor)
        {
            await error.WriteLineAsync(Invariant($"value accuracy {score.ValueAccuracy:F4} is below the floor {valueFloor:F2}")).ConfigureAwait(false);
            exit = 1;
        }
        return exit;
    }

    private static Func<string, DateOnly, IReadOnlyList<DateMention>> TaggerDates(EntityTagger tagger) =>
        (text, reference) =>
        [
            .. tagger.Tag(text, reference)
                .Where(m => m.Type == EntityType.Date)
                .Select(m => new DateMention(m.Start, m.End, m.Text, m.Value?.Timex, m.Value?.RangeStart, m.Value?.RangeEnd)),
        ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
