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
