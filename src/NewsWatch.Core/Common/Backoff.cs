namespace NewsWatch.Common;

/// <summary>Exponential backoff with a ceiling and random spread, shared by feeds and articles.</summary>
public static class Backoff
{
    /// <summary>
    /// The delay before attempt number <paramref name="failures"/>+1: <paramref name="baseDelay"/>
    /// doubled per earlier failure, capped at <paramref name="max"/>, spread by ±<paramref name="jitter"/>
    /// (a fraction), and never shorter than <paramref name="atLeast"/> (a server's Retry-After).
    /// </summary>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan max, double jitter, TimeSpan? atLeast = null)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var raw = Math.Min(baseDelay.TotalSeconds * Math.Pow(2, exponent), max.TotalSeconds);
        var spread = Spread(TimeSpan.FromSeconds(raw), jitter);
        return atLeast is { } floor && floor > spread ? floor : spread;
    }

    /// <summary>Multiplies <paramref name="interval"/> by a random factor in [1-jitter, 1+jitter].</summary>
    public static TimeSpan Spread(TimeSpan interval, double jitter) =>
        jitter <= 0 ? interval : TimeSpan.FromSeconds(interval.TotalSeconds * (1 + jitter * (2 * Random.Shared.NextDouble() - 1)));
}
