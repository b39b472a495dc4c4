using Csto.Reporting.Typography;
using NodaTime;

namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Builds a <see cref="ReportDocument"/> in code, without a template. Headings get anchors <c>h-1</c>, <c>h-2</c>…
/// in document order (or an explicit id) and, with <see cref="NumberHeadings"/>, numbers «1.», «1.1.», «1.1.1.»;
/// footnotes are numbered in order of first reference in the finished document. <see cref="Build"/> gives the text
/// the Russian (or English) typography pass, as templates and Markdown get it: «ёлочки», dashes, no-break spaces
/// (<see cref="Typographer"/>, every rule unless <see cref="Typography"/> says otherwise).
/// </summary>
/// <example>
/// <code>
/// var document = DocumentBuilder.Create("Заявление Совета коллективной безопасности ОДКБ")
///     .Author("Секретариат ОДКБ")
///     .Date(new LocalDate(2025, 11, 27))
///     .NumberHeadings()
///     .Section(s => s
///         .Heading(1, "Общие положения")
///         .Paragraph("Государства – члены ", p => p.Strong("подтверждают").Text(" приверженность Договору.").Footnote("Договор от 15 мая 1992 года."))
///         .List(ordered: true, l => l.Item("Первое").Item("Второе", nested => nested.Paragraph("Пояснение")))
///         .Table(t => t.Columns(3, 1, 1).HeaderRow("Государство", "2024", "2025").Row("Армения", "1", "2"))
///         .SignatureBlock(b => b.Signatory("Генеральный секретарь ОДКБ", "И. Тасмагамбетов")))
///     .Build();
/// </code>
/// </example>
public sealed class DocumentBuilder
{
    private readonly BuildContext context = new(numberHeadings: false);
    private readonly List<Section> sections = [];
    private DocumentMetadata metadata;
    private string? themeName;
    private TypographyOptions typography = TypographyOptions.All;
    private bool built;

    private DocumentBuilder(string title)
    {
        metadata = new DocumentMetadata(title);
    }

    /// <summary>Starts a document with a title (written to the document properties; a visible title is a block).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space.</exception>
    public static DocumentBuilder Create(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new(title);
    }

    /// <summary>Sets the subject (subtitle or one-line summary) of the document properties.</summary>
    public DocumentBuilder Subject(string subject) => With(metadata with { Subject = subject });

    /// <summary>Sets the author: a person or a body, such as «Секретариат ОДКБ».</summary>
    public DocumentBuilder Author(string author) => With(metadata with { Author = author });

    /// <summary>Sets the document's date (also the files' creation date).</summary>
    public DocumentBuilder Date(LocalDate date) => With(metadata with { Date = date });

    /// <summary>Sets the language as a BCP 47 tag, <c>ru-RU</c> (the default) or <c>en-US</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="language"/> is null, empty or white space.</exception>
    public DocumentBuilder Language(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return With(metadata with { Language = language });
    }

    /// <summary>Sets the keywords.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="keywords"/> is null.</exception>
    public DocumentBuilder Keywords(params string[] keywords)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        return With(metadata with { Keywords = keywords.ToList() });
    }

    /// <summary>Asks for a theme by name (<c>gost</c>, <c>modern</c>…); the renderer's default otherwise.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public DocumentBuilder Theme(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        themeName = name;
        return this;
    }

    /// <summary>
    /// Numbers the headings of levels 1–3 added after this call («1.», «1.1.», «1.1.1.»); a heading added with
    /// <c>numbered: false</c> stays unnumbered.
    /// </summary>
    public DocumentBuilder NumberHeadings(bool number = true)
    {
        context.NumberHeadings = number;
        return this;
    }

    /// <summary>
    /// Sets which typography rules <see cref="Build"/> applies to the finished document; <see cref="TypographyOptions.All"/>
    /// unless called, <see cref="TypographyOptions.None"/> keeps every text exactly as given.
    /// </summary>
    /// <param name="options">The rules to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DocumentBuilder Typography(TypographyOptions options)
    {
        typography = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Adds a section (a new section starts on a new page).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public DocumentBuilder Section(Action<SectionBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var section = new SectionBuilder(context);
        content(section);
        sections.Add(section.Build());
        return this;
    }

    /// <summary>Finishes the document, with the typography pass of <see cref="Typography"/> applied. A builder builds once.</summary>
    /// <exception cref="InvalidOperationException">No section was added, or <see cref="Build"/> was already called.</exception>
    public ReportDocument Build()
    {
        if (built)
        {
            throw new InvalidOperationException("This DocumentBuilder has already built its document; start a new one with DocumentBuilder.Create.");
        }
        if (sections.Count == 0)
        {
            throw new InvalidOperationException("A document needs at least one section; add one with Section(...).");
        }
        built = true;
        var fixAnchors = new InlineTreeRewriter(inlines => inlines, text => text,
            heading => context.RenamedAnchors.TryGetValue(heading, out var anchor) ? anchor : heading.Anchor);
        var fixedSections = context.RenamedAnchors.Count == 0 ? sections
            : sections.Select(s => s with { Blocks = fixAnchors.Blocks(s.Blocks) }).ToList();
        var provisional = context.Footnotes
            .Select((blocks, i) => new Footnote(i + 1, context.RenamedAnchors.Count == 0 ? blocks : fixAnchors.Blocks(blocks)))
            .ToList();
        var document = new ReportDocument(metadata, fixedSections, provisional) { ThemeName = themeName };
        document = FootnoteOrder.Renumber(document);
        return typography == TypographyOptions.None ? document : Typographer.Apply(document, typography);
    }

    private DocumentBuilder With(DocumentMetadata value)
    {
        metadata = value;
        return this;
    }
}
