using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// One layout pass over a document: sections start new pages, blocks are measured into slices one block at a time
/// and handed to the paginator, which draws each page into a frame for the sink when it is full (or only counts pages
/// when there is no sink).
/// </summary>
internal static class DocumentLayout
{
    /// <summary>How many slices a block kept with what precedes it keeps with it (<see cref="BlockLayouts.KeepBefore"/>).</summary>
    private const int KeptBefore = 2;

    /// <summary>Lays the document out; <paramref name="previous"/> supplies heading pages and the page count to print.</summary>
    public static LayoutResult Run(ReportDocument document, Theme theme, TypesetOptions options, LayoutResult? previous, IPageSink? sink, CancellationToken cancellationToken, Action<int, IReadOnlyList<Slice>>? onPage = null, TypesetParagraphs? paragraphs = null)
    {
        var context = new LayoutContext(document, theme, options, previous?.HeadingPages, previous?.PageCount ?? 0, paragraphs);
        var paginator = new Paginator(context, sink) { OnPage = onPage, Cancellation = cancellationToken };
        sink?.Begin(document.Metadata);
        var slices = new List<Slice>();
        // The last slices of a section are handed to the paginator only when the next block is known: a block kept
        // with what precedes it (a place-and-date line, a signature block) marks them before they are placed.
        var held = new Queue<Slice>();
        foreach (var section in document.Sections)
        {
            var setup = section.PageSetup ?? theme.PageSetup;
            context.PageSetup = setup;
            paginator.Add(new SectionSlice(setup, section.RunningHeader));
            var scope = BodyScope(setup, theme);
            Slice? last = null;
            Slice? beforeLast = null;
            foreach (var block in section.Blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                slices.Clear();
                context.Layouts.Layout(block, scope, context, slices);
                if (slices.Count == 0)
                {
                    continue;
                }
                if (last is not null)
                {
                    slices[0].SpaceBefore = Math.Max(slices[0].SpaceBefore, last.SpaceAfter);
                    if (slices[0].KeepWithPrevious)
                    {
                        // The two slices before are still held back here, so the paginator sees their keep before it
                        // places them: a page break just before them moves them along with the kept block.
                        BlockLayouts.KeepBefore(last, beforeLast);
                    }
                }
                foreach (var slice in slices)
                {
                    held.Enqueue(slice);
                }
                while (held.Count > KeptBefore)
                {
                    paginator.Add(held.Dequeue());
                }
                beforeLast = slices.Count > 1 ? slices[^2] : last;
                last = slices[^1];
            }
            while (held.Count > 0)
            {
                paginator.Add(held.Dequeue());
            }
        }
        var result = paginator.Finish() with { TableWidths = context.TableWidths, TableOversizedRows = context.TableOversizedRows, TableOpenedRuns = context.TableOpenedRuns, ContentsHangingIndents = context.ContentsHangingIndents };
        sink?.End(result);
        return result;
    }

    /// <summary>The scope of a section's top-level blocks: the whole text width at the body size.</summary>
    public static LayoutScope BodyScope(PageSetup setup, Theme theme) => new(0, (float)setup.ContentWidth, (float)theme.BodyFontSize);

    /// <summary>
    /// Whether the drawing pass needs numbers only a previous pass can give: a table of contents, «page X of Y».
    /// </summary>
    public static bool NeedsPageNumbers(ReportDocument document, Theme theme) =>
        theme.PageNumbers.Format.Contains("{pages}", StringComparison.Ordinal)
        || document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).Any(b => b is TableOfContents);
}
