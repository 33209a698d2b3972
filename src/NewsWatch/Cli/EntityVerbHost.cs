using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace NewsWatch.Cli;

/// <summary>The host the entity verbs (tag, evaluate, bench tagger/seed) run on, with an optional model file override.</summary>
internal static class EntityVerbHost
{
    public static readonly Option<FileInfo?> Model = new("--model")
    {
        Description = "The entity model zip (default: Entities:ModelPath, i.e. models/ner.zip beside the binary).",
    };

    public static IHost Build(ParseResult parseResult) =>
        VerbHost.Build(parseResult, parseResult.GetValue(Model) is { } model ? [$"--Entities:ModelPath={model.FullName}"] : []);
}
