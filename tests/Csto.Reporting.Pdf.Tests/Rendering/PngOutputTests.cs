using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Drawing;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>How PNG pages reach the caller.</summary>
public sealed class PngOutputTests
{
    private static readonly RenderOptions Options = new() { Theme = BuiltInThemes.Gost, PngDpi = 24 };

    [Fact]
    public async Task A_document_with_a_contents_writes_each_page_once_in_order_and_the_same_pages_again()
    {
        var document = Samples.Long(chapters: 3, tableOfContents: true);
        var expected = await new PngReportRenderer().RenderPagesAsync(document, Options);
        var opened = new List<int>();
        var streams = new List<MemoryStream>();
        var count = PngReportRenderer.RenderPages(LaidOutDocument.Of(document, Options.Theme, LiangHyphenator.Default), Options.PngDpi, page =>
        {
            opened.Add(page);
            var stream = new MemoryStream();
            streams.Add(stream);
            return stream;
        }, CancellationToken.None);

        count.Should().Be(expected.Count).And.BeGreaterThan(2);
        opened.Should().Equal(Enumerable.Range(1, count), "a counting pass ran first, but only the drawing pass reaches the caller");
        streams.Select(s => s.ToArray()).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "a second drawing pass of the same layout gives the same pages");
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_single_pass_document_writes_pages_as_they_are_drawn()
    {
        var document = Samples.Long(chapters: 2);
        var opened = new List<int>();
        using var sink = new MemoryStream();
        var count = await new PngReportRenderer().RenderPagesAsync(document, Options, page =>
        {
            opened.Add(page);
            sink.SetLength(0);
            return sink;
        });
        opened.Should().Equal(Enumerable.Range(1, count));
        sink.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Pages_drawn_on_one_reused_raster_and_encoded_into_the_stream_are_byte_for_byte_pages_drawn_on_a_fresh_surface()
    {
        // Full pages of text and footnotes, then shorter ones: the reused raster must keep nothing of the page before,
        // and encoding through the stream must give the bytes of encoding a snapshot of the whole page.
        var document = Samples.Long(chapters: 2, footnotes: true);
        var shared = new List<MemoryStream>();
        var alone = new List<byte[]>();
        using (var painter = new SkiaFramePainter(annotations: false))
        using (var reused = new PngPageSink(Options.PngDpi, _ =>
        {
            var stream = new MemoryStream();
            shared.Add(stream);
            return stream;
        }, CancellationToken.None))
        {
            LaidOutDocument.Of(document, Options.Theme, LiangHyphenator.Default).WriteTo(new Both(reused, frame =>
            {
                var scale = Options.PngDpi / 72f;
                using var surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(frame.Width * scale), (int)Math.Ceiling(frame.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul));
                surface.Canvas.Clear(SKColors.White);
                surface.Canvas.Scale(scale);
                painter.Paint(frame, surface.Canvas);
                using var image = surface.Snapshot();
                using var data = image.Encode(SKEncodedImageFormat.Png, 100);
                alone.Add(data.ToArray());
            }), CancellationToken.None);
        }

        shared.Should().HaveCountGreaterThan(2);
        shared.Select(s => s.ToArray()).Should().BeEquivalentTo(alone, o => o.WithStrictOrdering());
        foreach (var stream in shared)
        {
            stream.Dispose();
        }
    }

    [Fact]
    public void After_a_pass_no_page_frame_or_structure_element_of_its_pages_is_kept_so_memory_does_not_grow_with_pages()
    {
        // Two passes (a contents): the layout keeps the counting pass's numbers and the drawing pass's result for as long
        // as the document lives. Neither may hold the pages: a structure tree linked downwards from its root held every
        // element of a 1 280-page render (and the paragraphs of its links and footnote references) until the end.
        var document = Samples.Long(chapters: 4, tableOfContents: true);
        var laidOut = LaidOutDocument.Of(document, Options.Theme, LiangHyphenator.Default);
        var (frames, nodes, result) = Watch(laidOut);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        frames.Should().HaveCountGreaterThan(5);
        nodes.Should().HaveCountGreaterThan(frames.Count * 5, "every page marks several elements");
        frames.Count(f => f.IsAlive).Should().Be(0, "the PNG sink paints a page and keeps nothing of it");
        nodes.Count(n => n.IsAlive).Should().Be(0, "the pass's result keeps only the root of its tree");
        result.PageCount.Should().Be(frames.Count);
        GC.KeepAlive(laidOut);
        GC.KeepAlive(document);
    }

    /// <summary>Renders the pages as PNG and returns weak references to every frame and every element its items mark (not the root).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (List<WeakReference> Frames, List<WeakReference> Nodes, LayoutResult Result) Watch(LaidOutDocument laidOut)
    {
        var frames = new List<WeakReference>();
        var nodes = new List<WeakReference>();
        var seen = new HashSet<int>();
        using var png = new PngPageSink(Options.PngDpi, _ => Stream.Null, CancellationToken.None);
        var result = laidOut.WriteTo(new Both(png, frame =>
        {
            frames.Add(new WeakReference(frame));
            foreach (var item in frame.AllItems())
            {
                for (var node = item.Mark.Node; node?.Parent is not null && seen.Add(node.Ordinal); node = node.Parent)
                {
                    nodes.Add(new WeakReference(node));
                }
            }
        }), CancellationToken.None);
        return (frames, nodes, result);
    }

    /// <summary>Hands each page to a sink and to a second painter of its own.</summary>
    private sealed class Both(IPageSink sink, Action<PageFrame> alone) : IPageSink
    {
        public void Begin(DocumentMetadata metadata) => sink.Begin(metadata);

        public void Page(PageFrame frame)
        {
            sink.Page(frame);
            alone(frame);
        }

        public void End(LayoutResult result) => sink.End(result);
    }
}
