using System.Buffers;
using System.Globalization;
using System.Text;

namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>
/// Serializes PDF objects into a growing buffer that knows its offset in the final file, so that indirect
/// objects can be recorded for the cross-reference table as they are written.
/// </summary>
internal sealed class PdfObjectWriter
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly long baseOffset;

    /// <summary>Creates a writer whose first byte will sit at <paramref name="baseOffset"/> in the file.</summary>
    public PdfObjectWriter(long baseOffset) => this.baseOffset = baseOffset;

    /// <summary>The file offset of the next byte written.</summary>
    public long Offset => baseOffset + buffer.WrittenCount;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => buffer.WrittenSpan;

    /// <summary>Writes ASCII text as is.</summary>
    public void WriteRaw(string ascii)
    {
        foreach (var c in ascii)
        {
            WriteByte((byte)c);
        }
    }

    /// <summary>Writes <c>N G obj</c>, the object and <c>endobj</c>; returns the offset where the object starts.</summary>
    public long WriteIndirectObject(PdfReference reference, PdfObject value)
    {
        var offset = Offset;
        WriteRaw(string.Create(CultureInfo.InvariantCulture, $"{reference.Number} {reference.Generation} obj\n"));
        Write(value);
        WriteRaw("\nendobj\n");
        return offset;
    }

    /// <summary>Writes one direct object.</summary>
    public void Write(PdfObject value)
    {
        switch (value)
        {
            case PdfName name:
                WriteName(name.Value);
                break;
            case PdfNumber number:
                WriteRaw(number.Token);
                break;
            case PdfString text:
                WriteString(text.Bytes);
                break;
            case PdfBoolean boolean:
                WriteRaw(boolean.Value ? "true" : "false");
                break;
            case PdfNull:
                WriteRaw("null");
                break;
            case PdfReference reference:
                WriteRaw(reference.ToString());
                break;
            case PdfArray array:
                WriteByte((byte)'[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        WriteByte((byte)' ');
                    }
                    Write(array.Items[i]);
                }
                WriteByte((byte)']');
                break;
            case PdfDictionary dictionary:
                WriteRaw("<<");
                foreach (var entry in dictionary.Entries)
                {
                    WriteName(entry.Key);
                    WriteByte((byte)' ');
                    Write(entry.Value);
                }
                WriteRaw(">>");
                break;
            default:
                throw new InvalidOperationException($"Unknown PDF object kind {value.GetType().Name}.");
        }
    }

    /// <summary>
    /// Encodes a text string (ISO 32000-1 §7.9.2.2): printable ASCII as is (PDFDocEncoding agrees with ASCII
    /// there), anything else as UTF-16BE with a byte order mark.
    /// </summary>
    public static PdfString TextString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return new PdfString(Encoding.ASCII.GetBytes(text));
        }
        var bytes = new byte[2 + Encoding.BigEndianUnicode.GetByteCount(text)];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(text, bytes.AsSpan(2));
        return new PdfString(bytes);
    }

    /// <summary>A number written invariantly with at most two decimals, e.g. <c>712.5</c>.</summary>
    public static PdfNumber Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return new PdfNumber((rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture));
    }

    /// <summary>An integer number.</summary>
    public static PdfNumber Number(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    private void WriteByte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private void WriteName(string name)
    {
        WriteByte((byte)'/');
        foreach (var c in name)
        {
            var b = (byte)c;
            if (b is < 0x21 or > 0x7E or (byte)'#' || PdfParser.IsDelimiter(b))
            {
                WriteByte((byte)'#');
                WriteByte(HexDigits[b >> 4]);
                WriteByte(HexDigits[b & 0xF]);
            }
            else
            {
                WriteByte(b);
            }
        }
    }

    private void WriteString(byte[] bytes)
    {
        if (bytes.All(b => b is >= 0x20 and <= 0x7E))
        {
            WriteByte((byte)'(');
            foreach (var b in bytes)
            {
                if (b is (byte)'(' or (byte)')' or (byte)'\\')
                {
                    WriteByte((byte)'\\');
                }
                WriteByte(b);
            }
            WriteByte((byte)')');
            return;
        }
        WriteByte((byte)'<');
        foreach (var b in bytes)
        {
            WriteByte(HexDigits[b >> 4]);
            WriteByte(HexDigits[b & 0xF]);
        }
        WriteByte((byte)'>');
    }
}
