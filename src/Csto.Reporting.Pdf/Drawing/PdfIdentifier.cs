using System.Security.Cryptography;
using System.Text;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Makes Skia's PDF/A file identifier deterministic. Skia derives the trailer /ID and the XMP document and instance
/// UUIDs from the clock; this replaces them, in place and with the same length (so no offset moves), with a hash of
/// the file's own content, so the same document always gives the same bytes.
/// </summary>
internal static class PdfIdentifier
{
    private static readonly byte[] IdMarker = "/ID [<"u8.ToArray();

    /// <summary>Rewrites the identifier of <paramref name="pdf"/> in place; a file without one is left unchanged.</summary>
    public static void MakeDeterministic(byte[] pdf)
    {
        var at = pdf.AsSpan().IndexOf(IdMarker);
        if (at < 0 || at + IdMarker.Length + 32 > pdf.Length)
        {
            return;
        }
        var hex = Encoding.ASCII.GetString(pdf, at + IdMarker.Length, 32);
        if (!hex.All(char.IsAsciiHexDigit))
        {
            return;
        }
        var upper = Encoding.ASCII.GetBytes(hex.ToUpperInvariant());
        var lower = hex.ToLowerInvariant();
        var dashed = Encoding.ASCII.GetBytes($"{lower[..8]}-{lower[8..12]}-{lower[12..16]}-{lower[16..20]}-{lower[20..]}");
        var zeroUpper = Encoding.ASCII.GetBytes(new string('0', 32));
        var zeroDashed = Encoding.ASCII.GetBytes("00000000-0000-0000-0000-000000000000");
        Replace(pdf, upper, zeroUpper);
        Replace(pdf, dashed, zeroDashed);
        var hash = Convert.ToHexString(SHA256.HashData(pdf).AsSpan(0, 16));
        var newLower = hash.ToLowerInvariant();
        Replace(pdf, zeroUpper, Encoding.ASCII.GetBytes(hash));
        Replace(pdf, zeroDashed, Encoding.ASCII.GetBytes($"{newLower[..8]}-{newLower[8..12]}-{newLower[12..16]}-{newLower[16..20]}-{newLower[20..]}"));
    }

    private static void Replace(byte[] data, byte[] from, byte[] to)
    {
        var span = data.AsSpan();
        var offset = 0;
        while (true)
        {
            var index = span[offset..].IndexOf(from);
            if (index < 0)
            {
                return;
            }
            to.CopyTo(span[(offset + index)..]);
            offset += index + from.Length;
        }
    }
}
