using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Csto.Domain.Serialization;

/// <summary>
/// Finds where a property occurs in a JSON text (path, 1-based line, 0-based byte position), so that a rule
/// broken in a constructor can be pointed at in the object that broke it.
/// </summary>
internal static class JsonLocator
{
    /// <summary>One occurrence of a property.</summary>
    public readonly record struct Location(string Path, long Line, long BytePositionInLine);

    /// <summary>Every occurrence of a property name, in document order; empty when the text cannot be read.</summary>
    public static IReadOnlyList<Location> FindProperty(byte[] utf8, string propertyName)
    {
        var found = new List<Location>();
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    frames[^1] = frames[^1] with { Name = name };
                    if (name == propertyName)
                    {
                        var start = (int)reader.TokenStartIndex;
                        found.Add(new Location(PathOf(frames), LineOf(utf8, start, out var position), position));
                    }
                    continue;
                }
                if (frames.Count > 0 && frames[^1].IsArray && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        frames.Add(new Frame(false, null, -1));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(true, null, -1));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return [];
        }
        return found;
    }

    /// <summary>
    /// The value at a JSON path (<c>$.record.number</c>): where it starts and what it is in words (<c>the text "42"</c>,
    /// <c>the number 4.5</c>, <c>a list</c>); null when the path is not in the text or the text cannot be read.
    /// </summary>
    public static (Location Where, string Found)? ValueAt(byte[] utf8, string path)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    frames[^1] = frames[^1] with { Name = reader.GetString() };
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }
                if (PathOf(frames) == path)
                {
                    var start = (int)reader.TokenStartIndex;
                    return (new Location(path, LineOf(utf8, start, out var position), position), JsonText.Describe(ref reader));
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, null, -1));
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return null;
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (frame.Name is not null)
            {
                path.Append('.').Append(frame.Name);
            }
        }
        return path.ToString();
    }

    private static long LineOf(byte[] utf8, int offset, out long positionInLine)
    {
        var line = 1L;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        positionInLine = offset - lineStart;
        return line;
    }

    private readonly record struct Frame(bool IsArray, string? Name, int Index);
}
