using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Csto.Domain.Serialization;

/// <summary>ISO dates (<c>"2025-12-03"</c>); a wrong form is a <see cref="JsonException"/> saying what was expected.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "an ISO date such as \"2025-12-03\"");
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"Expected an ISO date such as \"2025-12-03\" (yyyy-MM-dd), found \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);
}
