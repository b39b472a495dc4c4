using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Csto.Domain.Serialization;

/// <summary>Date intervals as <c>{ "start": "2023-01-01", "end": "2025-12-31" }</c>, both ends inclusive.</summary>
internal sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    private static readonly LocalDateJsonConverter Dates = new();

    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a period such as {{ \"start\": \"2023-01-01\", \"end\": \"2025-12-31\" }}, found {JsonText.Describe(ref reader)}.");
        }
        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start":
                    start = Dates.Read(ref reader, typeof(LocalDate), options);
                    break;
                case "end":
                    end = Dates.Read(ref reader, typeof(LocalDate), options);
                    break;
                default:
                    throw new JsonException($"A period has only \"start\" and \"end\"; found \"{name}\".");
            }
        }
        if (start is null || end is null)
        {
            throw new JsonException("A period needs both \"start\" and \"end\".");
        }
        return end < start
            ? throw new JsonException($"The end of a period ({DateText.Iso(end.Value)}) must not be earlier than its start ({DateText.Iso(start.Value)}).")
            : new DateInterval(start.Value, end.Value);
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        Dates.Write(writer, value.Start, options);
        writer.WritePropertyName("end");
        Dates.Write(writer, value.End, options);
        writer.WriteEndObject();
    }
}
