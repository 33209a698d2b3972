using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities;
using NewsWatch.Entities.Evaluation;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tagging;
using NewsWatch.Entities.Training;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch evaluate --gmb PATH [--model models/ner.zip] [--floor-person 0.90 --floor-country 0.96 --floor-date 0.90]</c>:
/// entity-level precision/recall/F1 per type (exact span match, seqeval style) on the held-out last 10% of GMB,
/// model-only and model+rules side by side. <c>--wikigold PATH</c> instead (or as well) scores PERSON on the
/// Wikigold articles, a dev set of another genre, tagged one whole article at a time. Exit code 1 when a
/// model+rules F1 is below its floor (<c>--floor-person</c> applies to each corpus given).
/// With <c>--timebank</c> instead, the DATE scores on TempEval-3's TimeBank/AQUAINT (see <see cref="EvaluateTimeBank"/>).
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var gmb = new Option<FileInfo?>("--gmb") { Description = "GMB ner_dataset.csv(.gz)." };
        var wikigold = new Option<FileInfo?>("--wikigold") { Description = "Wikigold wikigold.conll(.gz): PERSON scores on whole articles." };
        var windows = new Option<FileInfo?>("--wh-entities") { Description = "Hand-labelled windows of wh-ukraine documents (models/training/wh-entities/labels.jsonl): PERSON, DATE and money scores on real defence and security text; needs --wh-ukraine." };
        var corpus = new Option<FileInfo?>("--wh-ukraine") { Description = "wh-ukraine documents.jsonl.gz, the texts the --wh-entities labels point into." };
        var floorDateValue = new Option<double?>("--floor-date-value") { Description = "Minimum DATE value accuracy on --wh-entities." };
        var entityErrors = new Option<FileInfo?>("--entity-errors") { Description = "Write the --wh-entities errors (FN, FP, SPAN, VALUE, with context) to this file." };
        var floors = new (string Type, Option<double?> Option)[]
        {
            (EntityType.Person, new Option<double?>("--floor-person") { Description = "Minimum PERSON F1 (model+rules)." }),
            (EntityType.Country, new Option<double?>("--floor-country") { Description = "Minimum COUNTRY F1 (model+rules)." }),
            (EntityType.Date, new Option<double?>("--floor-date") { Description = "Minimum DATE F1 (model+rules)." }),
            (EntityType.Amount, new Option<double?>("--floor-amount") { Description = "Minimum AMOUNT F1 (model+rules)." }),
        };
        var dev = new Option<bool>("--dev") { Description = "Score the dev split (the 5% before the held-out test) instead, for tuning." };
        var errorsFile = new Option<FileInfo?>("--person-errors") { Description = "Write the model+rules PERSON errors (FN, FP, SPAN, with context) to this file, for tuning on a dev set." };
        var command = new Command("evaluate", "Score the entity tagger on the held-out GMB split (last 10% of sentences), or dates on TimeBank.");
        command.Options.Add(gmb);
        command.Options.Add(wikigold);
        command.Options.Add(windows);
        command.Options.Add(corpus);
        command.Options.Add(floorDateValue);
        command.Options.Add(entityErrors);
        command.Options.Add(EntityVerbHost.Model);
        command.Options.Add(dev);
        command.Options.Add(errorsFile);
        foreach (var (_, option) in floors)
        {
            command.Options.Add(option);
        }
        foreach (var option in EvaluateTimeBank.All)
        {
            command.Options.Add(option);
        }
        command.Validators.Add(result =>
        {
            var entityCorpora = result.GetValue(gmb) is not null || result.GetValue(wikigold) is not null || result.GetValue(windows) is not null;
            if (entityCorpora == (result.GetValue(EvaluateTimeBank.Archive) is not null))
            {
                result.AddError("give --gmb, --wikigold and/or --wh-entities, or --timebank alone");
            }

            if ((result.GetValue(windows) is null) != (result.GetValue(corpus) is null))
            {
                result.AddError("--wh-entities and --wh-ukraine go together");
            }
        });

        command.SetAction(async (parseResult, ct) =>
        {
            if (parseResult.GetValue(EvaluateTimeBank.Archive) is { } timebank)
            {
                return await EvaluateTimeBank.RunAsync(parseResult, timebank, ct).ConfigureAwait(false);
            }
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            using var host = EntityVerbHost.Build(parseResult);
            var tagger = host.Services.GetRequiredService<EntityTagger>();
            var exit = 0;
            var errors = parseResult.GetValue(errorsFile) is null ? null : new PersonErrors();
            if (parseResult.GetValue(gmb) is { } gmbFile)
            {
                var clock = Stopwatch.StartNew();
                var corpus = GmbReader.Read(gmbFile.FullName);
                var useDev = parseResult.GetValue(dev);
                var test = (useDev ? corpus.Dev : corpus.Test).Select(GmbLabelMapper.Shared.Map).ToList();
                var (first, last) = useDev ? (corpus.DevStart, corpus.TestStart - 1) : (corpus.TestStart, corpus.Sentences.Count - 1);
                await output.WriteLineAsync(Invariant($"{(useDev ? "dev" : "held-out test")}: {test.Count} sentences ({first}..{last} of {corpus.Sentences.Count}), {test.Sum(s => s.Tokens.Length)} tokens")).ConfigureAwait(false);
                var modelOnly = NerEvaluator.ModelOnly(tagger.Model, test);
                var withRules = NerEvaluator.ModelAndRules(tagger, test, errors);
                await output.WriteAsync(EntityScores.Table(("model-only", modelOnly), ("model+rules", withRules))).ConfigureAwait(false);
                await output.WriteLineAsync(Invariant($"evaluated in {clock.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
                foreach (var (type, option) in floors)
                {
                    if (parseResult.GetValue(option) is { } floor && withRules.F1(type) < floor)
                    {
                        await error.WriteLineAsync(Invariant($"{type} F1 {withRules.F1(type):F4} is below the floor {floor:F2}")).ConfigureAwait(false);
                        exit = 1;
                    }
                }
            }

            if (parseResult.GetValue(wikigold) is { } wikigoldFile)
            {
                var clock = Stopwatch.StartNew();
                var documents = WikigoldReader.Read(wikigoldFile.FullName);
                var modelOnly = NerEvaluator.PeopleInDocuments(tagger, documents, rules: false);
                var withRules = NerEvaluator.PeopleInDocuments(tagger, documents, rules: true, errors);
                var person = NerLabels.TypeIndex(EntityType.Person);
                await output.WriteLineAsync(Invariant($"wikigold: {documents.Count} articles, {documents.Sum(d => d.Sentences.Sum(s => s.Count))} tokens (a dev set: tuned on)")).ConfigureAwait(false);
                await output.WriteLineAsync(Invariant($"{"type",-8} {"support",8} | {"model-only P",13} {"R",6} {"F1",6} | {"model+rules P",13} {"R",6} {"F1",6}")).ConfigureAwait(false);
                await output.WriteLineAsync(Invariant($"{EntityType.Person,-8} {withRules.Support(person),8} | {modelOnly.Precision(person),13:0.0000} {modelOnly.Recall(person),6:0.0000} {modelOnly.F1(person),6:0.0000} | {withRules.Precision(person),13:0.0000} {withRules.Recall(person),6:0.0000} {withRules.F1(person),6:0.0000}")).ConfigureAwait(false);
                await output.WriteLineAsync(Invariant($"evaluated in {clock.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
                if (parseResult.GetValue(floors[0].Option) is { } floor && withRules.F1(person) < floor)
                {
                    await error.WriteLineAsync(Invariant($"wikigold {EntityType.Person} F1 {withRules.F1(person):F4} is below the floor {floor:F2}")).ConfigureAwait(false);
                    exit = 1;
                }
            }

            if (parseResult.GetValue(windows) is { } labelsFile)
            {
                var clock = Stopwatch.StartNew();
                // --split is shared with --timebank: dev (before 2023-07-01, tuned on) or test (scored once).
                var which = parseResult.GetValue(EvaluateTimeBank.Split) ?? LabelledWindows.Dev;
                if (which is not (LabelledWindows.Dev or LabelledWindows.Test))
                {
                    await error.WriteLineAsync($"--wh-entities has the splits dev and test, not '{which}'").ConfigureAwait(false);
                    return 2;
                }

                var chosen = LabelledWindows.Load(parseResult.GetValue(corpus)!.FullName, labelsFile.FullName).Split(which).ToList();
                var scores = WindowScorer.Score(tagger, chosen);
                await output.WriteAsync(scores.Table(Invariant($"wh-entities {which}: {chosen.Count} windows of real White House documents, {chosen.Sum(w => w.End - w.Start)} characters labelled by hand"))).ConfigureAwait(false);
                await output.WriteLineAsync(Invariant($"evaluated in {clock.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
                if (parseResult.GetValue(entityErrors) is { } errorsOut)
                {
                    await File.WriteAllLinesAsync(errorsOut.FullName, scores.Errors, ct).ConfigureAwait(false);
                }

                foreach (var (goldType, floor) in new[] { ("PERSON", parseResult.GetValue(floors[0].Option)), ("DATE", parseResult.GetValue(floors[2].Option)), ("MONEY", parseResult.GetValue(floors[3].Option)) })
                {
                    if (floor is { } f && scores.F1(goldType) < f)
                    {
                        await error.WriteLineAsync(Invariant($"wh-entities {goldType} F1 {scores.F1(goldType):F4} is below the floor {f:F2}")).ConfigureAwait(false);
                        exit = 1;
                    }
                }

                if (parseResult.GetValue(floorDateValue) is { } valueFloor && scores.DateValueAccuracy < valueFloor)
                {
                    await error.WriteLineAsync(Invariant($"wh-entities DATE value accuracy {scores.DateValueAccuracy:F4} is below the floor {valueFloor:F2}")).ConfigureAwait(false);
                    exit = 1;
                }
            }

            if (errors is not null)
            {
                await File.WriteAllLinesAsync(parseResult.GetValue(errorsFile)!.FullName, errors.Lines, ct).ConfigureAwait(false);
            }

            return exit;
        });
        return command;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
