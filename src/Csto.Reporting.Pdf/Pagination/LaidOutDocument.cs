using System.Runtime.CompilerServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// A document's layout for every output, kept small: what a counting pass finds (the page count and where each
/// heading landed — for the contents, the outline and the DOCX contents' page numbers), never the page frames. A
/// writer gets the frames through <see cref="WriteTo"/>, which runs the drawing pass and hands each page to the
/// writer as soon as it is drawn, so memory holds one page's frame (and what the writer keeps), whatever the page
/// count.
/// </summary>
internal sealed class LaidOutDocument
{
    private static readonly ConditionalWeakTable<ReportDocument, List<(Theme Theme, IHyphenator Hyphenator, LaidOutDocument Layout)>> Laid = [];
    private readonly LayoutPasses passes;
    private readonly bool needsNumbers;
    private readonly object gate = new();
    private LayoutResult? numbers;

    private LaidOutDocument(ReportDocument document, Theme theme, LayoutPasses passes)
    {
        Metadata = document.Metadata;
        this.passes = passes;
        needsNumbers = DocumentLayout.NeedsPageNumbers(document, theme);
    }

    /// <summary>The document's metadata.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>
    /// The page count and the placed headings: from the first drawing pass, or from a counting pass made on first
    /// use (which the drawing pass of a document with a contents or «page X of Y» needs anyway).
    /// </summary>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between blocks.</exception>
    public LayoutResult Numbers(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return numbers ??= passes.Count(cancellationToken);
        }
    }

    /// <summary>
    /// Runs the drawing pass and hands every page to <paramref name="sink"/> as it is drawn: begin, the pages in
    /// order, end (with the pass's headings and structure root). Nothing of the pages is kept here.
    /// </summary>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between blocks.</exception>
    /// <exception cref="InvalidOperationException">The printed page numbers changed the layout (the contents' number column has a fixed width so that they cannot), found before the sink ends.</exception>
    public LayoutResult WriteTo(IPageSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        // When this call runs the counting pass, the drawing pass takes the paragraphs it set instead of setting them again.
        var paragraphs = needsNumbers ? new TypesetParagraphs() : null;
        LayoutResult? printed = null;
        if (needsNumbers)
        {
            lock (gate)
            {
                printed = numbers ??= passes.Count(cancellationToken, paragraphs: paragraphs);
            }
        }
        var result = passes.Draw(printed, new Checked(sink, printed), cancellationToken, paragraphs);
        lock (gate)
        {
            numbers ??= result;
        }
        return result;
    }

    /// <summary>
    /// The layout of <paramref name="document"/> under <paramref name="theme"/>: made once and shared by every output
    /// of the same document instance (PDF, PNG, the DOCX contents' page numbers) for as long as the document is alive.
    /// </summary>
    public static LaidOutDocument Of(ReportDocument document, Theme theme, IHyphenator hyphenator)
    {
        var layouts = Laid.GetValue(document, _ => []);
        lock (layouts)
        {
            foreach (var (laidTheme, laidHyphenator, layout) in layouts)
            {
                if (laidTheme == theme && ReferenceEquals(laidHyphenator, hyphenator))
                {
                    return layout;
                }
            }
            var made = new LaidOutDocument(document, theme, new LayoutPasses(document, theme, hyphenator));
            layouts.Add((theme, hyphenator, made));
            return made;
        }
    }

    /// <summary>Passes pages on and, before the end, checks that the pass placed headings where the numbers it printed say.</summary>
    private sealed class Checked(IPageSink sink, LayoutResult? printed) : IPageSink
    {
        public void Begin(DocumentMetadata metadata) => sink.Begin(metadata);

        public void Page(PageFrame frame) => sink.Page(frame);

        public void End(LayoutResult result)
        {
            if (printed is not null && !LayoutPasses.Same(result, printed))
            {
                throw new InvalidOperationException(
                    $"The drawing pass made {result.PageCount} pages but printed the numbers of a layout of {printed.PageCount} pages; page numbers must not change the layout.");
            }
            sink.End(result);
        }
    }
}
