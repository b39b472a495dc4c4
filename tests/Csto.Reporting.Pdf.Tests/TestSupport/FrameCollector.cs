using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf.Tests.TestSupport;

/// <summary>A page sink that keeps every frame of the committed drawing pass (for tests).</summary>
internal sealed class FrameCollector : IPageSink, IDisposable
{
    public List<PageFrame> Frames { get; } = [];

    public int Begun { get; private set; }

    public LayoutResult? Ended { get; private set; }

    public void Begin(DocumentMetadata metadata) => Begun++;

    public void Page(PageFrame frame) => Frames.Add(frame);

    public void End(LayoutResult result) => Ended = result;

    public void Dispose()
    {
    }

    /// <summary>The frames of the pass the renderers would commit.</summary>
    public static List<PageFrame> Collect(ReportDocument document, RenderOptions options)
    {
        List<PageFrame> frames = [];
        new LayoutPasses(document, options.Theme, LiangHyphenator.Default).Draw(
            _ => new FrameCollector(),
            (sink, _) => frames = sink.Frames,
            CancellationToken.None);
        return frames;
    }
}
