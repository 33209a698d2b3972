namespace NewsWatch.Http;

/// <summary>Thrown when a connection would reach an address the <see cref="NetworkGuard"/> refuses.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);
