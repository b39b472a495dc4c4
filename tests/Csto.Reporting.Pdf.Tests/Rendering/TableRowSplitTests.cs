using Csto.Testing;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using UglyToad.PdfPig;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>The PDF honours <see cref="TableRow.CantSplit"/> as the DOCX does.</summary>
public sealed class TableRowSplitTests
{
    private const string Start = "Началоячейки";
    private const string End = "Конецячейки";

    private static readonly string LongCell =
        Start + " " + string.Join(" ", Enumerable.Range(0, 4).Select(i => Samples.SeedParagraphs[i])) + " " + End;

    private static ReportDocument Document(int fillers, bool cantSplit) =>
        new(new DocumentMetadata("Строки таблицы") { Date = Samples.Date },
        [
            new Section(
            [
                .. Enumerable.Range(0, fillers).Select(i => new Paragraph(Samples.SeedParagraphs[(4 + i) % Samples.SeedParagraphs.Count])),
                new Table(
                    [new TableColumn(1), new TableColumn(3)],
                    [
                        new TableRow([new TableCell("Раздел"), new TableCell("Содержание")]),
                        new TableRow([new TableCell("Первая"), new TableCell("строка")]),
                        new TableRow([new TableCell("Итоги"), new TableCell(LongCell)]) { CantSplit = cantSplit },
                        new TableRow([new TableCell("Предпоследняя"), new TableCell("строка")]),
                        new TableRow([new TableCell("Последняя"), new TableCell("строка")]),
                    ]) { HeaderRowCount = 1 },
            ]),
        ]);

    /// <summary>The 1-based page of each word (pdf words as PdfPig sees them).</summary>
    private static (int StartPage, int EndPage, int Pages, List<string> Words) Pages(ReportDocument document)
    {
        var pdf = new PdfReportRenderer().Render(document, RenderOptions.Default);
        using var parsed = PdfDocument.Open(pdf);
        int PageOf(string word) => parsed.GetPages().First(p => p.GetWords().Any(w => w.Text.Contains(word, StringComparison.Ordinal))).Number;
        return (PageOf(Start), PageOf(End), parsed.NumberOfPages, WordGuard.Words(PdfTools.Text(pdf)));
    }

    [ToolFact("pdftotext")]
    public void A_row_that_may_split_fills_the_rest_of_the_page_and_one_that_may_not_moves_whole()
    {
        // Find how much text before the table leaves too little room for the whole row on page 1.
        var fillers = Enumerable.Range(1, 12).First(n => Pages(Document(n, cantSplit: true)).StartPage == 2);
        var whole = Pages(Document(fillers, cantSplit: true));
        whole.EndPage.Should().Be(2, "a row that must not split moves whole to the next page");

        var split = Pages(Document(fillers, cantSplit: false));
        split.StartPage.Should().Be(1, "a row that may split starts in the room left on page 1");
        split.EndPage.Should().Be(2);
        split.Words.Count(w => w == "Раздел").Should().Be(2, "the header row is repeated above the row's continuation");
        split.Words.Count(w => w == Start).Should().Be(1);
        split.Words.Count(w => w == End).Should().Be(1);
        split.Words.Count(w => w == "ОДКБ").Should().Be(whole.Words.Count(w => w == "ОДКБ"), "no line is lost or repeated");
    }

    [ToolTheory("pdftotext")]
    [InlineData(true)]
    [InlineData(false)]
    public void A_row_taller_than_a_page_is_split_whatever_its_flag_and_loses_nothing(bool cantSplit)
    {
        var huge = string.Join(" ", Enumerable.Range(0, 14).Select(i => Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]));
        var document = new ReportDocument(new DocumentMetadata("Большая ячейка") { Date = Samples.Date },
        [
            new Section([new Table([new TableColumn(1), new TableColumn(3)], [new TableRow([new TableCell("Итоги"), new TableCell(huge)]) { CantSplit = cantSplit }])]),
        ]);
        var pdf = new PdfReportRenderer().Render(document, RenderOptions.Default);
        using var parsed = PdfDocument.Open(pdf);
        parsed.NumberOfPages.Should().BeGreaterThan(1);
        WordGuard.Words(PdfTools.Text(pdf)).Count(w => w == "ОДКБ").Should().Be(WordGuard.Words(huge).Count(w => w == "ОДКБ"));
        foreach (var page in parsed.GetPages())
        {
            page.GetWords().Should().OnlyContain(w => w.BoundingBox.Bottom >= Length.FromMillimetres(20) - 1, "no text runs into the bottom margin");
        }
    }
}
