using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Tests.Rendering;

/// <summary>
/// A table with more columns than its page can give one character and the cell padding each is refused before any
/// format is written, at the table's line, the same for the PDF (and its PNG pages) and the DOCX.
/// </summary>
public sealed class TableWidthCheckTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    /// <summary>A Markdown file whose table, on line 7, has <paramref name="columns"/> columns.</summary>
    private static ReportDocument WithTable(int columns) => Generator.BuildMarkdownDocument(
        "---\ntitle: Таблица\n---\n\nТекст.\n\n"
        + "|" + string.Concat(Enumerable.Range(1, columns).Select(c => $" {c} |")) + "\n"
        + "|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n"
        + "|" + string.Concat(Enumerable.Repeat(" а |", columns)) + "\n", "wide.md");

    [Theory]
    [InlineData("gost", 37)]    // 170 mm = 481.9 pt of text width / (6 + 2 × 3 + 1 pt)
    [InlineData("modern", 38)]  // 165 mm = 467.7 pt / (5.25 + 2 × 3 + 1 pt)
    public void The_most_columns_that_fit_pass_and_one_more_is_an_error_at_the_table_in_every_format(string themeName, int fit)
    {
        var theme = themeName == "gost" ? BuiltInThemes.Gost : BuiltInThemes.Modern;
        var options = new RenderOptions { Theme = theme };
        fit.Should().Be((int)(theme.PageSetup.ContentWidth / (theme.TableFontSize / 2 + 7)));

        var fitting = WithTable(fit);
        var tooWide = WithTable(fit + 1);

        foreach (var format in new[] { ReportFormat.Pdf, ReportFormat.Png, ReportFormat.Docx })
        {
            RenderCheck.Problems(fitting, options, format).Should().BeEmpty();
            var problem = RenderCheck.Problems(tooWide, options, format).Should().ContainSingle().Subject;
            problem.ToString().Should().StartWith($"wide.md:7:1: This table has {fit + 1} columns; at most {fit} fit the text width");
        }
    }

    [Fact]
    public void A_thousand_columns_name_the_count_and_what_fits_and_a_built_table_is_counted_in_the_document()
    {
        var problem = RenderCheck.Problems(WithTable(1000), RenderOptions.Default, ReportFormat.Docx).Should().ContainSingle().Subject;
        problem.Message.Should().Be("This table has 1000 columns; at most 37 fit the text width (481.9 pt) with one character and the cell padding in each (13 pt). Split it into tables of fewer columns, or turn it so that its columns become rows.");

        var cells = Enumerable.Range(0, 40).Select(_ => new TableCell("а")).ToList();
        var built = new ReportDocument(new DocumentMetadata("Таблицы"), [new Section([
            new Table([new TableColumn(), new TableColumn()], [new TableRow([new TableCell("а"), new TableCell("б")])]),
            new BlockQuote([new Table(cells.Select(_ => new TableColumn()).ToList(), [new TableRow(cells)])]),
        ])]);
        var inCode = RenderCheck.Problems(built, RenderOptions.Default, ReportFormat.Pdf).Should().ContainSingle().Subject;
        (inCode.Line, inCode.Column).Should().Be((null, null));
        inCode.ToString().Should().Contain("Table 2 of the document has 40 columns; at most 37 fit");
    }
}
