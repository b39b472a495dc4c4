using System.Text.Json;
using System.Text.Json.Serialization;

namespace Csto.Domain.Serialization;

/// <summary>Enums as camelCase strings (<c>"participationFrozen"</c>); numbers are rejected.</summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
