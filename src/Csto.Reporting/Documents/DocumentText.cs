namespace Csto.Reporting.Documents;

/// <summary>
/// Every string of a document that is set as text, in document order: the metadata (title, subject, author,
/// keywords), each section's running header and blocks, then the footnotes. Blocks give their inlines' text runs
/// (inside emphasis, strong and links), heading numbers, picture alternative texts and captions, table captions and
/// cells, contents titles and signatories. Link targets are not set as text and are not given.
/// </summary>
internal static class DocumentText
{
    /// <summary>The strings of <paramref name="document"/>, in document order; a string may repeat.</summary>
    public static IEnumerable<string> Strings(ReportDocument document)
    {
        var metadata = document.Metadata;
        yield return metadata.Title;
        if (metadata.Subject is { } subject)
        {
            yield return subject;
        }
        if (metadata.Author is { } author)
        {
            yield return author;
        }
        foreach (var keyword in metadata.Keywords)
        {
            yield return keyword;
        }
        foreach (var section in document.Sections)
        {
            if (section.RunningHeader is { } header)
            {
                yield return header;
            }
            foreach (var text in Blocks(section.Blocks))
            {
                yield return text;
            }
        }
        foreach (var footnote in document.Footnotes)
        {
            foreach (var text in Blocks(footnote.Blocks))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> Blocks(IEnumerable<Block> blocks) =>
        blocks.SelectMany(DocumentWalker.DescendantsAndSelf).SelectMany(Own);

    // A block's own strings; nested blocks come from DocumentWalker.
    private static IEnumerable<string> Own(Block block) => block switch
    {
        Paragraph paragraph => Inlines(paragraph.Content),
        Heading heading => heading.Number is { } number ? Inlines(heading.Content).Prepend(number) : Inlines(heading.Content),
        Image image => Optional(image.AltText).Concat(image.Caption is { } caption ? Inlines(caption) : []),
        Table table => table.Caption is { } caption ? Inlines(caption) : [],
        TableOfContents contents => [contents.Title],
        SignatureBlock signatures => signatures.Signatories.SelectMany(s => new[] { s.Office, s.Name }),
        _ => [],
    };

    private static IEnumerable<string> Optional(string? text) => text is null ? [] : [text];

    private static IEnumerable<string> Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    yield return run.Text;
                    break;
                case Strong strong:
                    foreach (var text in Inlines(strong.Content))
                    {
                        yield return text;
                    }
                    break;
                case Emphasis emphasis:
                    foreach (var text in Inlines(emphasis.Content))
                    {
                        yield return text;
                    }
                    break;
                case Link link:
                    foreach (var text in Inlines(link.Content))
                    {
                        yield return text;
                    }
                    break;
            }
        }
    }
}
