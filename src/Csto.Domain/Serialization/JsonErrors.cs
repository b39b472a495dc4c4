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
            return value is { } at
                ? new CstoDataException(sourceName, JsonText.ExpectedFound(expected, at.Found), at.Where.Line, at.Where.BytePositionInLine, path, e)
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
    /// not say where, so <paramref name="objectPath"/> is the object that failed (<see cref="JsonShape.Rejecting"/>):
    /// the error is placed at the value of the property it names when that object has it, else at the object itself;
    /// without an object path it has no place. The message is the rule in the file's terms and, for an out-of-range
    /// value, what the file has: «A session number is a whole number ≥ 1, such as 42; found the number -3.» (the path
    /// names the property, so the message does not).
    /// </summary>
    public static CstoDataException FromConstructor(ArgumentException e, byte[] utf8, string sourceName, string? objectPath)
    {
        var outOfRange = e is ArgumentOutOfRangeException { ActualValue: not null };
        var detail = outOfRange ? e.Message.ReplaceLineEndings("\n").Split('\n')[0] : e.Message;
        detail = e.ParamName is null ? detail : detail.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        detail = detail.ReplaceLineEndings(" ").Trim();
        var property = e.ParamName is null ? null : JsonNamingPolicy.CamelCase.ConvertName(e.ParamName.TrimStart('@'));
        var own = property is null || objectPath is null
            ? []
            : JsonLocator.FindProperty(utf8, property).Where(l => l.Path == $"{objectPath}.{property}").ToList();
        var value = own.Count == 1 ? JsonLocator.ValueAt(utf8, own[0].Path) : null;
        if (outOfRange)
        {
            // The rule, then what was found, in the file's terms (not .NET's «Actual value was -3.»).
            var found = value?.Found ?? Convert.ToString(((ArgumentOutOfRangeException)e).ActualValue, System.Globalization.CultureInfo.InvariantCulture);
            detail = $"{detail.TrimEnd('.')}; found {found}.";
        }
        if (objectPath is null)
        {
            return new CstoDataException(sourceName, detail, innerException: e);
        }
        if (value is { } at)
        {
            return new CstoDataException(sourceName, detail, at.Where.Line, at.Where.BytePositionInLine, at.Where.Path, e);
        }
        if (own.Count == 1)
        {
            return new CstoDataException(sourceName, detail, own[0].Line, own[0].BytePositionInLine, own[0].Path, e);
        }
        return JsonLocator.ValueAt(utf8, objectPath) is { } whole
            ? new CstoDataException(sourceName, detail, whole.Where.Line, whole.Where.BytePositionInLine, objectPath, e)
            : new CstoDataException(sourceName, detail, path: objectPath, innerException: e);
    }

    private static string Explain(string detail, string? path)
    {
        if (DuplicateProperty().Match(detail) is { Success: true } duplicate)
        {
            return $"The key \"{duplicate.Groups["name"].Value}\" is written twice in one object; write each key once.";
        }
        var discriminator = UnknownDiscriminatorId().Match(detail);
        if (discriminator.Success)
        {
            var isRecord = path is null || path.EndsWith(".record", StringComparison.Ordinal) || path == "$";
            return UnknownDiscriminator(isRecord ? typeof(CstoRecord) : typeof(Participant), discriminator.Groups["id"].Value);
        }
        if (detail.Contains("must specify a type discriminator", StringComparison.Ordinal)
            || detail.Contains("abstract types", StringComparison.Ordinal))
        {
            return MissingDiscriminator(detail.Contains(nameof(Participant), StringComparison.Ordinal) ? typeof(Participant) : typeof(CstoRecord));
        }
        // The shape check (JsonShape) reports these before System.Text.Json can; should one still get here, its
        // .NET type name is left out.
        if (MissingRequired().Match(detail) is { Success: true } missing)
        {
            return MissingProperties(null, [.. missing.Groups["names"].Value.Split(',').Select(n => (n.Trim().Trim('\''), typeof(object)))]);
        }
        if (Unmapped().Match(detail) is { Success: true } unmapped)
        {
            return UnknownProperty(unmapped.Groups["name"].Value, []);
        }
        if (NullNotAllowed().Match(detail) is { Success: true } nulled)
        {
            return $"\"{JsonNamingPolicy.CamelCase.ConvertName(nulled.Groups["name"].Value)}\" needs a value, found null.";
        }
        return detail;
    }

    /// <summary>An object of a polymorphic type (a record, a participant) without its <c>kind</c> or <c>type</c>.</summary>
    public static string MissingDiscriminator(Type type) =>
        typeof(Participant).IsAssignableFrom(type)
            ? $"A participant needs \"type\", one of: {string.Join(", ", ParticipantTypes)}."
            : $"A record needs \"kind\", one of: {string.Join(", ", CstoRecord.Kinds)}.";

    /// <summary>What a <c>kind</c> or <c>type</c> given as something other than a text takes (the caller adds what was found).</summary>
    public static string WrongDiscriminator(Type type) =>
        typeof(Participant).IsAssignableFrom(type)
            ? $"Expected the participant's type as a text in quotes, one of: {string.Join(", ", ParticipantTypes)}"
            : $"Expected the record's kind as a text in quotes, one of: {string.Join(", ", CstoRecord.Kinds)}";

    /// <summary>A <c>kind</c> or <c>type</c> that names no record or participant.</summary>
    public static string UnknownDiscriminator(Type type, string id) =>
        typeof(Participant).IsAssignableFrom(type)
            ? $"Unknown participant type \"{id}\"; expected one of: {string.Join(", ", ParticipantTypes)}."
            : $"Unknown kind \"{id}\"; expected one of: {string.Join(", ", CstoRecord.Kinds)}.";

    /// <summary>A property the object does not take, with the ones it takes (when known).</summary>
    public static string UnknownProperty(string name, IEnumerable<string> known)
    {
        var names = known.ToList();
        var nearest = Validation.Nearest.Of(name, names);
        var suggestion = nearest.Count == 0 ? string.Empty : $" did you mean {string.Join(" or ", nearest.Select(n => $"\"{n}\""))}?";
        return names.Count == 0
            ? $"Unknown property \"{name}\"; this object does not take it."
            : $"Unknown property \"{name}\";{suggestion} this object takes: {string.Join(", ", names)}.";
    }

    /// <summary>The properties an object needs and lacks, by their JSON names, with what the single one takes.</summary>
    public static string MissingProperties(string? owner, IReadOnlyList<(string Name, Type Type)> missing)
    {
        var names = missing.Select(m => $"\"{m.Name}\"").ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
        var takes = missing.Count == 1 && missing[0].Type != typeof(object) ? $" ({JsonExpected.Describe(missing[0].Type, missing[0].Name)})" : string.Empty;
        return $"{owner ?? "This object"} needs {list}{takes}.";
    }

    [GeneratedRegex(@"\s*Path: (?<path>\S*) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<position>\d+)\.?", RegexOptions.CultureInvariant)]
    private static partial Regex PathSuffix();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"type discriminator id '(?<id>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownDiscriminatorId();

    [GeneratedRegex(@"missing required properties including: (?<names>.*?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"constructor parameter '(?<name>[^']*)' on type '[^']*' doesn't allow null", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ConversionFailure();
}
