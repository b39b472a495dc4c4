using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>The running header stays in its place: clear of a top-centre page number, within the text width.</summary>
public sealed class RunningHeaderTests
{
    private const string LongHeader =
        "Информационно-аналитический обзор деятельности Организации Договора о коллективной безопасности " +
        "в области противодействия современным вызовам и угрозам безопасности государств — членов";

    private static ReportDocument Document(string header) =>
        new(new DocumentMetadata("Колонтитул") { Date = Samples.Date },
            [new Section([new Paragraph("Текст первой страницы."), new PageBreak(), new Paragraph("Текст второй страницы.")]) { RunningHeader = header }]);

    /// <summary>The letters of page 2 drawn in the top margin.</summary>
    private static List<Letter> TopMarginLetters(ReportDocument document, Theme theme)
    {
        var pdf = Render.Pdf(document, new RenderOptions { Theme = theme });
        using var parsed = PdfDocument.Open(pdf);
        var page = parsed.GetPage(2);
        var marginTop = page.Height - theme.PageSetup.Margins.Top;
        return page.Letters.Where(l => l.StartBaseLine.Y > marginTop && !string.IsNullOrWhiteSpace(l.Value)).ToList();
    }

    [Fact]
    public void A_long_header_ends_with_an_ellipsis_before_a_top_centre_page_number()
    {
        var theme = BuiltInThemes.Gost;
        theme.PageNumbers.Position.Should().Be(PageNumberPosition.TopCenter);
        var letters = TopMarginLetters(Document(LongHeader), theme);
        var number = letters.Where(l => char.IsAsciiDigit(l.Value[0])).ToList();
        var header = letters.Except(number).ToList();
        string.Concat(number.Select(l => l.Value)).Should().Be("2");
        header.Should().NotBeEmpty();
        string.Concat(header.Select(l => l.Value)).Should().StartWith("Информационно").And.EndWith("…");

        var numberRight = number.Max(l => l.BoundingBox.Right);
        var numberTop = number.Max(l => l.BoundingBox.Top);
        var numberBottom = number.Min(l => l.BoundingBox.Bottom);
        header.Should().OnlyContain(
            l => l.BoundingBox.Left > numberRight || l.BoundingBox.Bottom > numberTop || l.BoundingBox.Top < numberBottom,
            "no header glyph box intersects the page number's box");
        header.Min(l => l.BoundingBox.Left).Should().BeGreaterThan(numberRight);
        var rightMargin = theme.PageSetup.PageWidth - theme.PageSetup.Margins.Right;
        header.Max(l => l.BoundingBox.Right).Should().BeLessThanOrEqualTo(rightMargin + 0.5);
    }

    [Fact]
    public void A_header_that_fits_is_whole_and_ends_at_the_right_margin()
    {
        var theme = BuiltInThemes.Gost;
        var letters = TopMarginLetters(Document("Обзор ОДКБ"), theme);
        var header = letters.Where(l => !char.IsAsciiDigit(l.Value[0])).ToList();
        string.Concat(header.Select(l => l.Value)).Should().Be("ОбзорОДКБ");
        var rightMargin = theme.PageSetup.PageWidth - theme.PageSetup.Margins.Right;
        header.Max(l => l.BoundingBox.Right).Should().BeApproximately(rightMargin, 1.5);
    }

    [Fact]
    public void Without_a_top_page_number_a_long_header_is_cut_to_the_text_width()
    {
        var theme = BuiltInThemes.Modern;
        theme.PageNumbers.Position.Should().NotBe(PageNumberPosition.TopCenter);
        var header = TopMarginLetters(Document(LongHeader + " " + LongHeader), theme);
        string.Concat(header.Select(l => l.Value)).Should().EndWith("…");
        header.Min(l => l.BoundingBox.Left).Should().BeGreaterThanOrEqualTo(theme.PageSetup.Margins.Left - 0.5);
        header.Max(l => l.BoundingBox.Right).Should().BeLessThanOrEqualTo(theme.PageSetup.PageWidth - theme.PageSetup.Margins.Right + 0.5);
    }
}
