using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Pdf.Writing;
using Csto.Reporting.Pdf.Writing.Metadata;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Tests.Text;

/// <summary>
/// Body paragraphs set ahead on a second thread are taken by the layout only when they are what it would set: the file
/// is the same bytes with and without them, whatever the timing, and when they are all set before the layout starts,
/// the layout takes every body paragraph instead of setting it again.
/// </summary>
public sealed class ParagraphsAheadTests
{
    [Fact]
    public void A_layout_takes_every_body_paragraph_set_before_it_and_writes_the_same_bytes()
    {
        var document = Samples.Long(chapters: 6);
        var theme = Render.Options(document).Theme;
        var passes = new LayoutPasses(document, theme, LiangHyphenator.Default) { SetsAhead = false };
        var setByLayout = Write(passes, document, theme, null);

        using var ahead = new ParagraphsAhead(document, theme, passes.Options);
        ahead.SetAll(CancellationToken.None);
        var takenFromAhead = Write(passes, document, theme, ahead);

        takenFromAhead.Should().Equal(setByLayout);
        var bodyParagraphs = document.Sections.SelectMany(s => s.Blocks).OfType<Paragraph>().ToList();
        bodyParagraphs.Should().HaveCountGreaterThan(50);
        var distinct = bodyParagraphs.Select(p => DocumentWalker.PlainText(p.Content)).Distinct().Count();
        ahead.Taken.Should().BeGreaterThanOrEqualTo(distinct, "every body paragraph is set ahead (a repeated text once)");
    }

    [Fact]
    public void Paragraphs_set_ahead_on_a_second_thread_change_no_byte_of_the_file()
    {
        var document = Samples.Long(chapters: 12, tableOfContents: true);
        var theme = Render.Options(document).Theme;
        var alone = new LayoutPasses(document, theme, LiangHyphenator.Default) { SetsAhead = false };
        var withAhead = new LayoutPasses(document, theme, LiangHyphenator.Default) { SetsAhead = true };

        var expected = WriteBothPasses(alone);
        for (var run = 0; run < 3; run++)
        {
            WriteBothPasses(withAhead).Should().Equal(expected);
        }
        alone.TakenAhead.Should().Be(0);
    }

    private static byte[] Write(LayoutPasses passes, ReportDocument document, Theme theme, ParagraphsAhead? ahead)
    {
        using var sink = new PdfFrameSink(PdfArchivalLevel.None, true, null);
        using var images = new ImageCache();
        DocumentLayout.Run(document, theme, passes.Options, images, null, sink, CancellationToken.None, ahead: ahead);
        return sink.Bytes;
    }

    private static byte[] WriteBothPasses(LayoutPasses passes)
    {
        var store = new TypesetParagraphs();
        var numbers = passes.Count(CancellationToken.None, paragraphs: store);
        using var sink = new PdfFrameSink(PdfArchivalLevel.None, true, null);
        passes.Draw(numbers, sink, CancellationToken.None, store);
        return sink.Bytes;
    }
}
