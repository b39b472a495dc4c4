using System.Text;
using System.Text.Json;

namespace Csto.Domain.Serialization;

/// <summary>Small reading helpers with messages that say what was expected and what the file has.</summary>
internal static class JsonText
{
    /// <summary>Reads a string token or throws saying what was expected and what was found.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {expected}, found {Describe(ref reader)}.");

    /// <summary>
    /// The value at the reader in the file's words, as every message names what it found: <c>the text "42"</c>,
    /// <c>the number 4.5</c>, <c>the number 1e400, which is out of range</c>, <c>true</c>, <c>null</c>,
    /// <c>an object { … }</c>, <c>a list [ … ]</c>.
    /// </summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number => Describe(
            reader.TokenType == JsonTokenType.String ? JsonValueKind.String : JsonValueKind.Number,
            Encoding.UTF8.GetString(reader.ValueSpan),
            reader.TokenType == JsonTokenType.String || (reader.TryGetDouble(out var number) && double.IsFinite(number))),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object { … }",
        JsonTokenType.StartArray => "a list [ … ]",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>
    /// Why a number found where a whole number was expected is not taken, given what <see cref="Describe(ref Utf8JsonReader)"/>
    /// said of it: «, which is written with a fraction or exponent; write it as 425» for <c>42.5e1</c>, «, which is out of
    /// range for this field» for a whole number too large; empty otherwise (4.5, a text, a number already said out of range).
    /// </summary>
    public static string WhyNotWhole(string found)
    {
        const string Prefix = "the number ";
        if (!found.StartsWith(Prefix, StringComparison.Ordinal) || found.EndsWith('…') || found.Contains(',', StringComparison.Ordinal))
        {
            return string.Empty;
        }
        var raw = found[Prefix.Length..];
        if (raw.TrimStart('-').All(char.IsAsciiDigit))
        {
            return ", which is out of range for this field";
        }
        return decimal.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", which is written with a fraction or exponent; write it as {decimal.Truncate(value):0}")
            : string.Empty;
    }

    /// <summary>«Expected EXPECTED, found FOUND.», with why a number is not taken where a whole number is expected (<see cref="WhyNotWhole"/>).</summary>
    public static string ExpectedFound(string expected, string found) =>
        $"Expected {expected}, found {found}{(expected.StartsWith("a whole number", StringComparison.Ordinal) ? WhyNotWhole(found) : string.Empty)}.";

    /// <summary>A value of a parsed document in the same words as <see cref="Describe(ref Utf8JsonReader)"/>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Describe(JsonValueKind.String, value.GetString()!, finite: true),
        JsonValueKind.Number => Describe(JsonValueKind.Number, value.GetRawText(), value.TryGetDouble(out var number) && double.IsFinite(number)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object { … }",
        JsonValueKind.Array => "a list [ … ]",
        _ => "nothing",
    };

    /// <summary>A text or a number in the words of both <c>Describe</c> overloads, cut after 40 characters; <paramref name="finite"/> is false for a number no double holds.</summary>
    private static string Describe(JsonValueKind kind, string raw, bool finite)
    {
        const int Longest = 40;
        var shown = raw.Length > Longest ? raw[..Longest] + "…" : raw;
        return kind == JsonValueKind.String ? $"the text \"{shown}\""
            : finite ? $"the number {shown}"
            : $"the number {shown}, which is out of range";
    }
}
