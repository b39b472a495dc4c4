using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Runs the layout passes of one rendering. When the document needs page numbers before drawing (a TOC, «page X of
/// Y»), a counting pass runs first and records only heading pages and the page count; the drawing pass then lays
/// out again and draws each page as soon as it is finished. The TOC's page-number column has a fixed width, so the
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
        options = new TypesetOptions(theme.Kerning, theme.Ligatures, cache, "document «" + document.Metadata.Title + "»");
    }

    /// <summary>Counts pages and finds heading pages without drawing; <paramref name="onPage"/> sees each page's slices.</summary>
    public LayoutResult Count(CancellationToken cancellationToken, Action<int, IReadOnlyList<Layout.Slice>>? onPage = null) =>
        DocumentLayout.Run(document, theme, options, null, null, cancellationToken, onPage);

    /// <summary>
    /// Lays out and draws every page; <paramref name="openSink"/> is called for each drawing attempt and
    /// <paramref name="commit"/> once the drawn numbers are known to be right.
    /// </summary>
    public LayoutResult Draw<TSink>(Func<TSink> openSink, Action<TSink, LayoutResult> commit, CancellationToken cancellationToken)
        where TSink : IPageSink, IDisposable
    {
        var previous = DocumentLayout.NeedsPageNumbers(document, theme) ? Count(cancellationToken) : null;
        for (var attempt = 1; ; attempt++)
        {
            using var sink = openSink();
            var result = DocumentLayout.Run(document, theme, options, previous, sink, cancellationToken);
            if (previous is null || Same(result, previous) || attempt == MaxDrawingPasses)
            {
                commit(sink, result);
                return result;
            }
            previous = result;
        }
    }

    private static bool Same(LayoutResult a, LayoutResult b) =>
        a.PageCount == b.PageCount && a.Headings.Select(h => h.Page).SequenceEqual(b.Headings.Select(h => h.Page));
}
