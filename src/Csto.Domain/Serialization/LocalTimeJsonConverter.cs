using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Csto.Domain.Serialization;

/// <summary>Local times as <c>"10:00"</c> or <c>"10:00:30"</c>.</summary>
internal sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern Short = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Long = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a local time such as \"10:00\"");
        var result = text.Length == 5 ? Short.Parse(text) : Long.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"Expected a local time such as \"10:00\" (HH:mm or HH:mm:ss), found \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Second == 0 && value.NanosecondOfSecond == 0 ? Short.Format(value) : Long.Format(value));
}
