using System.Text;

namespace Csto.Reporting.Hyphenation;

/// <summary>
/// Decodes KOI8-R (RFC 1489) for the Russian pattern file without registering a global code page provider.
/// ASCII passes through; of the upper half only the Cyrillic letters (0xC0–0xFF, 0xA3 ё, 0xB3 Ё) are mapped,
/// other bytes become U+FFFD (pattern files use none).
/// </summary>
internal static class Koi8R
{
    // 0xC0..0xDF: юабцдефгхийклмнопярстужвьызшэщчъ ; 0xE0..0xFF: the same in capitals.
    private const string Lower = "юабцдефгхийклмнопярстужвьызшэщчъ";

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            text.Append(b switch
            {
                < 0x80 => (char)b,
                0xA3 => 'ё',
                0xB3 => 'Ё',
                >= 0xC0 and < 0xE0 => Lower[b - 0xC0],
                >= 0xE0 => char.ToUpperInvariant(Lower[b - 0xE0]),
                _ => '\uFFFD',
            });
        }
        return text.ToString();
    }
}
