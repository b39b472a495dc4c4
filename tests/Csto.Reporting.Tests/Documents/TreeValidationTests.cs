using Csto.Reporting.Documents;

namespace Csto.Reporting.Tests.Documents;

public sealed class TreeValidationTests
{
    private static ReportDocument Document() =>
        new(new DocumentMetadata("Доклад"), [new Section([new Paragraph("Текст")])], [new Footnote(1, [new Paragraph("Сноска")])]);

    [Fact]
    public void With_cannot_empty_the_sections_or_misnumber_the_footnotes()
    {
        var document = Document();
        FluentActions.Invoking(() => document with { Sections = [] }).Should().Throw<ArgumentException>()
            .WithMessage("*at least one section*").Which.ParamName.Should().Be("Sections");
        FluentActions.Invoking(() => document with { Footnotes = [new Footnote(2, [])] }).Should().Throw<ArgumentException>()
            .WithMessage("*number 2; expected 1*").Which.ParamName.Should().Be("Footnotes");
        FluentActions.Invoking(() => document with { Metadata = null! }).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void With_cannot_bypass_the_checks_of_small_types()
    {
        FluentActions.Invoking(() => new Footnote(1, []) with { Number = 0 }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Number");
        FluentActions.Invoking(() => new FootnoteReference(1) with { Number = -1 }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Number");
        FluentActions.Invoking(() => new DocumentMetadata("Доклад") with { Title = " " }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Title");
        FluentActions.Invoking(() => new Link("https://odkb-csto.org", []) with { Target = "" }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Target");
        FluentActions.Invoking(() => new TableColumn(1) with { RelativeWidth = double.NaN }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("RelativeWidth");
        FluentActions.Invoking(() => new TableOfContents("Содержание") with { MaxLevel = 5 }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxLevel");
    }

    [Fact]
    public void The_constructors_still_check_their_arguments()
    {
        FluentActions.Invoking(() => new Footnote(0, [])).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Number");
        FluentActions.Invoking(() => new DocumentMetadata("")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Title");
        FluentActions.Invoking(() => new TableOfContents("Содержание", 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ReportDocument(new DocumentMetadata("Доклад"), [])).Should().Throw<ArgumentException>().WithMessage("*at least one section*");
    }

    [Fact]
    public void Lists_are_copied_so_later_changes_do_not_reach_the_tree()
    {
        var sections = new List<Section> { new([new Paragraph("Текст")]) };
        var footnotes = new List<Footnote> { new(1, [new Paragraph("Сноска")]) };
        var document = new ReportDocument(new DocumentMetadata("Доклад"), sections, footnotes);
        sections.Clear();
        footnotes.Add(new Footnote(7, []));
        document.Sections.Should().HaveCount(1);
        document.Footnotes.Should().HaveCount(1);

        var columns = new List<TableColumn> { new() };
        var cells = new List<TableCell> { new("a") };
        var rows = new List<TableRow> { new(cells) };
        var table = new Table(columns, rows);
        cells.Add(new TableCell("b"));
        rows.Add(new TableRow([new TableCell("c")]));
        columns.Clear();
        (table.Columns.Count, table.Rows.Count, table.Rows[0].Cells.Count).Should().Be((1, 1, 1));

        var blocks = new List<Block> { new Paragraph("Текст") };
        var section = new Section(blocks);
        blocks.Clear();
        section.Blocks.Should().HaveCount(1);
    }

    [Fact]
    public void Rebuilding_with_with_does_not_copy_a_list_again()
    {
        var document = Document();
        var rebuilt = document with { ThemeName = "modern" };
        rebuilt.Sections.Should().BeSameAs(document.Sections);
        (document with { Sections = document.Sections }).Sections.Should().BeSameAs(document.Sections);
    }
}
