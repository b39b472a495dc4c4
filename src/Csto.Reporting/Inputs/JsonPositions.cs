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
                        property = stack.Peek().Path + "." + reader.GetString();
                        positions.Add(property, here.Line, here.Column);
                        if (reader.ValueIsEscaped)
                        {
                            positions.AddEscaped(property, reader.GetString()!);
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
                    positions.AddEscaped(path, reader.GetString()!);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A malformed file (or an escape of half a character) is reported by the reader itself; the positions found so far are still right.
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
}
