using System.Text.RegularExpressions;

namespace Csto.Domain;

/// <summary>Argument checks shared by the constructors: one rule per method, messages naming the parameter.</summary>
internal static partial class Guard
{
    /// <summary>Rejects null, empty and whitespace-only text.</summary>
    public static string NotEmpty(string? value, string parameter, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{what} must not be empty.", parameter)
            : value;

    /// <summary>Rejects empty or whitespace-only text but lets null through (an optional value).</summary>
    public static string? NullOrNotEmpty(string? value, string parameter, string what) =>
        value is not null && string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{what} must be left out or not be empty.", parameter)
            : value;

    /// <summary>Rejects ids that are empty or are not lowercase kebab-case (<c>wg-afghanistan</c>) nor ISO alpha-2 (<c>KG</c>).</summary>
    public static string Id(string? value, string parameter, string what)
    {
        NotEmpty(value, parameter, what);
        return IdPattern().IsMatch(value!)
            ? value!
            : throw new ArgumentException(
                $"{what} \"{value}\" must be lowercase kebab-case (\"wg-afghanistan\") or an ISO alpha-2 code (\"KG\").", parameter);
    }

    /// <summary>
    /// Lets null through; otherwise requires a template name: kebab-case with an optional two-letter language
    /// suffix (<c>session-communique</c>, <c>session-communique.en</c>).
    /// </summary>
    public static string? OptionalTemplateName(string? value, string parameter, string what) =>
        value is null || TemplateNamePattern().IsMatch(value)
            ? value
            : throw new ArgumentException(
                $"{what} \"{value}\" must be kebab-case with an optional language suffix (\"session-communique\", \"session-communique.en\").", parameter);

    /// <summary>Lets null through, otherwise applies <see cref="Id"/>.</summary>
    public static string? OptionalId(string? value, string parameter, string what) =>
        value is null ? null : Id(value, parameter, what);

    /// <summary>Copies a sequence into an immutable list; null becomes empty; null elements are rejected.</summary>
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items, string parameter)
    {
        if (items is null)
        {
            return [];
        }
        var copy = items.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"Item {i} of {parameter} must not be null.", parameter);
            }
        }
        return Array.AsReadOnly(copy);
    }

    /// <summary>Copies a list of text items; null becomes empty; empty items are rejected.</summary>
    public static IReadOnlyList<string> Texts(IEnumerable<string>? items, string parameter)
    {
        var copy = List(items, parameter);
        for (var i = 0; i < copy.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(copy[i]))
            {
                throw new ArgumentException($"Item {i} of {parameter} must not be empty.", parameter);
            }
        }
        return copy;
    }

    [GeneratedRegex("^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateNamePattern();
}
