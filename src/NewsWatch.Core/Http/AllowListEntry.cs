using System.Net;

namespace NewsWatch.Http;

/// <summary>One parsed <see cref="HttpFetchOptions.AllowedHosts"/> entry: an address range or a host name.</summary>
internal readonly record struct AllowListEntry(IPNetwork? Network, string? HostName)
{
    public static bool TryParse(string? text, out AllowListEntry entry)
    {
        entry = default;
        var value = NormalizeHost(text ?? "");
        if (value.Length == 0)
        {
            return false;
        }

        if (IPAddress.TryParse(value, out var address))
        {
            var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            entry = new AllowListEntry(new IPNetwork(plain, plain.GetAddressBytes().Length * 8), null);
            return true;
        }

        if (value.Contains('/'))
        {
            if (!IPNetwork.TryParse(value, out var network))
            {
                return false;
            }

            entry = new AllowListEntry(network, null);
            return true;
        }

        if (Uri.CheckHostName(value) != UriHostNameType.Dns)
        {
            return false;
        }

        entry = new AllowListEntry(null, value);
        return true;
    }

    /// <summary>Lower case, without IPv6 brackets or a trailing dot, so "[::1]" and "Example.COM." match config entries.</summary>
    public static string NormalizeHost(string host)
    {
        var h = host.Trim();
        if (h.StartsWith('[') && h.EndsWith(']'))
        {
            h = h[1..^1];
        }

        return h.TrimEnd('.').ToLowerInvariant();
    }
}
