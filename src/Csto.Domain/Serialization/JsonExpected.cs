using System.Text.Json;
using System.Text.RegularExpressions;
using Csto.Domain.Events;
using NodaTime;

namespace Csto.Domain.Serialization;

/// <summary>
/// What a property of a data file takes, in the reader's terms rather than .NET type names: «a whole number, such
/// as 42», «a date as YYYY-MM-DD, such as "2025-12-03"», «a list [ … ] of texts in quotes».
/// </summary>
internal static partial class JsonExpected
{
    private static readonly string[] ParticipantTypes =
        ["stateDelegation", "memberStateDelegations", "body", "partner", "organization", "official", "guests"];

    private static readonly Dictionary<Type, string> Plain = new()
    {
        [typeof(int)] = "a whole number, such as 42",
        [typeof(long)] = "a whole number, such as 42",
        [typeof(short)] = "a whole number, such as 42",
        [typeof(double)] = "a number, such as 4.5",
        [typeof(decimal)] = "a number, such as 4.5",
        [typeof(string)] = "a text in quotes, such as \"Минск\"",
        [typeof(bool)] = "true or false",
        [typeof(LocalDate)] = "a date as YYYY-MM-DD, such as \"2025-12-03\"",
        [typeof(LocalTime)] = "a time as HH:mm, such as \"10:00\"",
        [typeof(PartialDate)] = "a date as YYYY, YYYY-MM or YYYY-MM-DD, such as \"2018-11\"",
        [typeof(DateInterval)] = "a period such as { \"start\": \"2023-01-01\", \"end\": \"2025-12-31\" }",
    };

    /// <summary>The participant types, as written in <c>"type"</c>.</summary>
    public static IReadOnlyList<string> Participants => ParticipantTypes;

    /// <summary>
    /// What the value at <paramref name="path"/> takes, given the type System.Text.Json named in its message (the
    /// value's own type, or the object whose property it is); null when the type is not one of the data files'.
    /// </summary>
    public static string? Of(string typeName, string? path, Func<Type, string, Type?> propertyType)
    {
        if (Resolve(typeName) is not { } type)
        {
            return null;
        }
        var last = path is null ? null : LastProperty().Match(path) is { Success: true } m ? m.Groups["name"].Value : null;
        var value = last is not null && propertyType(type, last) is { } property ? property : type;
        return Describe(value, path);
    }

    /// <summary>An example id of the kind a property names («stateId» takes a state's id, not a body's).</summary>
    private static readonly Dictionary<string, string> IdExamples = new(StringComparer.Ordinal)
    {
        ["stateId"] = "\"KG\" or \"BY\"",
        ["bodyId"] = "\"csc\" or \"secretariat\"",
        ["issuingBodyId"] = "\"csc\" or \"secretariat\"",
        ["partnerId"] = "\"icrc\"",
        ["postId"] = "\"secretary-general\"",
        ["personId"] = "\"tasmagambetov\"",
    };

    /// <summary>
    /// A type in words; a text at <paramref name="path"/> that is a catalog id (a property ending in <c>Id</c>, or an
    /// item of one ending in <c>Ids</c>) is «a catalog id in quotes, such as "KG" or "BY"» with an example of its kind
    /// (a state's for <c>stateId</c>), or «… such as "csc" or "KG"» for a kind without one, a record's <c>id</c> «an id
    /// in quotes, such as "wg-afghanistan-42"», any other text «a text in quotes, such as "Минск"».
    /// </summary>
    public static string Describe(Type type, string? path = null)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) && path is not null && IdPath().IsMatch(path))
        {
            var property = path[(path.LastIndexOf('.') + 1)..];
            property = property.Contains('[', StringComparison.Ordinal) ? property[..property.IndexOf('[', StringComparison.Ordinal)] : property;
            return IdExamples.TryGetValue(property.EndsWith("Ids", StringComparison.Ordinal) ? property[..^1] : property, out var example)
                ? $"a catalog id in quotes, such as {example}"
                : "a catalog id in quotes, such as \"csc\" or \"KG\"";
        }
        if (type == typeof(string) && path is not null && (path == "id" || path.EndsWith(".id", StringComparison.Ordinal)))
        {
            return "an id in quotes, such as \"wg-afghanistan-42\"";
        }
        if (Plain.TryGetValue(type, out var words))
        {
            return words;
        }
        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
        }
        if (type == typeof(CstoRecord))
        {
            return $"an object {{ … }} with \"kind\", one of: {string.Join(", ", CstoRecord.Kinds)}";
        }
        if (typeof(Participant).IsAssignableFrom(type))
        {
            return $"an object {{ … }} with \"type\", one of: {string.Join(", ", ParticipantTypes)}";
        }
        if (ElementOf(type) is { } element)
        {
            return $"a list [ … ] whose items are each {Describe(element, path is null ? null : path + "[]")}";
        }
        return "an object { … }";
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>) || definition == typeof(List<>))
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>A type from the name System.Text.Json prints (<c>System.Collections.Generic.IReadOnlyList`1[System.String]</c>).</summary>
    /// <remarks>
    /// Only used to word an error message: the type is looked at, never instantiated or invoked. A type trimmed away
    /// resolves to null and the message keeps System.Text.Json's own words; the data types themselves are rooted by
    /// the assembly's ILLink descriptor.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The list type is only inspected to word a message, never instantiated.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A trimmed type resolves to null; the message then keeps System.Text.Json's words.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2057", Justification = "A trimmed type resolves to null; the message then keeps System.Text.Json's words.")]
    private static Type? Resolve(string name)
    {
        if (GenericList().Match(name) is { Success: true } list)
        {
            return Resolve(list.Groups["element"].Value) is { } element ? typeof(IReadOnlyList<>).MakeGenericType(element) : null;
        }
        return typeof(CstoRecord).Assembly.GetType(name) ?? typeof(LocalDate).Assembly.GetType(name) ?? Type.GetType(name);
    }

    [GeneratedRegex(@"^System\.Collections\.Generic\.\w+`1\[(?<element>.+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericList();

    [GeneratedRegex(@"\.(?<name>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LastProperty();

    [GeneratedRegex(@"(^|\.)\w+Id$|(^|\.)\w+Ids\[\d*\]$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPath();
}
