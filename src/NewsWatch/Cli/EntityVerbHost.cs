using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;

namespace NewsWatch.Cli;

/// <summary>The host the entity verbs (tag, evaluate, bench tagger/seed) run on, with an optional model file override.</summary>
internal static class EntityVerbHost
{
    public static readonly Option<FileInfo?> Model = new("--model")
    {
        Description = "The entity model zip (default: Entities:ModelPath, i.e. models/ner.zip beside the binary).",
    };

    public static IHost Build(ParseResult parseResult)
    {
        var args = CommonOptions.ToConfigurationArgs(parseResult).ToList();
        if (parseResult.GetValue(Model) is { } model)
        {
            args.Add($"--Entities:ModelPath={model.FullName}");
        }

        return NewsWatchHost.CreateBuilder([.. args], daemon: false, parseResult.GetValue(CommonOptions.Config)?.FullName).Build();
    }
}
