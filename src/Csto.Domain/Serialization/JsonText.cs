using System.Text.Json;

namespace Csto.Domain.Serialization;

/// <summary>Small reading helpers with messages that say what was expected.</summary>
internal static class JsonText
{
    /// <summary>Reads a string token or throws saying what was expected.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {expected}, found {Describe(reader.TokenType)}.");

    /// <summary>A token type in words.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };
}
