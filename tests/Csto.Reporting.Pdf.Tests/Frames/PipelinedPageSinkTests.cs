using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Writing;
using Csto.Reporting.Pdf.Writing.Metadata;

namespace Csto.Reporting.Pdf.Tests.Frames;

/// <summary>
/// The renderer hands pages to the PDF writer on a second thread: the writer gets every page in order, the file is
/// the same bytes as one written on the layout's thread, a writer's failure comes back with its own type, and a
/// document abandoned half-way stops the writer thread.
/// </summary>
public sealed class PipelinedPageSinkTests
{
    private static readonly ReportDocument Showcase = Samples.Showcase();

    [Fact]
    public void The_pipelined_pdf_is_the_same_bytes_as_one_written_on_the_layouts_thread()
    {
        var options = Render.Options(Showcase);
        using var direct = new PdfFrameSink(PdfArchivalLevel.None, options.Tagged, null);
        LaidOutDocument.Of(Showcase, options.Theme, LiangHyphenator.Default).WriteTo(direct, CancellationToken.None);

        var pipelined = Render.Pdf(Showcase, options);

        pipelined.Length.Should().BeGreaterThan(10_000);
        pipelined.Should().Equal(direct.Bytes);
    }

    [Fact]
    public void The_inner_sink_gets_begin_every_page_in_order_and_end_once()
    {
        var inner = new RecordingSink();
        using (var pipeline = new PipelinedPageSink(inner))
        {
            pipeline.Begin(new DocumentMetadata("t"));
            for (var i = 1; i <= 40; i++)
            {
                pipeline.Page(new PageFrame(i, 100, 100, []));
            }
            pipeline.End(Result(40));
        }

        inner.Calls.Should().Equal(["begin", .. Enumerable.Range(1, 40).Select(i => $"page {i}"), "end 40"]);
        inner.PageThreads.Should().OnlyContain(id => id != Environment.CurrentManagedThreadId, "pages are written on the writer's thread");
    }

    [Fact]
    public void A_failure_of_the_writer_is_rethrown_with_its_type_and_nothing_after_it_is_written()
    {
        var inner = new RecordingSink { FailAt = 3 };
        var act = () =>
        {
            using var pipeline = new PipelinedPageSink(inner);
            pipeline.Begin(new DocumentMetadata("t"));
            for (var i = 1; i <= 50; i++)
            {
                pipeline.Page(new PageFrame(i, 100, 100, []));
            }
            pipeline.End(Result(50));
        };

        act.Should().Throw<InvalidDataException>().WithMessage("page 3 cannot be written");
        inner.Calls.Should().Equal("begin", "page 1", "page 2");
    }

    [Fact]
    public void A_document_abandoned_by_the_layout_stops_the_writer_thread()
    {
        var inner = new RecordingSink();
        var pipeline = new PipelinedPageSink(inner);
        pipeline.Begin(new DocumentMetadata("t"));
        pipeline.Page(new PageFrame(1, 100, 100, []));

        pipeline.Dispose();

        inner.Calls.Should().NotContain(c => c.StartsWith("end", StringComparison.Ordinal));
        inner.Calls.Count.Should().BeLessThanOrEqualTo(2);
        // Dispose waited for the writer: no call can arrive after it.
        var before = inner.Calls.Count;
        Thread.Sleep(50);
        inner.Calls.Count.Should().Be(before, "the writer thread has stopped");
    }

    private static LayoutResult Result(int pages) => new(pages, [], new StructureNode(StructureRole.Document, null));

    private sealed class RecordingSink : IPageSink
    {
        private readonly List<string> calls = [];

        public int? FailAt { get; init; }

        public List<int> PageThreads { get; } = [];

        public IReadOnlyList<string> Calls
        {
            get
            {
                lock (calls)
                {
                    return [.. calls];
                }
            }
        }

        public void Begin(DocumentMetadata metadata) => Record("begin");

        public void Page(PageFrame frame)
        {
            if (frame.Number == FailAt)
            {
                throw new InvalidDataException($"page {frame.Number} cannot be written");
            }
            PageThreads.Add(Environment.CurrentManagedThreadId);
            Record($"page {frame.Number}");
        }

        public void End(LayoutResult result) => Record($"end {result.PageCount}");

        private void Record(string call)
        {
            lock (calls)
            {
                calls.Add(call);
            }
        }
    }
}
