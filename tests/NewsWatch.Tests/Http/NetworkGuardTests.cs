using System.Net;
using Microsoft.Extensions.Options;
using NewsWatch.Http;

namespace NewsWatch.Tests.Http;

public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.5.4")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("198.18.0.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:c0a8:101::1")]
    public void Non_public_addresses_are_recognised(string address) =>
        Assert.True(NonPublicAddresses.Contains(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("11.0.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Public_addresses_are_not(string address) =>
        Assert.False(NonPublicAddresses.Contains(IPAddress.Parse(address)));

    [Fact]
    public void Allow_list_accepts_addresses_ranges_and_host_names()
    {
        var guard = Guard(new HttpFetchOptions { AllowedHosts = ["127.0.0.1", "10.1.0.0/16", "Intranet.Example."] });

        Assert.True(guard.IsAllowed("127.0.0.1", IPAddress.Parse("127.0.0.1")));
        Assert.True(guard.IsAllowed("x", IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(guard.IsAllowed("127.0.0.2", IPAddress.Parse("127.0.0.2")));
        Assert.False(guard.IsAllowed("::1", IPAddress.IPv6Loopback));
        Assert.True(guard.IsAllowed("10.1.2.3", IPAddress.Parse("10.1.2.3")));
        Assert.False(guard.IsAllowed("10.2.0.1", IPAddress.Parse("10.2.0.1")));
        Assert.True(guard.IsAllowed("intranet.example", IPAddress.Parse("192.168.7.7")));
        Assert.True(guard.IsAllowed("INTRANET.example.", IPAddress.Parse("192.168.7.7")));
        Assert.False(guard.IsAllowed("other.example", IPAddress.Parse("192.168.7.7")));
        Assert.True(guard.IsAllowed("news.example", IPAddress.Parse("8.8.8.8")));
    }

    [Fact]
    public void Allow_private_networks_permits_everything()
    {
        var guard = Guard(new HttpFetchOptions { AllowPrivateNetworks = true });

        Assert.True(guard.IsAllowed("10.0.0.1", IPAddress.Parse("10.0.0.1")));
    }

    [Theory]
    [InlineData("not a host")]
    [InlineData("10.0.0.0/99")]
    [InlineData("")]
    public void Invalid_allow_list_entries_fail_validation(string entry)
    {
        var options = new HttpFetchOptions { AllowedHosts = [entry] };
        var validator = new DataAnnotationValidateOptions<HttpFetchOptions>(Options.DefaultName);

        var result = validator.Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Contains("AllowedHosts", result.FailureMessage);
        Assert.Throws<OptionsValidationException>(() => Guard(options));
    }

    private static NetworkGuard Guard(HttpFetchOptions options) => new(Options.Create(options));
}
