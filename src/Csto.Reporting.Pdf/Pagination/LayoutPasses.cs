using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Runs the layout passes of one document: a counting pass records only heading pages and the page count; a drawing
/// pass lays out again, printing those numbers (a TOC, «page X of Y»), and draws each page into a frame for its sink
/// as soon as it is finished. The TOC's page-number column has a fixed width, so the numbers cannot change the layout.
/// </summary>
internal sealed class LayoutPasses
{
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

    /// <summary>The typesetting options of every pass (hyphenation, kerning, ligatures, glyph expansion).</summary>
    public TypesetOptions Options => options;

    /// <summary>
    /// Counts pages and finds heading pages without drawing; <paramref name="onPage"/> sees each page's slices;
    /// <paramref name="paragraphs"/>, when given, keeps the paragraphs set for a drawing pass that follows.
    /// </summary>
    /// <exception cref="Diagnostics.ReportInputException">A character has no glyph in any bundled font.</exception>
    public LayoutResult Count(CancellationToken cancellationToken, Action<int, IReadOnlyList<Slice>>? onPage = null, TypesetParagraphs? paragraphs = null) =>
        Reporting(() => DocumentLayout.Run(document, theme, options, null, null, cancellationToken, onPage, paragraphs));

    /// <summary>
    /// Lays the document out and draws each page into a frame for <paramref name="sink"/> as soon as it is finished,
    /// printing the heading pages and page count of <paramref name="numbers"/> (null when nothing needs them), and
    /// taking the paragraphs the counting pass kept in <paramref name="paragraphs"/> (null: none).
    /// </summary>
    /// <exception cref="Diagnostics.ReportInputException">A character has no glyph in any bundled font.</exception>
    public LayoutResult Draw(LayoutResult? numbers, IPageSink sink, CancellationToken cancellationToken, TypesetParagraphs? paragraphs = null)
    {
        paragraphs?.Replay();
        return Reporting(() => DocumentLayout.Run(document, theme, options, numbers, sink, cancellationToken, null, paragraphs));
    }

    /// <summary>
    /// Runs a layout pass. It is the one place where a character no bundled font draws becomes an input
    /// error: whatever shaped it (a paragraph, a running header, the TOC), the user gets a
    /// <see cref="Diagnostics.ReportInputException"/>.
    /// </summary>
    private T Reporting<T>(Func<T> pass)
    {
        try
        {
            return pass();
        }
        catch (MissingGlyphException missing)
        {
            throw missing.ToInputException(options.SourceName);
        }
    }

    /// <summary>Whether two passes have the same page count and heading pages.</summary>
    public static bool Same(LayoutResult a, LayoutResult b) =>
        a.PageCount == b.PageCount && a.Headings.Select(h => h.Page).SequenceEqual(b.Headings.Select(h => h.Page));
}
