namespace Csto.Reporting.Pdf.PdfFile.Syntax;

/// <summary>Literal and hexadecimal strings (ISO 32000-1 §7.3.4).</summary>
internal ref partial struct PdfParser
{
    private PdfString ReadLiteralString()
    {
        var start = Position;
        Position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < data.Length)
        {
            var c = data[(int)Position++];
            switch (c)
            {
                case (byte)'(':
                    depth++;
                    bytes.Add(c);
                    break;
                case (byte)')' when --depth == 0:
                    return new PdfString([.. bytes]);
                case (byte)'\\':
                    ReadEscape(bytes);
                    break;
                case (byte)'\r':
                    if (Position < data.Length && data[(int)Position] == '\n')
                    {
                        Position++;
                    }
                    bytes.Add((byte)'\n');
                    break;
                default:
                    bytes.Add(c);
                    break;
            }
        }
        Position = start;
        throw Error("Unterminated literal string");
    }

    private void ReadEscape(List<byte> bytes)
    {
        if (Position >= data.Length)
        {
            return;
        }
        var c = data[(int)Position++];
        switch (c)
        {
            case (byte)'n': bytes.Add((byte)'\n'); break;
            case (byte)'r': bytes.Add((byte)'\r'); break;
            case (byte)'t': bytes.Add((byte)'\t'); break;
            case (byte)'b': bytes.Add((byte)'\b'); break;
            case (byte)'f': bytes.Add((byte)'\f'); break;
            case (byte)'\r':
                if (Position < data.Length && data[(int)Position] == '\n')
                {
                    Position++;
                }
                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = c - '0';
                for (var i = 0; i < 2 && Position < data.Length && data[(int)Position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = (value * 8) + (data[(int)Position++] - '0');
                }
                bytes.Add((byte)value);
                break;
            default:
                bytes.Add(c);
                break;
        }
    }

    private PdfString ReadHexString()
    {
        var start = Position;
        Position++;
        var bytes = new List<byte>();
        var high = -1;
        while (Position < data.Length)
        {
            var c = data[(int)Position++];
            if (c == '>')
            {
                if (high >= 0)
                {
                    bytes.Add((byte)(high << 4));
                }
                return new PdfString([.. bytes]);
            }
            if (IsWhitespace(c))
            {
                continue;
            }
            if (!IsHex(c))
            {
                Position--;
                throw Error($"Unexpected character '{(char)c}' in a hexadecimal string");
            }
            if (high < 0)
            {
                high = HexValue(c);
            }
            else
            {
                bytes.Add((byte)((high << 4) | HexValue(c)));
                high = -1;
            }
        }
        Position = start;
        throw Error("Unterminated hexadecimal string");
    }
}
