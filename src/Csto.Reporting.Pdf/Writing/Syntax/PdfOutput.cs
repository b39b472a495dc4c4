using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Csto.Reporting.Pdf.Writing.Syntax;

/// <summary>
/// An append-only byte buffer with the tokens of PDF syntax (ISO 32000-1 §7.3): names, numbers, strings, references.
/// Each token method writes a separating space before itself when the previous byte needs one, so callers write
/// tokens one after another without thinking about white space. Numbers are written invariantly, never with an
/// exponent, so the same values always give the same bytes.
/// </summary>
internal sealed class PdfOutput
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();

    // The bytes written are bytes[..count]. An array of our own rather than an ArrayBufferWriter<byte>: content
    // streams are written a byte or a token at a time, millions per document, and the writer's checked calls into
    // another assembly (not inlined into ReadyToRun code) were a tenth of the PDF writer's time.
    private byte[] bytes;
    private int count;

    /// <summary>Creates an empty buffer.</summary>
    public PdfOutput(int initialCapacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        bytes = new byte[initialCapacity];
    }

    /// <summary>The number of bytes written.</summary>
    public int Length => count;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, count);

    /// <summary>Forgets everything written (the memory is kept for reuse).</summary>
    public void Clear() => count = 0;

    /// <summary>Writes bytes as they are.</summary>
    public PdfOutput Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Advance(bytes.Length);
        return this;
    }

    /// <summary>Writes ASCII text as it is (an operator, a keyword, a line end).</summary>
    public PdfOutput Raw(string ascii)
    {
        var span = GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }
        Advance(ascii.Length);
        return this;
    }

    /// <summary>Writes an operator or keyword as a token (separated from the previous token).</summary>
    public PdfOutput Operator(string ascii)
    {
        Separate();
        return Raw(ascii);
    }

    /// <summary>Writes a name, <c>#xx</c>-escaping delimiters, white space, <c>#</c> and bytes outside 0x21–0x7E.</summary>
    /// <param name="name">The name without its slash; characters above U+00FF are written as their UTF-8 bytes.</param>
    public PdfOutput Name(string name)
    {
        Byte((byte)'/');
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in name.EnumerateRunes())
        {
            var count = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < count; i++)
            {
                var b = utf8[i];
                if (b is < 0x21 or > 0x7E || IsDelimiter(b) || b == (byte)'#')
                {
                    Byte((byte)'#');
                    Byte(HexDigits[b >> 4]);
                    Byte(HexDigits[b & 0xF]);
                }
                else
                {
                    Byte(b);
                }
            }
        }
        return this;
    }

    /// <summary>Writes an integer.</summary>
    public PdfOutput Integer(long value)
    {
        Separate();
        Utf8Formatter.TryFormat(value, GetSpan(20), out var written);
        Advance(written);
        return this;
    }

    /// <summary>
    /// Writes a real number rounded to <paramref name="decimals"/> places (at most 5), without trailing zeros,
    /// exponent or a negative zero: <c>12.5</c>, <c>-0.03</c>, <c>7</c>.
    /// </summary>
    public PdfOutput Real(double value, int decimals = 3)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }
        var scale = Pow10(decimals);
        var scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled == 0)
        {
            return Integer(0);
        }
        Separate();
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }
        var whole = scaled / scale;
        var fraction = scaled % scale;
        Utf8Formatter.TryFormat(whole, GetSpan(20), out var written);
        Advance(written);
        if (fraction != 0)
        {
            Byte((byte)'.');
            var digits = decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            Utf8Formatter.TryFormat(fraction, GetSpan(digits), out written, new StandardFormat('D', (byte)digits));
            Advance(written);
        }
        return this;
    }

    /// <summary>Writes a reference <c>N 0 R</c>.</summary>
    public PdfOutput Reference(PdfReference reference)
    {
        Integer(reference.Number);
        return Raw(" 0 R");
    }

    /// <summary>Writes bytes as a literal string <c>( … )</c>, escaping <c>( ) \</c> and non-printing bytes.</summary>
    public PdfOutput LiteralString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'(');
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\':
                    Byte((byte)'\\');
                    Byte(b);
                    break;
                case >= 0x20 and <= 0x7E:
                    Byte(b);
                    break;
                default:
                    Byte((byte)'\\');
                    Byte((byte)('0' + (b >> 6)));
                    Byte((byte)('0' + ((b >> 3) & 7)));
                    Byte((byte)('0' + (b & 7)));
                    break;
            }
        }
        return Byte((byte)')');
    }

    /// <summary>Writes bytes as a hexadecimal string <c>&lt; … &gt;</c>.</summary>
    public PdfOutput HexString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        HexDigitsOf(bytes);
        return Byte((byte)'>');
    }

    /// <summary>Writes bytes as hexadecimal digits with no delimiters.</summary>
    public PdfOutput HexDigitsOf(ReadOnlySpan<byte> bytes)
    {
        var span = GetSpan(bytes.Length * 2);
        for (var i = 0; i < bytes.Length; i++)
        {
            span[2 * i] = HexDigits[bytes[i] >> 4];
            span[(2 * i) + 1] = HexDigits[bytes[i] & 0xF];
        }
        Advance(bytes.Length * 2);
        return this;
    }

    /// <summary>
    /// Writes a two-byte code (a glyph id of an Identity-H font), high byte first, as the inside of a literal string:
    /// the bytes as they are but <c>( ) \</c> escaped with a backslash and a carriage return as <c>\r</c> (a bare one
    /// would be read as a line feed, §7.3.4.2). Half the size of four hexadecimal digits.
    /// </summary>
    public PdfOutput LiteralStringBytesOf(ushort code)
    {
        var span = GetSpan(4);
        var length = Escaped(span, (byte)(code >> 8));
        length += Escaped(span[length..], (byte)code);
        Advance(length);
        return this;
    }

    private static int Escaped(Span<byte> span, byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                span[0] = (byte)'\\';
                span[1] = value;
                return 2;
            case (byte)'\r':
                span[0] = (byte)'\\';
                span[1] = (byte)'r';
                return 2;
            default:
                span[0] = value;
                return 1;
        }
    }

    /// <summary>
    /// Writes a text string (ISO 32000-1 §7.9.2.2): printable ASCII as a literal string (PDFDocEncoding agrees with
    /// ASCII there), anything else as UTF-16BE with a byte order mark, in hexadecimal.
    /// </summary>
    public PdfOutput TextString(string text)
    {
        var bytes = TextStringBytes(text);
        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? HexString(bytes) : LiteralString(bytes);
    }

    /// <summary>The bytes of a text string as <see cref="TextString"/> encodes it (what a reader decodes it to).</summary>
    public static byte[] TextStringBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPrintableAscii(text))
        {
            return Encoding.ASCII.GetBytes(text);
        }
        var bytes = new byte[2 + Encoding.BigEndianUnicode.GetByteCount(text)];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(text, bytes.AsSpan(2));
        return bytes;
    }

    /// <summary>Writes a dictionary key (a name).</summary>
    public PdfOutput Key(string key) => Name(key);

    /// <summary>Writes one byte.</summary>
    public PdfOutput Byte(byte value)
    {
        if (count == bytes.Length)
        {
            Grow(1);
        }
        bytes[count++] = value;
        return this;
    }

    /// <summary>Copies everything written to <paramref name="target"/>.</summary>
    public void CopyTo(PdfOutput target) => target.Raw(Written);

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a byte is a PDF delimiter (§7.2.2).</summary>
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private void Separate()
    {
        if (count == 0)
        {
            return;
        }
        var last = bytes[count - 1];
        if (last is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'[' or (byte)'(' or (byte)'<' or (byte)'{'))
        {
            Byte((byte)' ');
        }
    }

    // Room for at least sizeHint more bytes after those written.
    private Span<byte> GetSpan(int sizeHint)
    {
        if (bytes.Length - count < sizeHint)
        {
            Grow(sizeHint);
        }
        return bytes.AsSpan(count);
    }

    private void Advance(int written) => count += written;

    // Doubles the array (or more, for a large write), as ArrayBufferWriter did.
    private void Grow(int sizeHint)
    {
        var needed = (long)count + sizeHint;
        var size = Math.Max(needed, Math.Min((long)bytes.Length * 2, Array.MaxLength));
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException($"A PDF buffer cannot hold more than {Array.MaxLength} bytes.");
        }
        Array.Resize(ref bytes, (int)size);
    }

    private static long Pow10(int decimals) => decimals switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1000,
        4 => 10_000,
        5 => 100_000,
        _ => throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "From 0 to 5 decimals."),
    };
}
