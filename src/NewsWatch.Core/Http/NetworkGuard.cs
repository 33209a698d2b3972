using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace NewsWatch.Http;

/// <summary>
/// Decides which addresses NewsWatch may connect to, and opens connections for the HTTP handler.
/// The check runs on the resolved address at connect time (not on the URL text), so a public
/// host name that resolves to an internal address is refused, and the connection goes to the
/// very address that was checked: no second lookup an attacker's DNS could answer differently.
/// </summary>
public sealed class NetworkGuard
{
    private readonly bool _allowPrivate;
    private readonly HashSet<string> _allowedHostNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _allowedNetworks = [];

    public NetworkGuard(IOptions<HttpFetchOptions> options)
    {
        var value = options.Value;
        _allowPrivate = value.AllowPrivateNetworks;
        foreach (var text in value.AllowedHosts)
        {
            if (!AllowListEntry.TryParse(text, out var entry))
            {
                throw new OptionsValidationException(HttpFetchOptions.Section, typeof(HttpFetchOptions), [HttpFetchOptions.InvalidAllowListEntry(text)]);
            }

            if (entry.Network is { } network)
            {
                _allowedNetworks.Add(network);
            }
            else
            {
                _allowedHostNames.Add(entry.HostName!);
            }
        }
    }

    /// <summary>True when a connection to <paramref name="address"/>, reached via <paramref name="host"/>, is permitted.</summary>
    public bool IsAllowed(string host, IPAddress address)
    {
        if (_allowPrivate || !NonPublicAddresses.Contains(address))
        {
            return true;
        }

        if (_allowedHostNames.Contains(AllowListEntry.NormalizeHost(host)))
        {
            return true;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _allowedNetworks.Exists(n => n.BaseAddress.AddressFamily == plain.AddressFamily && n.Contains(plain));
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, keeps only the
    /// permitted addresses and connects to the first that answers. Refused hosts never see a packet.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = AllowListEntry.NormalizeHost(context.DnsEndPoint.Host);
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);

        var permitted = Array.FindAll(addresses, a => IsAllowed(host, a));
        if (permitted.Length == 0)
        {
            var shown = string.Join(", ", addresses.Select(a => a.ToString()));
            throw new BlockedAddressException(addresses.Length == 0
                ? $"'{host}' did not resolve to any address"
                : $"refused to connect to '{host}' ({shown}): non-public address (private, loopback, link-local or reserved) not in Http:AllowedHosts");
        }

        SocketException? last = null;
        foreach (var address in permitted)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
