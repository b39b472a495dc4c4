namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Builds running text: plain text, bold, italics, links, footnotes and line breaks, in the order of the calls.
/// </summary>
/// <example><code>p => p.Text("Совет ").Strong("одобрил").Text(" проект").Footnote("Решение СКБ от 27 ноября 2025 года.")</code></example>
public sealed class InlineBuilder
{
    private readonly BuildContext context;
    private readonly List<Inline> inlines = [];

    internal InlineBuilder(BuildContext context)
    {
        this.context = context;
    }

    /// <summary>Appends plain text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InlineBuilder Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        inlines.Add(new TextRun(text));
        return this;
    }

    /// <summary>Appends bold text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InlineBuilder Strong(string text) => Strong(b => b.Text(text));

    /// <summary>Appends bold inlines.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public InlineBuilder Strong(Action<InlineBuilder> content)
    {
        inlines.Add(new Strong(Nested(content)));
        return this;
    }

    /// <summary>Appends italic text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InlineBuilder Emphasis(string text) => Emphasis(b => b.Text(text));

    /// <summary>Appends italic inlines.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public InlineBuilder Emphasis(Action<InlineBuilder> content)
    {
        inlines.Add(new Emphasis(Nested(content)));
        return this;
    }

    /// <summary>Appends a link whose visible text is <paramref name="text"/> (the target itself when null).</summary>
    /// <param name="target">An absolute URI or <c>#anchor</c> of a heading.</param>
    /// <param name="text">The visible text.</param>
    /// <exception cref="ArgumentException"><paramref name="target"/> is null, empty or white space.</exception>
    public InlineBuilder Link(string target, string? text = null) => Link(target, b => b.Text(text ?? target));

    /// <summary>Appends a link with formatted visible text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is null, empty or white space.</exception>
    public InlineBuilder Link(string target, Action<InlineBuilder> content)
    {
        inlines.Add(new Link(target, Nested(content)));
        return this;
    }

    /// <summary>Appends a forced line break.</summary>
    public InlineBuilder LineBreak()
    {
        inlines.Add(Documents.LineBreak.Instance);
        return this;
    }

    /// <summary>Appends a reference to a new footnote of one plain paragraph.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InlineBuilder Footnote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AddFootnote(null, () => [new Paragraph(text, ParagraphStyle.Plain)]);
    }

    /// <summary>
    /// Appends a reference to a footnote identified by <paramref name="key"/>: the first call with a key creates the
    /// footnote from <paramref name="text"/>, later calls refer to the same footnote (and their text is ignored).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InlineBuilder Footnote(string key, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(text);
        return AddFootnote(key, () => [new Paragraph(text, ParagraphStyle.Plain)]);
    }

    /// <summary>Appends a reference to a new footnote with formatted content (one plain paragraph).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public InlineBuilder Footnote(Action<InlineBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return AddFootnote(null, () => [new Paragraph(Nested(content), ParagraphStyle.Plain)]);
    }

    /// <summary>Appends any inline made elsewhere.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inline"/> is null.</exception>
    public InlineBuilder Inline(Inline inline)
    {
        ArgumentNullException.ThrowIfNull(inline);
        inlines.Add(inline);
        return this;
    }

    internal IReadOnlyList<Inline> Build() => inlines.ToList();

    internal static IReadOnlyList<Inline> Build(BuildContext context, string? text, Action<InlineBuilder>? more)
    {
        var builder = new InlineBuilder(context);
        if (!string.IsNullOrEmpty(text))
        {
            builder.Text(text);
        }
        more?.Invoke(builder);
        return builder.Build();
    }

    private InlineBuilder AddFootnote(string? key, Func<IReadOnlyList<Block>> content)
    {
        inlines.Add(new FootnoteReference(context.Footnote(key, content)));
        return this;
    }

    private IReadOnlyList<Inline> Nested(Action<InlineBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var nested = new InlineBuilder(context);
        content(nested);
        return nested.Build();
    }
}
