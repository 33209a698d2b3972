using NetArchTest.Rules;
using NewsWatch.Storage;

namespace NewsWatch.Tests.Architecture;

/// <summary>
/// The folders of NewsWatch.Core stack one way (docs/architecture.md): a folder may use only the
/// folders below it, so no two folders can import each other, directly or around a loop. Folders
/// on the same level (the feature folders Feeds, Articles and Entities) may not use each other either.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[][] Levels =
    [
        ["NewsWatch.Common"],
        ["NewsWatch.Http"],
        ["NewsWatch.Feeds", "NewsWatch.Articles", "NewsWatch.Entities"],
        ["NewsWatch.Events"],
        ["NewsWatch.Alerts"],
        ["NewsWatch.Storage"],
        ["NewsWatch.Pipeline"],
        ["NewsWatch.Scheduling"],
    ];

    private static readonly string[] FeatureFolders = ["NewsWatch.Feeds", "NewsWatch.Articles", "NewsWatch.Entities", "NewsWatch.Events", "NewsWatch.Alerts"];

    public static TheoryData<string> Folders() => [.. Levels.SelectMany(l => l)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_the_folders_below_it(string folder)
    {
        var level = Array.FindIndex(Levels, l => l.Contains(folder));
        var forbidden = Levels.Skip(level).SelectMany(l => l).Where(n => n != folder).ToArray();
        var result = Types.InAssembly(typeof(Database).Assembly).That().ResideInNamespace(folder)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"{folder} uses a folder on its level or above: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Feature_folders_know_neither_SQL_nor_Quartz()
    {
        var result = Types.InAssembly(typeof(Database).Assembly).That().ResideInNamespaceMatching(@"^NewsWatch\.(Feeds|Articles|Entities|Events|Alerts|Http|Common)(\.|$)")
            .ShouldNot().HaveDependencyOnAny("Dapper", "Microsoft.Data.Sqlite", "Quartz", "NewsWatch.Storage", "NewsWatch.Pipeline", "NewsWatch.Scheduling").GetResult();
        Assert.True(result.IsSuccessful, $"feature types that reach storage or the scheduler: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Only_storage_runs_SQL()
    {
        var result = Types.InAssembly(typeof(Database).Assembly).That().DoNotResideInNamespace("NewsWatch.Storage")
            .ShouldNot().HaveDependencyOnAny("Dapper", "Microsoft.Data.Sqlite").GetResult();
        Assert.True(result.IsSuccessful, $"SQL outside Storage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_folder_is_placed_on_a_level() =>
        Assert.All(typeof(Database).Assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("NewsWatch.", StringComparison.Ordinal)).Distinct(),
            ns => Assert.Contains(Levels.SelectMany(l => l), folder => ns == folder || ns.StartsWith(folder + ".", StringComparison.Ordinal)));
}
