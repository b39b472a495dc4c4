namespace Csto.Reporting.Documents.Builder;

/// <summary>Builds a title page from three parts: top (the organization), middle (the title), bottom (place and year).</summary>
/// <example><code>tp => tp.Top(b => b.Paragraph("ОДКБ", ParagraphStyle.Centered)).Middle(b => b.Paragraph("Доклад", ParagraphStyle.Title))</code></example>
public sealed class TitlePageBuilder
{
    private readonly BuildContext context;
    private IReadOnlyList<Block> top = [];
    private IReadOnlyList<Block> middle = [];
    private IReadOnlyList<Block> bottom = [];

    internal TitlePageBuilder(BuildContext context)
    {
        this.context = context;
    }

    /// <summary>Sets the blocks at the top of the page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public TitlePageBuilder Top(Action<BlocksBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        top = BlocksBuilder.Build(context, content);
        return this;
    }

    /// <summary>Sets the blocks centred vertically.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public TitlePageBuilder Middle(Action<BlocksBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        middle = BlocksBuilder.Build(context, content);
        return this;
    }

    /// <summary>Sets the blocks at the bottom of the page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public TitlePageBuilder Bottom(Action<BlocksBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        bottom = BlocksBuilder.Build(context, content);
        return this;
    }

    internal TitlePage Build() => new(top, middle, bottom);
}
