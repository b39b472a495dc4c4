using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Csto.Domain.Serialization;

/// <summary>
/// ISO dates (<c>"2025-12-03"</c>) of years 1 to 9999; a wrong form, an impossible day or year 0 is a
/// <see cref="JsonException"/> saying what was expected.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a date as YYYY-MM-DD, such as \"2025-12-03\"");
        var result = LocalDatePattern.Iso.Parse(text);
        // NodaTime reads years 0 and below (-0001-01-01); a document date is a year of the Common Era.
        return result.Success && result.Value.Year >= 1
            ? result.Value
            : throw new JsonException(ImpossibleDate.MissingDay(text) is { } missing
                ? $"\"{text}\" is not a date: {missing}."
                : $"Expected a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2025-12-03\", found \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);
}
