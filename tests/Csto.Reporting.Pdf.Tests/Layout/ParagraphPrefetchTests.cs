using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Pdf.Writing;
using Csto.Reporting.Pdf.Writing.Metadata;

namespace Csto.Reporting.Pdf.Tests.Layout;

/// <summary>
/// Top-level paragraphs set ahead on a second thread (<see cref="ParagraphPrefetch"/>) are the ones the layout would
/// set: taken only for the same inlines, format and width, and a render with them is the same bytes as one without.
/// </summary>
public sealed class ParagraphPrefetchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_paragraph_set_ahead_is_the_one_the_layout_would_set_and_is_taken_once()
    {
        var document = Samples.Long(6);
        var theme = Render.Options(document).Theme;
        var passes = new LayoutPasses(document, theme, LiangHyphenator.Default);
        var context = new LayoutContext(document, theme, passes.Options, null, 0);
        var scope = DocumentLayout.BodyScope(theme.PageSetup, theme);
        var paragraphs = document.Sections.SelectMany(s => s.Blocks).OfType<Paragraph>().ToList();
        paragraphs.Count.Should().BeGreaterThan(ParagraphPrefetch.Lead + 10);

        using var prefetch = ParagraphPrefetch.Start(document, context, idleOnly: false);
        if (Environment.ProcessorCount < 2)
        {
            prefetch.Should().BeNull("one processor sets every paragraph on the layout's thread");
            return;
        }
        prefetch.Should().NotBeNull();
        prefetch!.WaitFor(ParagraphPrefetch.Lead, Patience).Should().BeTrue("the second thread sets the first paragraphs ahead of the layout");

        // The format or width the layout asks for decides: another width is set by the layout, not taken.
        var first = paragraphs[0];
        var format = ParagraphFormats.For(first.Style, scope, context).Format;
        prefetch.Take(first.Content, format, scope.Width - 10).Should().BeNull();
        prefetch.Take(first.Content, format with { Size = format.Size + 1 }, scope.Width).Should().BeNull();
        prefetch.Take([.. first.Content], format, scope.Width).Should().BeNull("a paragraph is known by its inline list, not by equal text");

        for (var i = 0; i < ParagraphPrefetch.Lead; i++)
        {
            var paragraph = paragraphs[i];
            var paragraphFormat = ParagraphFormats.For(paragraph.Style, scope, context).Format;
            var expected = ParagraphTypesetter.Typeset(InlineFlattener.Flatten(paragraph.Content, paragraphFormat, context), paragraphFormat, scope.Width, passes.Options);
            var taken = prefetch.Take(paragraph.Content, paragraphFormat, scope.Width);
            taken.Should().NotBeNull("paragraph {0} was set ahead", i);
            taken!.Items.Should().Equal(expected.Items);
            taken.Lines.Should().Equal(expected.Lines);
            taken.Pieces.Select(p => (p.Style, Glyphs: string.Join(',', p.Text.Runs.SelectMany(r => r.Glyphs))))
                .Should().Equal(expected.Pieces.Select(p => (p.Style, Glyphs: string.Join(',', p.Text.Runs.SelectMany(r => r.Glyphs)))));
            (taken.Width, taken.LineHeight, taken.Baseline).Should().Be((expected.Width, expected.LineHeight, expected.Baseline));
            prefetch.Take(paragraph.Content, paragraphFormat, scope.Width).Should().BeNull("a taken paragraph is not kept");
        }
        prefetch.Taken.Should().Be(ParagraphPrefetch.Lead);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_render_with_paragraphs_set_ahead_writes_the_same_bytes(bool tableOfContents)
    {
        // With a contents page the counting pass sets the paragraphs (ahead) and the drawing pass replays them.
        var document = Samples.Long(4, footnotes: true, tableOfContents: tableOfContents);
        var theme = Render.Options(document).Theme;

        var alone = Write(new LayoutPasses(document, theme, LiangHyphenator.Default) { Prefetch = false }, tableOfContents);
        var ahead = Write(new LayoutPasses(document, theme, LiangHyphenator.Default), tableOfContents);

        ahead.Should().Equal(alone);
    }

    [Fact]
    public void A_character_no_font_draws_in_a_paragraph_set_ahead_is_reported_as_without_it()
    {
        var blocks = Enumerable.Repeat(Samples.SeedParagraphs, 5).SelectMany(p => p)
            .Select((text, i) => (Block)new Paragraph(i == 40 ? text + " 中" : text)).ToList();
        blocks.Count.Should().BeGreaterThan(ParagraphPrefetch.MinParagraphs + 10);
        var document = new ReportDocument(new DocumentMetadata("Новости ОДКБ"), [new Section(blocks)]);
        var theme = Render.Options(document).Theme;

        var alone = () => Write(new LayoutPasses(document, theme, LiangHyphenator.Default) { Prefetch = false }, false);
        var ahead = () => Write(new LayoutPasses(document, theme, LiangHyphenator.Default), false);

        var expected = alone.Should().Throw<ReportInputException>().Which.Problems;
        expected.Should().ContainSingle().Which.Message.Should().Contain("U+4E2D");
        ahead.Should().Throw<ReportInputException>().Which.Problems.Should().Equal(expected);
    }

    private static byte[] Write(LayoutPasses passes, bool counted)
    {
        var store = counted ? new TypesetParagraphs() : null;
        var numbers = counted ? passes.Count(CancellationToken.None, paragraphs: store) : null;
        using var sink = new PdfFrameSink(PdfArchivalLevel.None, true, null);
        passes.Draw(numbers, sink, CancellationToken.None, store);
        return sink.Bytes;
    }
}
