namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Rebuilds a document, passing every run of inlines (paragraphs, headings, captions, footnotes, cells, the title
/// page) to one function and every plain string of the tree (signatories, the table of contents title, running
/// headers) to another.
/// Blocks keep all their other properties; headings may get new anchors. Used by the typography pass and the
/// builder's footnote numbering and anchor fixing.
/// </summary>
internal sealed class InlineTreeRewriter(
    Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> rewriteInlines,
    Func<string, string> rewriteText,
    Func<Heading, string>? anchorOf = null)
{
    // The positions of the document being rewritten, and those of the new blocks.
    private BlockPositions? original;
    private BlockPositions? positions;

    /// <summary>Rewrites the sections, then the footnotes.</summary>
    public ReportDocument Rewrite(ReportDocument document)
    {
        original = document.Positions;
        positions = original is null ? null : new BlockPositions();
        var sections = document.Sections.Select(s => s with
        {
            Blocks = Blocks(s.Blocks),
            RunningHeader = s.RunningHeader is { } header ? rewriteText(header) : null,
        }).ToList();
        var footnotes = document.Footnotes.Select(f => f with { Blocks = Blocks(f.Blocks) }).ToList();
        return new ReportDocument(document.Metadata, sections, footnotes) { ThemeName = document.ThemeName, Source = document.Source, Positions = positions };
    }

    /// <summary>Rewrites a list of blocks.</summary>
    public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => blocks.Select(Block).ToList();

    private Block Block(Block block)
    {
        var rewritten = Rewritten(block);
        if (original?.Of(block) is { } at)
        {
            positions!.Add(rewritten, at.Line, at.Column);
        }
        return rewritten;
    }

    private Block Rewritten(Block block) => block switch
    {
        Paragraph paragraph => paragraph with { Content = rewriteInlines(paragraph.Content) },
        Heading heading => new Heading(heading.Level, rewriteInlines(heading.Content), anchorOf?.Invoke(heading) ?? heading.Anchor)
        {
            Number = heading.Number,
            InTableOfContents = heading.InTableOfContents,
        },
        ItemList list => new ItemList(list.Ordered, list.Items.Select(i => i with { Blocks = Blocks(i.Blocks) }).ToList())
        {
            Start = list.Start,
            ContinuesPrevious = list.ContinuesPrevious,
        },
        Table table => Table(table),
        BlockQuote quote => quote with { Blocks = Blocks(quote.Blocks) },
        TitlePage title => title with { Top = Blocks(title.Top), Middle = Blocks(title.Middle), Bottom = Blocks(title.Bottom) },
        SignatureBlock signatures => new SignatureBlock(signatures.Signatories
            .Select(s => s with { Office = rewriteText(s.Office), Name = rewriteText(s.Name) }).ToList()),
        TableOfContents contents => contents with { Title = rewriteText(contents.Title) },
        Image image => image with { Caption = image.Caption is null ? null : rewriteInlines(image.Caption) },
        _ => block,
    };

    private Table Table(Table table)
    {
        // The caption is shown above the table, so it is visited first.
        var caption = table.Caption is null ? null : rewriteInlines(table.Caption);
        return new Table(table.Columns, table.Rows.Select(Row).ToList()) { HeaderRowCount = table.HeaderRowCount, Caption = caption };
    }

    private TableRow Row(TableRow row) =>
        row with { Cells = row.Cells.Select(c => c with { Blocks = Blocks(c.Blocks) }).ToList() };
}
