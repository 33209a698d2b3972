namespace NewsWatch.Http;

/// <summary>Reads a response body into memory without ever holding more than the cap.</summary>
internal static class CappedBody
{
    private const int InitialBufferBytes = 64 * 1024;

    /// <summary>The body, or null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, long? declaredLength, CancellationToken ct)
    {
        var cap = (int)Math.Min(maxBytes, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(declaredLength ?? InitialBufferBytes, cap)];
        var length = 0;
        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length == cap)
                    {
                        // Full to the cap: one more byte means the body is too large.
                        var probe = new byte[1];
                        return await stream.ReadAsync(probe, ct).ConfigureAwait(false) == 0 ? buffer : null;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, InitialBufferBytes), cap));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    return length == buffer.Length ? buffer : buffer[..length];
                }

                length += read;
            }
        }
    }
}
