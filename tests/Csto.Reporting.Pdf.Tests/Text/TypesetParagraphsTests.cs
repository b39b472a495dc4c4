using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Pdf.Writing;
using Csto.Reporting.Pdf.Writing.Metadata;

namespace Csto.Reporting.Pdf.Tests.Text;

/// <summary>
/// A drawing pass after a counting pass takes the paragraphs the counting pass set instead of setting them again: the
/// file is the same bytes as when every paragraph is set in each pass, and most paragraphs are taken.
/// </summary>
public sealed class TypesetParagraphsTests
{
    [Fact]
    public void The_drawing_pass_reuses_the_counting_pass_paragraphs_and_writes_the_same_bytes()
    {
        var document = Samples.Showcase();
        var options = Render.Options(document);
        var passes = new LayoutPasses(document, options.Theme, LiangHyphenator.Default);

        var setTwice = Write(passes, null);
        var store = new TypesetParagraphs();
        var reused = Write(passes, store);

        reused.Should().Equal(setTwice);
        var paragraphs = document.Sections.SelectMany(s => s.Blocks).OfType<Paragraph>().Count();
        store.Taken.Should().BeGreaterThanOrEqualTo(paragraphs, "every body paragraph is set once and drawn from the store");
    }

    [Fact]
    public void A_paragraph_whose_runs_differ_is_set_anew_not_taken()
    {
        var options = new TypesetOptions(true, true, null, "test");
        var format = new ParagraphFormat { Family = Csto.Reporting.Fonts.FontFamily.LiberationSerif, Size = 14 };
        var style = new TextStyle(Csto.Reporting.Pdf.Fonts.FontCatalog.Get(Csto.Reporting.Fonts.FontFamily.LiberationSerif, Csto.Reporting.Fonts.FontFace.Regular), 14, 0, new Csto.Reporting.Pdf.Frames.FrameColor(0, 0, 0), null, 0);
        var store = new TypesetParagraphs();
        var counted = store.Typeset([new StyledText("Оглавление 3", style)], format, 400, options);
        store.Replay();

        var other = store.Typeset([new StyledText("Оглавление 4", style)], format, 400, options);
        var same = store.Typeset([new StyledText("Оглавление 3", style)], format, 400, options);
        var again = store.Typeset([new StyledText("Оглавление 3", style)], format, 400, options);

        other.Should().NotBeSameAs(counted);
        same.Should().BeSameAs(counted);
        again.Should().NotBeSameAs(counted, "a taken paragraph leaves the store");
        store.Taken.Should().Be(1);
    }

    private static byte[] Write(LayoutPasses passes, TypesetParagraphs? store)
    {
        var numbers = passes.Count(CancellationToken.None, paragraphs: store);
        using var sink = new PdfFrameSink(PdfArchivalLevel.None, true, null);
        passes.Draw(numbers, sink, CancellationToken.None, store);
        return sink.Bytes;
    }
}
