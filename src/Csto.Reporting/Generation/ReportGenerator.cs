using Csto.Domain;
using Csto.Domain.Catalog;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using Csto.Reporting.Typography;

namespace Csto.Reporting.Generation;

/// <summary>
/// The one entry point from data to documents: validates a domain record against the catalog, runs its
/// template (Liquid → Markdown), reads the Markdown into a document tree, applies Russian typography, and hands
/// the tree to the renderer registered for the wanted format. Analysts' Markdown files take the same road
/// from the Markdown step on. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var layout = new PdfLayoutLocator();
/// var generator = new ReportGenerator(TemplateCatalog.Embedded, [new PdfReportRenderer(), new PngReportRenderer(), new DocxReportRenderer(layout, layout)]);
/// var file = CstoJson.Read(File.ReadAllText("wg-afghanistan-42.json"), "wg-afghanistan-42.json");
/// var document = generator.BuildDocument(file, sourceName: "wg-afghanistan-42.json");
/// await using var output = File.Create("communique.pdf");
/// await generator.RenderAsync(document, ReportFormat.Pdf, output);
/// generator.RenderPages(document, page => File.Create($"communique.p{page:000}.png"));
/// </code>
/// </example>
public sealed class ReportGenerator
{
    /// <summary>The template whose look (theme) an analyst's Markdown takes when its front matter names none.</summary>
    public const string MarkdownTemplate = "analytical-report";

    private readonly Dictionary<ReportFormat, IFormatRenderer> renderers = [];
    private readonly ReportGeneratorOptions options;
    private readonly TemplateEngine engine;

    /// <summary>Creates a generator.</summary>
    /// <param name="templates">The templates, such as <see cref="TemplateCatalog.Embedded"/>.</param>
    /// <param name="renderers">One renderer per format: an <see cref="IReportRenderer"/> (one stream: PDF, DOCX) or an
    /// <see cref="IPageImageRenderer"/> (a stream per page: PNG); none is allowed for building trees only.</param>
    /// <param name="options">Typography, default theme and catalog; <see cref="ReportGeneratorOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">Two renderers write the same format.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/>, <paramref name="renderers"/> or one of them is null.</exception>
    public ReportGenerator(TemplateCatalog templates, IEnumerable<IFormatRenderer> renderers, ReportGeneratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(renderers);
        this.options = options ?? ReportGeneratorOptions.Default;
        foreach (var renderer in renderers)
        {
            ArgumentNullException.ThrowIfNull(renderer, nameof(renderers));
            if (!this.renderers.TryAdd(renderer.Format, renderer))
            {
                throw new ArgumentException($"Two renderers write {renderer.Format}: {this.renderers[renderer.Format].GetType().Name} and {renderer.GetType().Name}.", nameof(renderers));
            }
        }
        engine = new TemplateEngine(templates, this.options.Catalog);
    }

    /// <summary>The templates.</summary>
    public TemplateCatalog Templates => engine.Templates;

    /// <summary>The formats a renderer is registered for.</summary>
    public IReadOnlyCollection<ReportFormat> Formats => renderers.Keys;

    /// <summary>Builds the document tree of <paramref name="record"/> with the template called <paramref name="templateName"/>.</summary>
    /// <param name="templateName">A template name, such as <c>session-communique</c>.</param>
    /// <param name="record">A domain record whose kind is the template's model kind.</param>
    /// <exception cref="UnknownTemplateException">No template has that name.</exception>
    /// <exception cref="ReportInputException">The record is invalid against the catalog (every problem listed with its path), its kind does not fit the template, or the template or the Markdown it produced has a problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="templateName"/> or <paramref name="record"/> is null.</exception>
    public ReportDocument BuildDocument(string templateName, CstoRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Build(templateName, record, file: null, RecordSource(record, RecordName(record)));
    }

    private ReportDocument Build(string templateName, CstoRecord domainRecord, string? file, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        ArgumentNullException.ThrowIfNull(domainRecord, "record");
        var template = Templates.Get(templateName);
        Validate(domainRecord, file);
        var markdown = engine.RenderLiteral(template, domainRecord);
        var document = MarkdownDocumentReader.Read(markdown.Text, new MarkdownReadOptions
        {
            LiteralValues = markdown.Values,
            SourceName = $"{template.Source} (generated Markdown)",
            Metadata = new DocumentMetadata(template.Title) { Language = template.Language },
            NumberHeadings = template.Numbered,
        });
        document = document with { Metadata = RecordMetadata.For(document, template, domainRecord, engine.Catalog), ThemeName = template.Theme };
        if (template.TableOfContents && !document.Sections.SelectMany(s => s.Blocks).OfType<TableOfContents>().Any())
        {
            document = WithTableOfContents(document);
        }
        return Typographer.Apply(document, options.Typography) with { Source = source };
    }

    /// <summary>
    /// Where a record's characters stand, for the problems found when its document is rendered: the record written as
    /// JSON here (only when a problem needs it), giving each problem the property path of the value it stands in.
    /// </summary>
    private static DocumentSource RecordSource(CstoRecord record, string name)
    {
        var json = new Lazy<string>(() => Csto.Domain.Serialization.CstoJson.Write(new CstoDataFile(record)));
        var positions = new Lazy<PropertyPositions>(() => JsonPositions.Map(json.Value));
        return new DocumentSource(name, () => json.Value, (line, column) => positions.Value.PathAt(line, column), AuthorsText: false);
    }

    /// <summary>Builds the document tree of a data file with its own template, or <paramref name="templateOverride"/>.</summary>
    /// <param name="file">A data file (record and default template name).</param>
    /// <param name="templateOverride">A template to use instead of the file's; null for the file's.</param>
    /// <param name="sourceName">The data file's name, for error messages.</param>
    /// <exception cref="UnknownTemplateException">The template named (by the file or the override) does not exist.</exception>
    /// <exception cref="ReportInputException">The file names no template and more than one fits its record, or see
    /// <see cref="BuildDocument(string, CstoRecord)"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public ReportDocument BuildDocument(CstoDataFile file, string? templateOverride = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = templateOverride ?? file.Template ?? DefaultTemplate(file.Record, sourceName);
        if (!Templates.TryGet(name, out _))
        {
            throw new UnknownTemplateException(name, [.. Templates.Names.Order(StringComparer.Ordinal)], sourceName ?? "data file",
                templateOverride is null ? "template" : null);
        }
        return Build(name, file.Record, sourceName ?? "data file", RecordSource(file.Record, sourceName ?? "data file"));
    }

    /// <summary>
    /// Builds the document tree of a data file read with <see cref="DataFileReader.ReadLocated"/>, as
    /// <see cref="BuildDocument(CstoDataFile, string?, string?)"/> does; every problem, now and when the document is
    /// rendered (<see cref="RenderCheck"/>), is reported at its line and column in the file.
    /// </summary>
    /// <param name="file">The data file with its text and the positions of its properties.</param>
    /// <param name="templateOverride">A template to use instead of the file's; null for the file's.</param>
    /// <exception cref="ReportInputException">See <see cref="BuildDocument(CstoDataFile, string?, string?)"/> (an unknown
    /// template too, at the file's <c>template</c> property); the problems carry the file's lines and columns.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public ReportDocument BuildDocument(LocatedDataFile file, string? templateOverride = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return BuildDocument(file.File, templateOverride, file.SourceName) with { Source = file.Source };
        }
        catch (ReportInputException e)
        {
            // Catalog checks and template choice report property paths; give them the file's line and column.
            throw file.Locate(e);
        }
    }

    /// <summary>
    /// Builds the document of an analyst's Markdown file with YAML front matter (title, subtitle, author, date,
    /// lang, keywords, theme, numbered, toc): the Markdown itself is the document, in the analytical-report look
    /// unless the front matter names a theme.
    /// </summary>
    /// <param name="markdownText">The whole file.</param>
    /// <param name="sourceName">The file name, for error messages.</param>
    /// <param name="imageLoader">Loads the pictures the Markdown refers to, such as <see cref="ImageFolder.Loader"/> of
    /// the file's folder; null makes every image an error.</param>
    /// <exception cref="ReportInputException">The Markdown or its front matter has problems.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="markdownText"/> or <paramref name="sourceName"/> is null.</exception>
    public ReportDocument BuildMarkdownDocument(string markdownText, string sourceName, Func<string, ReadOnlyMemory<byte>>? imageLoader = null)
    {
        ReportDocument Finish(ReportDocument document)
        {
            document = document with { Source = new DocumentSource(sourceName, () => markdownText, null, AuthorsText: true) };
            if (document.ThemeName is null)
            {
                document = document with { ThemeName = Templates.TryGet(MarkdownTemplate, out var report) ? report.Theme : options.DefaultTheme.Name };
            }
            return Typographer.Apply(document, options.Typography);
        }

        try
        {
            return Finish(MarkdownDocumentReader.ReadFile(markdownText, sourceName, imageLoader));
        }
        catch (ReportInputException e) when (e.Document is { } partial)
        {
            throw new ReportInputException(e.Problems, e) { Document = Finish(partial) };
        }
    }

    /// <summary>
    /// Reads one input from its bytes — an analyst's Markdown file (<c>.md</c>, <c>.markdown</c>) or a data file
    /// (<c>.json</c>, <c>.yaml</c>, <c>.yml</c>), by the extension of <paramref name="sourceName"/> — and builds its
    /// document, reporting every problem of the input at once rather than stage by stage: byte sequences that are not
    /// UTF-8 (the text goes on with U+FFFD in their place, which is not reported again), characters text may not hold,
    /// a data file's shape and its record's catalog problems, the front matter's values and the Markdown's problems,
    /// and, when a document could be built, the characters no font of its theme can draw (<see cref="RenderCheck"/>).
    /// A stage that cannot run after an earlier one failed does not: nothing follows a UTF-16 file, malformed JSON or
    /// YAML or a data file of the wrong shape (there is no record to check), front matter that is not YAML or a body
    /// nested too deeply; a YAML file with forbidden characters is not
    /// parsed (the YAML reader would refuse them again, less precisely); a record with forbidden characters or catalog
    /// problems is not put through its template (which would meet the unknown state or the impossible office), so
    /// the characters no font can draw in it are reported once those are fixed.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="sourceName">The file name: its extension tells the kind, and problems are reported under it.</param>
    /// <param name="templateOverride">For a data file, a template to use instead of the file's; must be null (or
    /// <see cref="MarkdownTemplate"/>) for Markdown.</param>
    /// <param name="imageLoader">Loads the pictures a Markdown file refers to (<see cref="ImageFolder.Loader"/>); null makes every picture an error.</param>
    /// <param name="renderOptions">The options the document will be rendered with (their theme decides which characters
    /// can be drawn); null for those <see cref="Render(ReportDocument, ReportFormat, Stream, RenderOptions?, CancellationToken)"/> uses without options.</param>
    /// <returns>The document, when the input has no problem; the renderers' own checks still run when it is rendered.</returns>
    /// <exception cref="ReportInputException">The input has problems: every one found, sorted by line and column, each once.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    public ReportDocument BuildInputDocument(ReadOnlySpan<byte> bytes, string sourceName, string? templateOverride = null,
        Func<string, ReadOnlyMemory<byte>>? imageLoader = null, Func<ReportDocument, RenderOptions>? renderOptions = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var text = InputText.DecodeLeniently(bytes, sourceName, out var invalid);
        var problems = new List<InputProblem>();
        ReportDocument? document;
        Exception? inner = null;
        try
        {
            document = BuildInput(text, sourceName, templateOverride, imageLoader, problems);
        }
        catch (ReportInputException e)
        {
            problems.AddRange(e.Problems);
            document = e.Document;
            inner = e;
        }
        problems.AddRange(invalid);
        if (problems.Count == 0)
        {
            return document!;
        }
        if (document is not null)
        {
            var theme = (renderOptions?.Invoke(document) ?? Effective(document, null)).Theme;
            var replaced = invalid.Where(p => p.Line is not null && p.Column is not null).Select(p => (p.Line!.Value, p.Column!.Value)).ToHashSet();
            problems.AddRange(RenderCheck.CharacterProblems(document, theme, replaced));
        }
        throw new ReportInputException(problems.Distinct().ToList(), inner);
    }

    /// <summary>The document of one input; problems that let the reading go on are added to <paramref name="problems"/>, the others thrown.</summary>
    private ReportDocument? BuildInput(string text, string sourceName, string? templateOverride, Func<string, ReadOnlyMemory<byte>>? imageLoader, List<InputProblem> problems)
    {
        if (Path.GetExtension(sourceName) is var extension
            && (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)))
        {
            if (templateOverride is not null && templateOverride != MarkdownTemplate)
            {
                problems.Add(new InputProblem(sourceName,
                    $"A Markdown input renders through '{MarkdownTemplate}'; the template '{templateOverride}' applies to data files only."));
            }
            return BuildMarkdownDocument(text, sourceName, imageLoader);
        }
        var located = DataFileReader.ReadGathering(text, sourceName, problems);
        if (located is null)
        {
            return null;
        }
        if (problems.Count > 0)
        {
            // The record is read; its catalog problems come with the others, but the template does not run (see above).
            if (ValidationProblems(located.File.Record, sourceName) is { Count: > 0 } invalidRecord)
            {
                problems.AddRange(located.Locate(new ReportInputException(invalidRecord)).Problems);
            }
            return null;
        }
        return BuildDocument(located, templateOverride);
    }

    /// <summary>Builds the document of <paramref name="record"/> and renders it, writing asynchronously.</summary>
    /// <param name="templateName">The template name.</param>
    /// <param name="record">The domain record.</param>
    /// <param name="format">The output format; an <see cref="IReportRenderer"/> for it must be registered (PDF, DOCX).</param>
    /// <param name="output">A writable stream; not closed.</param>
    /// <param name="renderOptions">Render options; when null the template's theme (or the default theme) is used.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="UnknownTemplateException">No template has that name.</exception>
    /// <exception cref="ReportInputException">See <see cref="BuildDocument(string, CstoRecord)"/>; or the renderer cannot draw the document (<see cref="MissingGlyphException"/>, a picture that cannot be decoded).</exception>
    /// <exception cref="InvalidOperationException">No renderer is registered for the format, or it writes a stream per page (PNG: use <see cref="RenderPages(ReportDocument, Func{int, Stream}, RenderOptions?, CancellationToken)"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public Task RenderAsync(string templateName, CstoRecord record, ReportFormat format, Stream output, RenderOptions? renderOptions = null, CancellationToken cancellationToken = default) =>
        RenderAsync(BuildDocument(templateName, record), format, output, renderOptions, cancellationToken);

    /// <summary>Builds the document of <paramref name="record"/> and renders it on the calling thread.</summary>
    /// <param name="templateName">The template name.</param>
    /// <param name="record">The domain record.</param>
    /// <param name="format">The output format; an <see cref="IReportRenderer"/> for it must be registered (PDF, DOCX).</param>
    /// <param name="output">A writable stream; not closed.</param>
    /// <param name="renderOptions">Render options; when null the template's theme (or the default theme) is used.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="UnknownTemplateException">No template has that name.</exception>
    /// <exception cref="ReportInputException">See <see cref="RenderAsync(string, CstoRecord, ReportFormat, Stream, RenderOptions?, CancellationToken)"/>.</exception>
    /// <exception cref="InvalidOperationException">No renderer is registered for the format, or it writes a stream per page.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public void Render(string templateName, CstoRecord record, ReportFormat format, Stream output, RenderOptions? renderOptions = null, CancellationToken cancellationToken = default) =>
        Render(BuildDocument(templateName, record), format, output, renderOptions, cancellationToken);

    /// <summary>
    /// Renders a document tree, writing asynchronously (layout itself is CPU-bound and runs on the calling thread). The
    /// theme is <paramref name="renderOptions"/>' when options are given; otherwise the built-in theme the document
    /// names (its template's front matter), otherwise the generator's default theme, with
    /// <see cref="ReportGeneratorOptions.Fonts"/> applied.
    /// </summary>
    /// <param name="document">The document tree, such as <see cref="BuildDocument(CstoDataFile, string?, string?)"/> or a
    /// <see cref="Documents.Builder.DocumentBuilder"/> gives.</param>
    /// <param name="format">The output format; an <see cref="IReportRenderer"/> for it must be registered (PDF, DOCX).</param>
    /// <param name="output">A writable stream; not closed.</param>
    /// <param name="renderOptions">Theme, PDF/A, tagging, resolution; null for the document's theme.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="ReportInputException">The renderer cannot draw the document (<see cref="MissingGlyphException"/>, a picture that cannot be decoded).</exception>
    /// <exception cref="InvalidOperationException">No renderer is registered for the format, or it writes a stream per page (PNG).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public Task RenderAsync(ReportDocument document, ReportFormat format, Stream output, RenderOptions? renderOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        return Renderer<IReportRenderer>(format).RenderAsync(document, Effective(document, renderOptions), output, cancellationToken);
    }

    /// <summary>Renders a document tree on the calling thread; as <see cref="RenderAsync(ReportDocument, ReportFormat, Stream, RenderOptions?, CancellationToken)"/> otherwise.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="format">The output format; an <see cref="IReportRenderer"/> for it must be registered (PDF, DOCX).</param>
    /// <param name="output">A writable stream; not closed.</param>
    /// <param name="renderOptions">Theme, PDF/A, tagging, resolution; null for the document's theme.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="ReportInputException">The renderer cannot draw the document (<see cref="MissingGlyphException"/>, a picture that cannot be decoded).</exception>
    /// <exception cref="InvalidOperationException">No renderer is registered for the format, or it writes a stream per page (PNG).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is read-only (checked before any work is done).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    public void Render(ReportDocument document, ReportFormat format, Stream output, RenderOptions? renderOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        Renderer<IReportRenderer>(format).Render(document, Effective(document, renderOptions), output, cancellationToken);
    }

    /// <summary>
    /// Renders a document tree as one PNG image per page with the registered <see cref="IPageImageRenderer"/>, on the
    /// calling thread (layout and rasterisation are CPU-bound); the theme is chosen as for
    /// <see cref="RenderAsync(ReportDocument, ReportFormat, Stream, RenderOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="document">The document tree.</param>
    /// <param name="openPage">Gets the 1-based page number and returns the stream to write that page to (not closed);
    /// called once per page, in order.</param>
    /// <param name="renderOptions">Theme and resolution (<see cref="RenderOptions.PngDpi"/>); null for the document's
    /// theme at 96 DPI.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The page count.</returns>
    /// <exception cref="ReportInputException">The renderer cannot draw the document (<see cref="MissingGlyphException"/>, a picture that cannot be decoded).</exception>
    /// <exception cref="InvalidOperationException">No page image renderer is registered (<c>AddPdf()</c> registers one), or <paramref name="openPage"/> returned null or an unwritable stream.</exception>
    public int RenderPages(ReportDocument document, Func<int, Stream> openPage, RenderOptions? renderOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(openPage);
        return Renderer<IPageImageRenderer>(ReportFormat.Png).RenderPages(document, Effective(document, renderOptions), openPage, cancellationToken);
    }

    private T Renderer<T>(ReportFormat format)
        where T : IFormatRenderer
    {
        if (!renderers.TryGetValue(format, out var renderer))
        {
            throw new InvalidOperationException($"No renderer is registered for {format}; registered: {(renderers.Count == 0 ? "none" : string.Join(", ", renderers.Keys))}.");
        }
        return renderer is T typed
            ? typed
            : throw new InvalidOperationException(renderer is IPageImageRenderer
                ? $"{format} is written one stream per page; use ReportGenerator.RenderPages."
                : $"The {format} renderer {renderer.GetType().Name} writes one stream; use ReportGenerator.Render or RenderAsync.");
    }

    private RenderOptions Effective(ReportDocument document, RenderOptions? renderOptions) =>
        renderOptions ?? RenderOptions.Default with { Theme = ThemeOf(document) };

    private Theme ThemeOf(ReportDocument document) =>
        options.Fonts.ApplyTo(BuiltInThemes.TryGet(document.ThemeName, out var theme) ? theme : options.DefaultTheme);

    /// <summary>
    /// Checks the record against the catalog. Problems of a record read from a data file name that file and the
    /// path inside it as the shape and character checks write it (<c>$.record.participants[1].stateId</c>); others name the record.
    /// </summary>
    private void Validate(CstoRecord record, string? file)
    {
        var problems = ValidationProblems(record, file);
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
    }

    private List<InputProblem> ValidationProblems(CstoRecord record, string? file)
    {
        var source = file ?? RecordName(record);
        return [.. record.Validate(engine.Catalog).Select(p => new InputProblem(source, p.Message)
        {
            Path = file is null ? (p.Path.Length == 0 ? null : p.Path) : (p.Path.Length == 0 ? "$.record" : "$.record." + p.Path),
        })];
    }

    private static string RecordName(CstoRecord record) => record.Id is { } id ? "record:" + id : "record";

    private string DefaultTemplate(CstoRecord record, string? file)
    {
        var kind = TemplateModelKinds.Of(record);
        var fitting = Templates.Templates.Where(t => t.ModelKind == kind && t.Language == "ru-RU").ToList();
        return fitting.Count == 1
            ? fitting[0].Name
            : throw new ReportInputException(new InputProblem(file ?? RecordName(record),
                fitting.Count == 0
                    ? $"No template takes {kind.ToName()} records."
                    : $"The data file names no template and several take {kind.ToName()} records: {string.Join(", ", fitting.Select(t => t.Name))}; set 'template' in the file."));
    }

    private static ReportDocument WithTableOfContents(ReportDocument document)
    {
        var blocks = document.Sections[0].Blocks.ToList();
        var at = blocks.FindIndex(b => b is TitlePage) is var page and >= 0
            ? page + 1
            : blocks.TakeWhile(b => b is Paragraph { Style: ParagraphStyle.Title or ParagraphStyle.Subtitle }).Count();
        blocks.InsertRange(at, [new TableOfContents(document.Metadata.IsEnglish ? "Contents" : "Содержание"), PageBreak.Instance]);
        return document with { Sections = [document.Sections[0] with { Blocks = blocks }, .. document.Sections.Skip(1)] };
    }
}
