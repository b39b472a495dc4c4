using System.Globalization;
using System.Text;
using NodaTime;

namespace Csto.Reporting.Pdf.Drawing;

/// <summary>
/// Makes the dates Skia writes zone-independent. The document's date (a calendar day) goes to Skia as midnight UTC,
/// but SkiaSharp converts it with the machine's offset, computed from clock hours: east of UTC the file says
/// <c>D:20251203000000+14'00'</c>, west of UTC an invalid <c>+16'00'</c> (and <c>+16:00</c> in the PDF/A XMP
/// packet). This rewrites every such offset after the document's date, in place and with the same length (so no
/// offset of the file moves), to UTC: <c>+00'00'</c> in the document information dictionary (ISO 32000-1 §7.9.4)
/// and <c>+00:00</c> in XMP (ISO 8601) — the bytes a machine in UTC writes.
/// </summary>
internal static class PdfDates
{
    /// <summary>Rewrites the offsets of <paramref name="date"/>'s timestamps in <paramref name="pdf"/>; returns how many were rewritten.</summary>
    public static int MakeZoneIndependent(Span<byte> pdf, LocalDate? date)
    {
        if (date is not { } day)
        {
            return 0;
        }
        var info = string.Create(CultureInfo.InvariantCulture, $"D:{day.Year:D4}{day.Month:D2}{day.Day:D2}000000");
        var xmp = string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}T00:00:00");
        return Rewrite(pdf, Encoding.ASCII.GetBytes(info), "+00'00'"u8, (byte)'\'')
            + Rewrite(pdf, Encoding.ASCII.GetBytes(xmp), "+00:00"u8, (byte)':');
    }

    /// <summary>Replaces the offset <c>±HH?MM</c> (with <paramref name="separator"/> at ?) after each occurrence of <paramref name="prefix"/>.</summary>
    private static int Rewrite(Span<byte> pdf, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> utc, byte separator)
    {
        var count = 0;
        var offset = 0;
        while (pdf[offset..].IndexOf(prefix) is var index and >= 0)
        {
            var at = offset + index + prefix.Length;
            offset = at;
            if (at + utc.Length <= pdf.Length && IsOffset(pdf.Slice(at, utc.Length), separator))
            {
                utc.CopyTo(pdf[at..]);
                count++;
            }
        }
        return count;
    }

    private static bool IsOffset(ReadOnlySpan<byte> text, byte separator) =>
        text[0] is (byte)'+' or (byte)'-'
        && char.IsAsciiDigit((char)text[1]) && char.IsAsciiDigit((char)text[2])
        && text[3] == separator
        && char.IsAsciiDigit((char)text[4]) && char.IsAsciiDigit((char)text[5])
        && (text.Length == 6 || text[6] == separator);
}
