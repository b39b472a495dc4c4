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

    /// <summary>The frames every writer draws.</summary>
    public static IReadOnlyList<PageFrame> Collect(ReportDocument document, RenderOptions options)
    {
        using var collector = new FrameCollector();
        LaidOutDocument.Of(document, options.Theme, LiangHyphenator.Default).WriteTo(collector, CancellationToken.None);
        collector.Begun.Should().Be(1);
        collector.Ended!.PageCount.Should().Be(collector.Frames.Count);
        return collector.Frames;
    }
}
