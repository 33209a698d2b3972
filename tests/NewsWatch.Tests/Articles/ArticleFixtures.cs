namespace NewsWatch.Tests.Articles;

/// <summary>The hand-written pages under Fixtures/Articles, copied beside the test assembly.</summary>
internal static class ArticleFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
