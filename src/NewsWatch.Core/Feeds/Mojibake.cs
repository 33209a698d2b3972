using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace NewsWatch.Feeds;

/// <summary>
/// Repairs text that was UTF-8, got decoded as windows-1252 (or Latin-1) and re-encoded as UTF-8
/// somewhere upstream: "ActualitÃ©s" becomes "Actualités", "Ð¯Ð½Ð´ÐµÐºÑ" becomes "Яндекс".
/// Real feeds ship like this, sometimes only in parts of a text. Each run of characters that
/// maps back to the bytes of one valid multi-byte UTF-8 sequence is replaced by that character;
/// ordinary text practically never contains such runs ("Ã" followed by "©" and the like).
/// </summary>
internal static class Mojibake
{
    /// <summary>Characters windows-1252 puts in 0x80-0x9F, back to their byte. The five bytes it leaves undefined appear as C1 controls and map to themselves.</summary>
    private static readonly FrozenDictionary<char, byte> Cp1252High = BuildCp1252High();

    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
        {
            return text;
        }

        StringBuilder? repaired = null;
        var copied = 0;
        Span<byte> sequence = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var length = SequenceLength(text[i]);
            if (length == 0 || i + length > text.Length)
            {
                continue;
            }

            sequence[0] = (byte)text[i];
            var complete = true;
            for (var k = 1; k < length && complete; k++)
            {
                complete = TryByte(text[i + k], out sequence[k]) && sequence[k] is >= 0x80 and <= 0xBF;
            }

            if (!complete || Rune.DecodeFromUtf8(sequence[..length], out var rune, out var consumed) != OperationStatus.Done || consumed != length)
            {
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, i - copied).Append(rune.ToString());
            i += length - 1;
            copied = i + 1;
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Bytes in a UTF-8 sequence whose lead byte, read as Latin-1, is <paramref name="c"/>; 0 when it is no lead byte.</summary>
    private static int SequenceLength(char c) => c switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 0,
    };

    private static bool TryByte(char c, out byte b)
    {
        if (c <= '\u00FF')
        {
            b = (byte)c;
            return true;
        }

        return Cp1252High.TryGetValue(c, out b);
    }

    private static FrozenDictionary<char, byte> BuildCp1252High()
    {
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = cp1252.GetString([(byte)b])[0];
            if (c > '\u00FF')
            {
                map[c] = (byte)b;
            }
        }

        return map.ToFrozenDictionary();
    }
}
