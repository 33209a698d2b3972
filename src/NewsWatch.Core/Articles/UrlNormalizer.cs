using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;

namespace NewsWatch.Articles;

/// <summary>
/// The canonical form of an article URL, used to recognise the same article behind different
/// links: http(s) only, lower-case scheme and host (IDN as punycode), no default port, no
/// fragment, no tracking parameters, other parameters kept in their order, "/" for an empty path.
/// Pure: same input, same output.
/// </summary>
public static class UrlNormalizer
{
    /// <summary>Query parameters that only say where a click came from (matched ignoring case).</summary>
    private static readonly FrozenSet<string> TrackingParameters = new[]
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "igsh", "ocid", "cmpid", "cmp", "sr_share", "xtor",
        "ns_mchannel", "ns_campaign", "ns_source", "ns_linkname", "ns_fee", "ito", "smid", "emc",
        "_hsenc", "_hsmi", "mkt_tok", "oly_enc_id", "oly_anon_id", "vero_id", "wt.mc_id", "wt_mc", "s_cid",
        "feedtype", "feedname", "spm", "guccounter", "__twitter_impression",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prefixes of tracking parameter families: Google Analytics (utm_*), AT Internet (at_*), Piwik/Matomo (pk_*).</summary>
    private static readonly string[] TrackingPrefixes = ["utm_", "at_", "pk_"];

    /// <summary>The canonical URL, or null when <paramref name="url"/> is not an absolute http(s) URL.</summary>
    public static string? Normalize(string url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = AsciiHost(uri);
        if (host is null)
        {
            return null;
        }

        var result = new StringBuilder(url.Length);
        result.Append(uri.Scheme).Append("://");
        if (uri.UserInfo.Length > 0)
        {
            result.Append(uri.UserInfo).Append('@');
        }

        result.Append(host);
        if (!uri.IsDefaultPort)
        {
            result.Append(':').Append(uri.Port);
        }

        result.Append(uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);
        AppendQuery(result, uri.Query);
        return result.ToString();
    }

    /// <summary>
    /// Lower-cased before the IDN conversion: with invariant globalization, Uri.IdnHost encodes
    /// upper-case letters as they are, so "ПРИМЕР.рф" and "пример.рф" would differ.
    /// </summary>
    private static string? AsciiHost(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        if (host.Length == 0 || uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return host.Length == 0 ? null : host;
        }

        try
        {
            return new IdnMapping().GetAscii(host);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void AppendQuery(StringBuilder result, string query)
    {
        var separator = '?';
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = WebUtility.UrlDecode(pair.Split('=', 2)[0]);
            if (name.Length == 0 || IsTracking(name))
            {
                continue;
            }

            result.Append(separator).Append(pair);
            separator = '&';
        }
    }

    private static bool IsTracking(string name) =>
        TrackingParameters.Contains(name) || Array.Exists(TrackingPrefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
