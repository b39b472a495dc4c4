using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

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
}
