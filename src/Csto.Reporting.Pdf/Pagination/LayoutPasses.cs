using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Runs the layout passes of one document. When the document needs page numbers before drawing (a TOC, «page X of
/// Y»), a counting pass runs first and records only heading pages and the page count; the drawing pass then lays
/// out again and draws each page into a frame as soon as it is finished. The TOC's page-number column has a fixed width, so the
/// numbers cannot change the layout; should they ever, the drawing pass is repeated with the new numbers.
/// </summary>
internal sealed class LayoutPasses
{
    private const int MaxDrawingPasses = 3;
    private readonly ReportDocument document;
    private readonly Theme theme;
    private readonly TypesetOptions options;

    public LayoutPasses(ReportDocument document, Theme theme, IHyphenator hyphenator)
    {
        this.document = document;
        this.theme = theme;
        var cache = theme.Hyphenate ? new HyphenationCache(hyphenator, document.Metadata.Language) : null;
        options = new TypesetOptions(theme.Kerning, theme.Ligatures, cache, "document «" + document.Metadata.Title + "»", (float)theme.GlyphExpansion);
    }

    /// <summary>
    /// Draws at least this many attempts even when the numbers agree earlier (tests use it to exercise a repeated
    /// drawing pass, which the layout's fixed-width page numbers otherwise make rare).
    /// </summary>
    public int MinDrawingPasses { get; init; } = 1;

    /// <summary>Counts pages and finds heading pages without drawing; <paramref name="onPage"/> sees each page's slices.</summary>
    /// <exception cref="Diagnostics.ReportInputException">A character has no glyph in any bundled font.</exception>
    public LayoutResult Count(CancellationToken cancellationToken, Action<int, IReadOnlyList<Slice>>? onPage = null) =>
        Reporting(images => DocumentLayout.Run(document, theme, options, images, null, null, cancellationToken, onPage));

    /// <summary>
    /// Lays the document out into frames. When the numbers a previous pass gives (heading pages, the page count) are
    /// needed, a counting pass runs first; a drawing pass whose numbers differ from the ones it printed is repeated
    /// with the new numbers (at most three times).
    /// </summary>
    /// <exception cref="Diagnostics.ReportInputException">A character has no glyph in any bundled font.</exception>
    public LaidOutDocument Lay(CancellationToken cancellationToken) =>
        Reporting(images =>
        {
            var previous = DocumentLayout.NeedsPageNumbers(document, theme)
                ? DocumentLayout.Run(document, theme, options, images, null, null, cancellationToken)
                : null;
            for (var attempt = 1; ; attempt++)
            {
                var frames = new FrameList();
                var result = DocumentLayout.Run(document, theme, options, images, previous, frames, cancellationToken);
                if (previous is null || (Same(result, previous) && attempt >= MinDrawingPasses) || attempt >= MaxDrawingPasses)
                {
                    return new LaidOutDocument(document.Metadata, frames.Pages, result);
                }
                previous = result;
            }
        });

    /// <summary>
    /// Runs a whole rendering's passes with one set of images, released at the end. It is also the one place where a
    /// character no bundled font draws becomes an input error: whatever shaped it (a paragraph, a running header, the
    /// TOC), the user gets a <see cref="Diagnostics.ReportInputException"/>.
    /// </summary>
    private T Reporting<T>(Func<ImageCache, T> passes)
    {
        using var images = new ImageCache();
        try
        {
            return passes(images);
        }
        catch (MissingGlyphException missing)
        {
            throw missing.ToInputException(options.SourceName);
        }
    }

    /// <summary>Keeps the frames of one layout pass.</summary>
    private sealed class FrameList : IPageSink
    {
        public List<PageFrame> Pages { get; } = [];

        public void Begin(DocumentMetadata metadata)
        {
        }

        public void Page(PageFrame frame) => Pages.Add(frame);

        public void End(LayoutResult result)
        {
        }
    }

    private static bool Same(LayoutResult a, LayoutResult b) =>
        a.PageCount == b.PageCount && a.Headings.Select(h => h.Page).SequenceEqual(b.Headings.Select(h => h.Page));
}
