using Csto.Reporting.Documents;

namespace Csto.Reporting.Markdown;

/// <summary>What the front matter adds around the body: a visible title and a table of contents.</summary>
internal static class DocumentFrame
{
    /// <summary>
    /// Puts the front matter's title (and subtitle) at the top as <see cref="ParagraphStyle.Title"/> and
    /// <see cref="ParagraphStyle.Subtitle"/> paragraphs, unless the body has a title page or a title paragraph.
    /// </summary>
    public static List<Block> AddTitle(List<Block> blocks, MarkdownFrontMatter frontMatter)
    {
        if (blocks.Any(b => b is TitlePage or Paragraph { Style: ParagraphStyle.Title }))
        {
            return blocks;
        }
        var title = new List<Block> { new Paragraph(frontMatter.Title, ParagraphStyle.Title) };
        if (frontMatter.Subtitle is { } subtitle)
        {
            title.Add(new Paragraph(subtitle, ParagraphStyle.Subtitle));
        }
        return [.. title, .. blocks];
    }

    /// <summary>
    /// Inserts a table of contents and a page break after the title page, or after the leading title and
    /// subtitle paragraphs, or at the start; does nothing when the body already has one.
    /// </summary>
    public static List<Block> AddTableOfContents(List<Block> blocks, string title)
    {
        if (blocks.OfType<TableOfContents>().Any())
        {
            return blocks;
        }
        var at = blocks.FindIndex(b => b is TitlePage) is var page and >= 0
            ? page + 1
            : blocks.TakeWhile(b => b is Paragraph { Style: ParagraphStyle.Title or ParagraphStyle.Subtitle }).Count();
        var result = blocks.ToList();
        result.InsertRange(at, [new TableOfContents(title), PageBreak.Instance]);
        return result;
    }
}
