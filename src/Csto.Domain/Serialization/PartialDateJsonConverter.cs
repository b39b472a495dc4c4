using System.Text.Json;
using System.Text.Json.Serialization;

namespace Csto.Domain.Serialization;

/// <summary>Partial dates as <c>"2003"</c>, <c>"2018-11"</c> or <c>"2023-01-01"</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a date such as \"2003\", \"2018-11\" or \"2023-01-01\"");
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException($"Expected a date such as \"2003\", \"2018-11\" or \"2023-01-01\", found \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
