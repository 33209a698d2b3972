namespace NewsWatch.Tests.Feeds;

internal static class FeedFixtures
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));
}
