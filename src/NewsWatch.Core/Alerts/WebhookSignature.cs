using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsWatch.Alerts;

/// <summary>
/// <c>X-NewsWatch-Signature: sha256=&lt;hex&gt;</c>: the lower-case hex HMAC-SHA256, keyed with the
/// webhook secret (UTF-8), of the <c>X-NewsWatch-Timestamp</c> value, a dot, then the exact body
/// bytes. Binding the timestamp lets a receiver reject replays of an old, validly signed body.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return Prefix + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
