using System.Runtime.CompilerServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// A document laid out once for every output: the frames of the final layout pass, where each heading landed (for
/// the outline, the contents and the DOCX contents' page numbers), the structure root and the page count. Writers
/// read it through <see cref="WriteTo"/>; it never changes.
/// </summary>
internal sealed class LaidOutDocument
{
    private static readonly ConditionalWeakTable<ReportDocument, List<(Theme Theme, IHyphenator Hyphenator, LaidOutDocument Layout)>> Laid = [];

    public LaidOutDocument(DocumentMetadata metadata, IReadOnlyList<PageFrame> pages, LayoutResult result)
    {
        if (pages.Count != result.PageCount)
        {
            throw new ArgumentException($"A layout of {result.PageCount} pages came with {pages.Count} frames.", nameof(pages));
        }
        Metadata = metadata;
        Pages = pages;
        Result = result;
    }

    /// <summary>The document's metadata.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The pages in order (page n is element n − 1).</summary>
    public IReadOnlyList<PageFrame> Pages { get; }

    /// <summary>The page count and the placed headings of the final pass.</summary>
    public LayoutResult Result { get; }

    /// <summary>How many pages.</summary>
    public int PageCount => Pages.Count;

    /// <summary>The headings in document order with their pages and positions.</summary>
    public IReadOnlyList<PlacedHeading> Headings => Result.Headings;

    /// <summary>The 1-based page of each heading by anchor.</summary>
    public IReadOnlyDictionary<string, int> HeadingPages => Result.HeadingPages;

    /// <summary>The column widths in points of every table, by table instance, as the pages show them.</summary>
    public IReadOnlyDictionary<Table, double[]> TableWidths => Result.TableWidths;

    /// <summary>The root (Document) of the structure tree the frames' marks refer to.</summary>
    public StructureNode Structure => Result.Structure;

    /// <summary>Hands every page to <paramref name="sink"/>: begin, the pages in order, end.</summary>
    /// <exception cref="OperationCanceledException">Cancelled between pages.</exception>
    public void WriteTo(IPageSink sink, CancellationToken cancellationToken)
    {
        sink.Begin(Metadata);
        foreach (var page in Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.Page(page);
        }
        sink.End(Result);
    }

    /// <summary>
    /// The layout of <paramref name="document"/> under <paramref name="theme"/>: made once and shared by every output
    /// of the same document instance (PDF, PNG, the DOCX contents' page numbers) for as long as the document is alive.
    /// A layout that fails or is cancelled is not kept.
    /// </summary>
    /// <exception cref="Diagnostics.ReportInputException">The document cannot be laid out (a character no font draws, a bad image, a missing footnote).</exception>
    public static LaidOutDocument Of(ReportDocument document, Theme theme, IHyphenator hyphenator, CancellationToken cancellationToken)
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
            var made = new LayoutPasses(document, theme, hyphenator).Lay(cancellationToken);
            layouts.Add((theme, hyphenator, made));
            return made;
        }
    }
}
