namespace NewsWatch.Entities;

/// <summary>
/// Folds Latin letters with diacritics to their base letters ("Orbán" to "Orban", "Côte" to "Cote"), by table: the
/// build runs with invariant globalization, where Unicode normalisation is not available.
/// </summary>
internal static class Diacritics
{
    private const string Marked = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžȘșȚț";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzSsTt";

    public static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00C0', '\u024F') < 0)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var k = Marked.IndexOf(source[i], StringComparison.Ordinal);
                span[i] = k >= 0 ? Plain[k] : source[i];
            }
        });
    }
}
