using System.Text;

namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>
/// Reads PDF tokens and objects (ISO 32000-1 §7.2–7.3) from a file held in memory, starting at any offset.
/// Streams are never read: the updater only needs dictionaries, arrays and the cross-reference table.
/// </summary>
internal ref partial struct PdfParser
{
    private const int MaxNesting = 200;
    private readonly ReadOnlySpan<byte> data;

    public PdfParser(ReadOnlySpan<byte> data, long position)
    {
        this.data = data;
        Position = position;
    }

    /// <summary>The offset of the next byte to read.</summary>
    public long Position { get; private set; }

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    /// <summary>Skips whitespace and comments.</summary>
    public void SkipWhitespace()
    {
        while (Position < data.Length)
        {
            var b = data[(int)Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < data.Length && data[(int)Position] is not (byte)'\n' and not (byte)'\r')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Consumes <paramref name="keyword"/> when it is the next token; otherwise reads nothing.</summary>
    public bool TryReadKeyword(ReadOnlySpan<byte> keyword)
    {
        SkipWhitespace();
        var rest = data[(int)Position..];
        if (!rest.StartsWith(keyword) || (rest.Length > keyword.Length && IsRegular(rest[keyword.Length])))
        {
            return false;
        }
        Position += keyword.Length;
        return true;
    }

    /// <summary>Consumes <paramref name="keyword"/> or fails naming <paramref name="context"/>.</summary>
    public void ExpectKeyword(ReadOnlySpan<byte> keyword, string context)
    {
        if (!TryReadKeyword(keyword))
        {
            throw Error($"Expected '{Encoding.ASCII.GetString(keyword)}' {context}, found '{Peek()}'");
        }
    }

    /// <summary>Reads a non-negative integer token or fails naming <paramref name="context"/>.</summary>
    public long ReadUnsignedInteger(string context)
    {
        SkipWhitespace();
        var start = Position;
        long value = 0;
        while (Position < data.Length && data[(int)Position] is >= (byte)'0' and <= (byte)'9')
        {
            if (Position - start >= 18)
            {
                throw Error($"The number {context} is too long");
            }
            value = (value * 10) + (data[(int)Position] - '0');
            Position++;
        }
        if (Position == start || (Position < data.Length && IsRegular(data[(int)Position])))
        {
            Position = start;
            throw Error($"Expected a non-negative integer {context}, found '{Peek()}'");
        }
        return value;
    }

    /// <summary>Reads <c>N G obj</c> and the object after it, checking that N is <paramref name="expected"/>'s number.</summary>
    public PdfObject ReadIndirectObject(PdfReference expected)
    {
        var start = Position;
        var context = $"at the start of object {expected}";
        var number = ReadUnsignedInteger(context);
        var generation = ReadUnsignedInteger(context);
        if (number != expected.Number || generation != expected.Generation)
        {
            Position = start;
            throw Error($"The cross-reference table says object {expected} starts here, but object {number} {generation} does");
        }
        ExpectKeyword("obj"u8, context);
        return ReadObject();
    }

    /// <summary>Reads one object (a reference when the next tokens are <c>N G R</c>).</summary>
    public PdfObject ReadObject() => ReadObject(0);

    private PdfObject ReadObject(int depth)
    {
        if (depth > MaxNesting)
        {
            throw Error($"Objects are nested more than {MaxNesting} levels deep");
        }
        SkipWhitespace();
        if (Position >= data.Length)
        {
            throw Error("Unexpected end of file while reading an object");
        }
        var b = data[(int)Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                return ReadArray(depth);
            case (byte)'<' when Position + 1 < data.Length && data[(int)Position + 1] == '<':
                return ReadDictionary(depth);
            case (byte)'<':
                return ReadHexString();
            case >= (byte)'0' and <= (byte)'9' or (byte)'+' or (byte)'-' or (byte)'.':
                return ReadNumberOrReference();
        }
        if (TryReadKeyword("true"u8))
        {
            return new PdfBoolean(true);
        }
        if (TryReadKeyword("false"u8))
        {
            return new PdfBoolean(false);
        }
        if (TryReadKeyword("null"u8))
        {
            return PdfNull.Instance;
        }
        throw Error($"Expected a PDF object, found '{Peek()}'");
    }

    private PdfName ReadName()
    {
        Position++;
        var builder = new StringBuilder();
        while (Position < data.Length && IsRegular(data[(int)Position]))
        {
            var c = data[(int)Position++];
            if (c == '#' && Position + 1 < data.Length && IsHex(data[(int)Position]) && IsHex(data[(int)Position + 1]))
            {
                c = (byte)((HexValue(data[(int)Position]) << 4) | HexValue(data[(int)Position + 1]));
                Position += 2;
            }
            builder.Append((char)c);
        }
        return new PdfName(builder.ToString());
    }

    private PdfObject ReadNumberOrReference()
    {
        var start = Position;
        while (Position < data.Length && IsRegular(data[(int)Position]))
        {
            Position++;
        }
        var number = new PdfNumber(Encoding.ASCII.GetString(data[(int)start..(int)Position]));
        if (number.AsInteger is not { } objectNumber || objectNumber < 0 || objectNumber > int.MaxValue)
        {
            return number;
        }
        var afterNumber = Position;
        SkipWhitespace();
        var generationStart = Position;
        while (Position < data.Length && data[(int)Position] is >= (byte)'0' and <= (byte)'9')
        {
            Position++;
        }
        if (Position > generationStart && Position - generationStart <= 5
            && (Position == data.Length || !IsRegular(data[(int)Position])))
        {
            var generation = int.Parse(data[(int)generationStart..(int)Position], provider: System.Globalization.CultureInfo.InvariantCulture);
            if (TryReadKeyword("R"u8))
            {
                return new PdfReference((int)objectNumber, generation);
            }
        }
        Position = afterNumber;
        return number;
    }

    private PdfArray ReadArray(int depth)
    {
        Position++;
        var items = new List<PdfObject>();
        while (true)
        {
            SkipWhitespace();
            if (Position >= data.Length)
            {
                throw Error("Unexpected end of file inside an array");
            }
            if (data[(int)Position] == ']')
            {
                Position++;
                return new PdfArray(items);
            }
            items.Add(ReadObject(depth + 1));
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        Position += 2;
        var entries = new List<KeyValuePair<string, PdfObject>>();
        while (true)
        {
            SkipWhitespace();
            if (Position + 1 < data.Length && data[(int)Position] == '>' && data[(int)Position + 1] == '>')
            {
                Position += 2;
                return new PdfDictionary(entries);
            }
            if (Position >= data.Length || data[(int)Position] != '/')
            {
                throw Error($"Expected a name as a dictionary key, found '{Peek()}'");
            }
            var key = ReadName().Value;
            var value = ReadObject(depth + 1);
            var existing = entries.FindIndex(e => e.Key == key);
            if (existing >= 0)
            {
                entries[existing] = new(key, value);
            }
            else
            {
                entries.Add(new(key, value));
            }
        }
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private readonly string Peek()
    {
        if (Position >= data.Length)
        {
            return "end of file";
        }
        var end = (int)Math.Min(data.Length, Position + 16);
        var text = new StringBuilder();
        foreach (var b in data[(int)Position..end])
        {
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : '·');
        }
        return text.ToString();
    }

    public readonly PdfFormatException Error(string message) => new(message, Position);
}
