using System.Text;
using System.Text.Json;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Where each property path of a JSON text stands (1-based line and column), so that a problem found after
/// reading — a catalog check on <c>record.participants[1].stateId</c> — can point at the file's line.
/// </summary>
internal static class JsonPositions
{
    /// <summary>
    /// The line and column of every path (<c>$.record.participants[1].stateId</c>): its property name or array
    /// element; and every string written with escapes, decoded, so that <c>\u0001</c> is checked like a raw character.
    /// </summary>
    public static PropertyPositions Map(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        var positions = new PropertyPositions();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // Each open container: its path, whether it is an array, and for arrays the index of the next element.
        var stack = new Stack<(string Path, bool IsArray, int NextIndex)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                var here = Position((int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = stack.Peek().Path + "." + Text(ref reader);
                        positions.Add(property, here.Line, here.Column);
                        if (reader.ValueIsEscaped)
                        {
                            positions.AddEscaped(property, Text(ref reader));
                        }
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                }
                string path;
                if (stack.Count == 0)
                {
                    path = "$";
                    positions.Add(path, here.Line, here.Column);
                }
                else if (stack.Peek().IsArray)
                {
                    var array = stack.Pop();
                    stack.Push(array with { NextIndex = array.NextIndex + 1 });
                    path = $"{array.Path}[{array.NextIndex}]";
                    positions.Add(path, here.Line, here.Column);
                }
                else
                {
                    path = property ?? stack.Peek().Path;
                }
                property = null;
                if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
                {
                    positions.AddEscaped(path, Text(ref reader));
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A malformed file is reported by the reader itself; the positions found so far are still right.
        }
        return positions;

        (int Line, int Column) Position(int offset)
        {
            var line = lineStarts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], offset - lineStarts[line]) + 1;
            return (line + 1, column);
        }
    }

    /// <summary>
    /// The string or property name at the reader, unescaped; an escape of half a character (<c>\ud800</c> without its
    /// other half), which <see cref="Utf8JsonReader.GetString"/> refuses, is kept as that lone UTF-16 code unit so that
    /// <see cref="InputText"/> reports it at its property like any other character text may not hold.
    /// </summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Map reads one contiguous array, so the value is a span.
            return Unescape(reader.ValueSpan);
        }
    }

    /// <summary>Decodes the escapes of a JSON string's UTF-8 bytes (which the reader has already checked), one UTF-16 code unit per <c>\u</c> escape.</summary>
    private static string Unescape(ReadOnlySpan<byte> value)
    {
        var text = new StringBuilder(value.Length);
        while (!value.IsEmpty)
        {
            var backslash = value.IndexOf((byte)'\\');
            if (backslash < 0 || backslash + 1 >= value.Length)
            {
                text.Append(Encoding.UTF8.GetString(value));
                break;
            }
            text.Append(Encoding.UTF8.GetString(value[..backslash]));
            var kind = (char)value[backslash + 1];
            if (kind == 'u' && backslash + 6 <= value.Length)
            {
                text.Append((char)int.Parse(Encoding.ASCII.GetString(value.Slice(backslash + 2, 4)), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture));
                value = value[(backslash + 6)..];
                continue;
            }
            text.Append(kind switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => kind });
            value = value[(backslash + 2)..];
        }
        return text.ToString();
    }
}
