using Csto.Reporting.Documents;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>Reads the generic attributes (<c>{#id .class key=value}</c>) Markdig attached to a node.</summary>
internal static class Attributes
{
    /// <summary>Paragraph classes and the styles they select.</summary>
    public static IReadOnlyDictionary<string, ParagraphStyle> ParagraphClasses { get; } = new Dictionary<string, ParagraphStyle>(StringComparer.Ordinal)
    {
        ["lead"] = ParagraphStyle.Lead,
        ["center"] = ParagraphStyle.Centered,
        ["right"] = ParagraphStyle.RightAligned,
        ["title"] = ParagraphStyle.Title,
        ["subtitle"] = ParagraphStyle.Subtitle,
        ["plain"] = ParagraphStyle.Plain,
        ["caption"] = ParagraphStyle.Caption,
        ["place-date"] = ParagraphStyle.PlaceAndDate,
    };

    /// <summary>The id, or null.</summary>
    public static string? Id(MarkdownObject node) => node.TryGetAttributes()?.Id;

    /// <summary>The classes, possibly empty.</summary>
    public static IReadOnlyList<string> Classes(MarkdownObject node) => node.TryGetAttributes()?.Classes ?? [];

    /// <summary>The key=value properties, possibly empty.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Properties(MarkdownObject node) =>
        node.TryGetAttributes()?.Properties ?? [];

    /// <summary>True when the node carries any attribute.</summary>
    public static bool Any(MarkdownObject node) =>
        node.TryGetAttributes() is { } attributes
        && (attributes.Id is not null || attributes.Classes is { Count: > 0 } || attributes.Properties is { Count: > 0 });
}
