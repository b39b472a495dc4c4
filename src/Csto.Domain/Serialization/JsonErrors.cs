using System.Text.Json;
using System.Text.RegularExpressions;
using Csto.Domain.Bodies;
using Csto.Domain.Events;
using Csto.Domain.States;

namespace Csto.Domain.Serialization;

/// <summary>Turns System.Text.Json failures into <see cref="CstoDataException"/>s that say what was expected.</summary>
internal static partial class JsonErrors
{
    private static readonly string[] ParticipantTypes =
        ["stateDelegation", "memberStateDelegations", "body", "partner", "organization", "official", "guests"];

    public static CstoDataException FromJsonException(JsonException e, string sourceName)
    {
        var detail = PathSuffix().Replace(e.Message, string.Empty).Trim();
        detail = Explain(detail, e.Path);
        return new CstoDataException(sourceName, detail, e.LineNumber + 1, e.BytePositionInLine, e.Path, e);
    }

    public static CstoDataException FromNotSupported(NotSupportedException e, string sourceName)
    {
        var match = PathSuffix().Match(e.Message);
        var detail = PathSuffix().Replace(e.Message, string.Empty).Trim();
        if (detail.Contains("abstract types", StringComparison.Ordinal))
        {
            detail = detail.Contains(nameof(Participant), StringComparison.Ordinal)
                ? $"A participant needs \"type\", one of: {string.Join(", ", ParticipantTypes)}."
                : $"A record needs \"kind\", one of: {string.Join(", ", CstoRecord.Kinds)}.";
        }
        return match.Success
            ? new CstoDataException(sourceName, detail, long.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1,
                long.Parse(match.Groups["position"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["path"].Value, e)
            : new CstoDataException(sourceName, detail, innerException: e);
    }

    /// <summary>
    /// A constructor rejected a value (an end date before the start, a session without a number). System.Text.Json
    /// does not say where, so the message names the rule and the parameter; the path is the parameter's JSON name.
    /// </summary>
    public static CstoDataException FromConstructor(ArgumentException e, string sourceName)
    {
        var detail = e.Message;
        var parameterNote = e.ParamName is null ? string.Empty : $" (Parameter '{e.ParamName}')";
        if (parameterNote.Length > 0 && detail.EndsWith(parameterNote, StringComparison.Ordinal))
        {
            detail = detail[..^parameterNote.Length];
        }
        var property = e.ParamName is null ? null : JsonNamingPolicy.CamelCase.ConvertName(e.ParamName.TrimStart('@'));
        var where = property is null ? string.Empty : $" (property \"{property}\")";
        return new CstoDataException(sourceName, $"Invalid value{where}: {detail}", innerException: e);
    }

    private static string Explain(string detail, string? path)
    {
        var discriminator = UnknownDiscriminator().Match(detail);
        if (discriminator.Success)
        {
            var id = discriminator.Groups["id"].Value;
            var isRecord = path is null || path.EndsWith(".record", StringComparison.Ordinal) || path == "$";
            return isRecord
                ? $"Unknown kind \"{id}\"; expected one of: {string.Join(", ", CstoRecord.Kinds)}."
                : $"Unknown participant type \"{id}\"; expected one of: {string.Join(", ", ParticipantTypes)}.";
        }
        var conversion = ConversionFailure().Match(detail);
        if (conversion.Success && EnumValues(conversion.Groups["type"].Value) is { } values)
        {
            return $"{detail} Expected one of: {values}.";
        }
        return detail;
    }

    private static string? EnumValues(string typeName) => typeName switch
    {
        _ when typeName.EndsWith(nameof(EventType), StringComparison.Ordinal) => Names<EventType>(),
        _ when typeName.EndsWith(nameof(MembershipStatusKind), StringComparison.Ordinal) => Names<MembershipStatusKind>(),
        _ when typeName.EndsWith(nameof(BodyKind), StringComparison.Ordinal) => Names<BodyKind>(),
        _ => null,
    };

    private static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName));

    [GeneratedRegex(@"\s*Path: (?<path>\S*) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<position>\d+)\.?", RegexOptions.CultureInvariant)]
    private static partial Regex PathSuffix();

    [GeneratedRegex(@"type discriminator id '(?<id>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownDiscriminator();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ConversionFailure();
}
