namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// The calls shared by everything that holds blocks (a section, a list item, a table cell, a quotation, a part of
/// the title page). Blocks appear in the order of the calls.
/// </summary>
/// <typeparam name="TSelf">The concrete builder, returned by every call so calls chain.</typeparam>
public abstract class BlockContainerBuilder<TSelf>
    where TSelf : BlockContainerBuilder<TSelf>
{
    private readonly List<Block> blocks = [];

    private protected BlockContainerBuilder(BuildContext context)
    {
        Context = context;
    }

    private protected BuildContext Context { get; }

    private TSelf Self => (TSelf)this;

    /// <summary>
    /// Adds a heading. Its anchor is <paramref name="id"/>, else <c>h-N</c> (N = its position among all headings);
    /// when the document numbers headings, levels 1–3 get «1.», «1.1.», «1.1.1.» unless <paramref name="numbered"/> is false.
    /// </summary>
    /// <param name="level">1 to 4.</param>
    /// <param name="text">The heading text.</param>
    /// <param name="id">An explicit anchor (ASCII letters, digits, '-', '_'), unique in the document.</param>
    /// <param name="numbered">False to leave this heading unnumbered (it does not advance the numbering).</param>
    /// <param name="inTableOfContents">False to keep the heading out of the table of contents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1 to 4.</exception>
    /// <exception cref="ArgumentException">The id is malformed or already used.</exception>
    public TSelf Heading(int level, string text, string? id = null, bool numbered = true, bool inTableOfContents = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Heading(level, h => h.Text(text), id, numbered, inTableOfContents);
    }

    /// <summary>Adds a heading with formatted text; see <see cref="Heading(int, string, string?, bool, bool)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1 to 4.</exception>
    /// <exception cref="ArgumentException">The id is malformed or already used.</exception>
    public TSelf Heading(int level, Action<InlineBuilder> content, string? id = null, bool numbered = true, bool inTableOfContents = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Block(Context.Heading(level, InlineBuilder.Build(Context, null, content), id, numbered, inTableOfContents));
    }

    /// <summary>Adds a paragraph: <paramref name="text"/> followed by whatever <paramref name="more"/> appends.</summary>
    /// <example><code>.Paragraph("Совет ", p => p.Strong("одобрил").Text(" проект").Footnote("…"))</code></example>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TSelf Paragraph(string text, Action<InlineBuilder>? more = null, ParagraphStyle style = ParagraphStyle.Body)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Block(new Paragraph(InlineBuilder.Build(Context, text, more), style));
    }

    /// <summary>Adds a paragraph of plain text in a given style.</summary>
    public TSelf Paragraph(string text, ParagraphStyle style) => Paragraph(text, null, style);

    /// <summary>Adds a paragraph built entirely by <paramref name="content"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public TSelf Paragraph(Action<InlineBuilder> content, ParagraphStyle style = ParagraphStyle.Body)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Block(new Paragraph(InlineBuilder.Build(Context, null, content), style));
    }

    /// <summary>Adds a bulleted (<paramref name="ordered"/> false) or numbered list.</summary>
    /// <param name="ordered">True for a numbered list.</param>
    /// <param name="items">Adds the items.</param>
    /// <param name="start">The first number of a numbered list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">No item was added.</exception>
    public TSelf List(bool ordered, Action<ListBuilder> items, int start = 1)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new ListBuilder(Context);
        items(list);
        return Block(new ItemList(ordered, list.Build()) { Start = start });
    }

    /// <summary>Adds a table.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table has no rows, or a row has more cells than columns.</exception>
    public TSelf Table(Action<TableBuilder> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = new TableBuilder(Context);
        table(builder);
        return Block(builder.Build());
    }

    /// <summary>Adds a block quotation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public TSelf Quote(Action<BlocksBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Block(new BlockQuote(BlocksBuilder.Build(Context, content)));
    }

    /// <summary>Adds a title page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public TSelf TitlePage(Action<TitlePageBuilder> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var builder = new TitlePageBuilder(Context);
        page(builder);
        return Block(builder.Build());
    }

    /// <summary>Adds a signature block.</summary>
    /// <exception cref="ArgumentException">No signatory was added.</exception>
    public TSelf SignatureBlock(Action<SignatureBlockBuilder> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        var builder = new SignatureBlockBuilder();
        signatories(builder);
        return Block(builder.Build());
    }

    /// <summary>Adds the place-and-date line: the place on the left, the date on the right.</summary>
    /// <param name="place">The place, e.g. «Бишкек».</param>
    /// <param name="date">The date as written, e.g. «27 ноября 2025 года».</param>
    /// <exception cref="ArgumentException"><paramref name="place"/> or <paramref name="date"/> is null, empty or white space.</exception>
    public TSelf PlaceAndDate(string place, string date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ArgumentException.ThrowIfNullOrWhiteSpace(date);
        return Block(new Paragraph(place + "\t" + date, ParagraphStyle.PlaceAndDate));
    }

    /// <summary>Adds a table of contents.</summary>
    /// <param name="title">The title, such as «Содержание».</param>
    /// <param name="maxLevel">The deepest heading level listed, 1 to 4.</param>
    public TSelf TableOfContents(string title = "Содержание", int maxLevel = 3) => Block(new TableOfContents(title, maxLevel));

    /// <summary>Adds a picture.</summary>
    /// <param name="data">PNG or JPEG bytes.</param>
    /// <param name="widthPoints">The width in points (see <see cref="Length"/> for conversions).</param>
    /// <param name="heightPoints">The height in points.</param>
    /// <param name="altText">A text alternative.</param>
    /// <param name="caption">A caption under the picture.</param>
    /// <exception cref="ArgumentException"><paramref name="data"/> is neither PNG, JPEG nor SVG; an SVG picture uses a feature
    /// pictures do not support (the message lists every such place by line and column); or a size is not a positive finite number.</exception>
    public TSelf Image(ReadOnlyMemory<byte> data, double widthPoints, double heightPoints, string? altText = null, string? caption = null) =>
        Block(new Image(data, widthPoints, heightPoints)
        {
            AltText = altText,
            Caption = caption is null ? null : [new TextRun(caption)],
        });

    /// <summary>Starts a new page.</summary>
    public TSelf PageBreak() => Block(Documents.PageBreak.Instance);

    /// <summary>Adds any block made elsewhere (its headings and footnotes are taken as they are).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="block"/> is null.</exception>
    public TSelf Block(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        blocks.Add(block);
        return Self;
    }

    private protected IReadOnlyList<Block> BuildBlocks() => blocks.ToList();
}
