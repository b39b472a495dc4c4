using System.Text.Json;
using System.Text.RegularExpressions;
using Csto.Domain.Events;

namespace Csto.Domain.Serialization;

/// <summary>Turns System.Text.Json failures into <see cref="CstoDataException"/>s that say what was expected.</summary>
internal static partial class JsonErrors
{
    private static IReadOnlyList<string> ParticipantTypes => JsonExpected.Participants;

    public static CstoDataException FromJsonException(JsonException e, byte[] utf8, string sourceName, Func<Type, string, Type?> propertyType)
    {
        var detail = PathSuffix().Replace(e.Message, string.Empty).Trim();
        if (ConversionFailure().Match(detail) is { Success: true } conversion && e.Path is { } path
            && JsonExpected.Of(conversion.Groups["type"].Value.TrimEnd('.'), path, propertyType) is { } expected)
        {
            // «could not be converted to Csto.Domain.Events.Event» names a .NET type: say what the field takes and
            // what the file has, at the value's own start.
            var value = JsonLocator.ValueAt(utf8, path);
            var found = value is { } v ? $", found {v.Found}" : string.Empty;
            return value is { } at
                ? new CstoDataException(sourceName, $"Expected {expected}{found}.", at.Where.Line, at.Where.BytePositionInLine, path, e)
                : new CstoDataException(sourceName, $"Expected {expected}.", e.LineNumber + 1, e.BytePositionInLine, path, e);
        }
        detail = Explain(detail, e.Path);
        return new CstoDataException(sourceName, detail, e.LineNumber + 1, e.BytePositionInLine, e.Path, e);
    }

    public static CstoDataException FromNotSupported(NotSupportedException e, string sourceName)
    {
        var match = PathSuffix().Match(e.Message);
        var detail = PathSuffix().Replace(e.Message, string.Empty).Trim();
        detail = Explain(detail, match.Success ? match.Groups["path"].Value : null);
        return match.Success
            ? new CstoDataException(sourceName, detail, long.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1,
                long.Parse(match.Groups["position"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["path"].Value, e)
            : new CstoDataException(sourceName, detail, innerException: e);
    }

    /// <summary>
    /// A constructor rejected a value (an end date before the start, a session number of 0). System.Text.Json does
    /// not say where, so the message names the rule and the property; when that property occurs exactly once in
    /// the text, its line, position and path are given too.
    /// </summary>
    public static CstoDataException FromConstructor(ArgumentException e, byte[] utf8, string sourceName)
    {
        var detail = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        detail = detail.ReplaceLineEndings(" ");
        var property = e.ParamName is null ? null : JsonNamingPolicy.CamelCase.ConvertName(e.ParamName.TrimStart('@'));
        var where = property is null ? string.Empty : $" (property \"{property}\")";
        var message = $"Invalid value{where}: {detail}";
        var locations = property is null ? [] : JsonLocator.FindProperty(utf8, property);
        return locations.Count == 1
            ? new CstoDataException(sourceName, message, locations[0].Line, locations[0].BytePositionInLine, locations[0].Path, e)
            : new CstoDataException(sourceName, message, innerException: e);
    }

    private static string Explain(string detail, string? path)
    {
        if (DuplicateProperty().Match(detail) is { Success: true } duplicate)
        {
            return $"The key \"{duplicate.Groups["name"].Value}\" is written twice in one object; write each key once.";
        }
        var discriminator = UnknownDiscriminator().Match(detail);
        if (discriminator.Success)
        {
            var id = discriminator.Groups["id"].Value;
            var isRecord = path is null || path.EndsWith(".record", StringComparison.Ordinal) || path == "$";
            return isRecord
                ? $"Unknown kind \"{id}\"; expected one of: {string.Join(", ", CstoRecord.Kinds)}."
                : $"Unknown participant type \"{id}\"; expected one of: {string.Join(", ", ParticipantTypes)}.";
        }
        if (detail.Contains("must specify a type discriminator", StringComparison.Ordinal)
            || detail.Contains("abstract types", StringComparison.Ordinal))
        {
            return detail.Contains(nameof(Participant), StringComparison.Ordinal)
                ? $"A participant needs \"type\", one of: {string.Join(", ", ParticipantTypes)}."
                : $"A record needs \"kind\", one of: {string.Join(", ", CstoRecord.Kinds)}.";
        }
        return detail;
    }

    [GeneratedRegex(@"\s*Path: (?<path>\S*) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<position>\d+)\.?", RegexOptions.CultureInvariant)]
    private static partial Regex PathSuffix();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"type discriminator id '(?<id>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownDiscriminator();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ConversionFailure();
}
