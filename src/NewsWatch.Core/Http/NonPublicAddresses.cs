using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;

namespace NewsWatch.Http;

/// <summary>
/// Classifies IP addresses that must never be reached through an untrusted link: private,
/// loopback, link-local, unique-local, CGNAT, multicast, unspecified and other special-purpose
/// ranges (IANA special-purpose registries), including IPv6 forms that embed such an IPv4 address.
/// </summary>
public static class NonPublicAddresses
{
    private static readonly ImmutableArray<IPNetwork> V4Ranges =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network", unspecified
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, cloud metadata endpoints
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),     // documentation
        IPNetwork.Parse("192.88.99.0/24"),   // 6to4 relay anycast
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("198.51.100.0/24"),  // documentation
        IPNetwork.Parse("203.0.113.0/24"),   // documentation
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, broadcast
    ];

    private static readonly ImmutableArray<IPNetwork> V6Ranges =
    [
        IPNetwork.Parse("::/96"),            // unspecified, loopback, deprecated IPv4-compatible
        IPNetwork.Parse("64:ff9b:1::/48"),   // local-use NAT64
        IPNetwork.Parse("100::/64"),         // discard-only
        IPNetwork.Parse("2001:db8::/32"),    // documentation
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // deprecated site-local
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>True when the address is in a range that must not be fetched from untrusted links.</summary>
    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return InAny(V4Ranges, address);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return Contains(address.MapToIPv4());
        }

        if (address.ScopeId != 0)
        {
            address = new IPAddress(address.GetAddressBytes());
        }

        if (InAny(V6Ranges, address))
        {
            return true;
        }

        // NAT64 and 6to4 carry an IPv4 address inside; judge them by that address.
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return Contains(new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (SixToFour.Contains(address))
        {
            return Contains(new IPAddress(bytes.AsSpan(2, 4)));
        }

        return false;
    }

    private static bool InAny(ImmutableArray<IPNetwork> ranges, IPAddress address)
    {
        foreach (var range in ranges)
        {
            if (range.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}
