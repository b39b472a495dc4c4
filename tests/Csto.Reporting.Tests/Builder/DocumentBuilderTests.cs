using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Typography;
using NodaTime;

namespace Csto.Reporting.Tests.Builder;

public sealed class DocumentBuilderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_title_is_an_argument_error_naming_the_title(string title)
    {
        var act = () => DocumentBuilder.Create(title);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(nameof(title));
        ((Action)(() => DocumentBuilder.Create(null!))).Should().Throw<ArgumentNullException>().WithParameterName(nameof(title));
    }

    [Fact]
    public void Builds_metadata_and_blocks_in_call_order()
    {
        var document = DocumentBuilder.Create("Заявление Совета коллективной безопасности").Typography(TypographyOptions.None)
            .Author("Секретариат ОДКБ")
            .Subject("Проект")
            .Date(new LocalDate(2025, 11, 27))
            .Keywords("ОДКБ", "СКБ")
            .Theme("gost")
            .Section(s => s
                .Heading(1, "Общие положения")
                .Paragraph("Государства – члены ", p => p.Strong("подтверждают").Text(" приверженность."))
                .PageBreak())
            .Build();

        document.Metadata.Title.Should().Be("Заявление Совета коллективной безопасности");
        document.Metadata.Author.Should().Be("Секретариат ОДКБ");
        document.Metadata.Subject.Should().Be("Проект");
        document.Metadata.Date.Should().Be(new LocalDate(2025, 11, 27));
        document.Metadata.Keywords.Should().Equal("ОДКБ", "СКБ");
        document.ThemeName.Should().Be("gost");
        var blocks = document.Sections.Single().Blocks;
        blocks.Should().HaveCount(3);
        blocks[0].Should().BeOfType<Heading>().Which.Anchor.Should().Be("h-1");
        var paragraph = blocks[1].Should().BeOfType<Paragraph>().Subject;
        paragraph.Content.Should().HaveCount(3);
        paragraph.Content[1].Should().BeOfType<Strong>().Which.Content.Single().Should().Be(new TextRun("подтверждают"));
        blocks[2].Should().BeSameAs(PageBreak.Instance);
    }

    [Fact]
    public void Numbers_headings_by_level_and_skips_unnumbered_ones()
    {
        var document = DocumentBuilder.Create("Доклад").Typography(TypographyOptions.None).NumberHeadings()
            .Section(s => s
                .Heading(1, "Введение", numbered: false)
                .Heading(1, "Первая глава")
                .Heading(2, "Раздел")
                .Heading(3, "Подраздел")
                .Heading(4, "Пункт")
                .Heading(2, "Второй раздел", id: "second")
                .Heading(1, "Вторая глава", inTableOfContents: false)
                .Heading(2, "Раздел второй главы"))
            .Build();

        var headings = document.Headings().ToList();
        headings.Select(h => h.Number).Should().Equal(null, "1.", "1.1.", "1.1.1.", null, "1.2.", "2.", "2.1.");
        headings.Select(h => h.Anchor).Should().Equal("h-1", "h-2", "h-3", "h-4", "h-5", "second", "h-7", "h-8");
        headings[6].InTableOfContents.Should().BeFalse();
    }

    [Fact]
    public void Rejects_duplicate_and_malformed_heading_ids()
    {
        var duplicate = () => DocumentBuilder.Create("Доклад").Section(s => s.Heading(1, "А", id: "xx").Heading(1, "Б", id: "xx"));
        duplicate.Should().Throw<ArgumentException>().WithMessage("*'xx' is already used*");
        var malformed = () => DocumentBuilder.Create("Доклад").Section(s => s.Heading(1, "А", id: "глава"));
        malformed.Should().Throw<ArgumentException>().WithMessage("*ASCII letters*");
        var level = () => DocumentBuilder.Create("Доклад").Section(s => s.Heading(5, "А"));
        level.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Numbers_footnotes_by_first_reference_in_the_finished_tree()
    {
        // The caption is set after the rows but shown before them, so its footnote comes first.
        var document = DocumentBuilder.Create("Доклад").Typography(TypographyOptions.None)
            .Section(s => s
                .Table(t => t
                    .HeaderRow("Государство")
                    .Row(r => r.Cell(c => c.Paragraph("Армения", p => p.Footnote("src", "Источник: МИД."))))
                    .Caption(c => c.Text("Таблица 1").Footnote("Данные за 2025 год.")))
                .Paragraph("Повтор", p => p.Footnote("src", "ignored")))
            .Build();

        document.Footnotes.Select(f => DocumentWalker.PlainText(((Paragraph)f.Blocks[0]).Content))
            .Should().Equal("Данные за 2025 год.", "Источник: МИД.");
        var table = (Table)document.Sections[0].Blocks[0];
        table.Caption![1].Should().Be(new FootnoteReference(1));
        var cell = (Paragraph)table.Rows[1].Cells[0].Blocks[0];
        cell.Content[1].Should().Be(new FootnoteReference(2));
        var repeated = (Paragraph)document.Sections[0].Blocks[1];
        repeated.Content[1].Should().Be(new FootnoteReference(2));
    }

    [Fact]
    public void Builds_nested_lists_tables_and_signatures()
    {
        var document = DocumentBuilder.Create("Доклад").Typography(TypographyOptions.None)
            .Section(s => s
                .List(ordered: true, start: 3, items: l => l
                    .Item("Первый")
                    .Item("Второй", nested => nested.List(ordered: false, items: n => n.Item("Вложенный"))))
                .Table(t => t.Columns(3, 1, 1).HeaderRow("A", "B", "C").Row("1", "2", "3"))
                .SignatureBlock(b => b.Signatory("За Республику Армения", "Н. Пашинян").Signatory("Секретариат"))
                .PlaceAndDate("Бишкек", "27 ноября 2025 года")
                .TableOfContents(maxLevel: 2))
            .Build();

        var blocks = document.Sections[0].Blocks;
        var list = blocks[0].Should().BeOfType<ItemList>().Subject;
        list.Ordered.Should().BeTrue();
        list.Start.Should().Be(3);
        list.Items[1].Blocks[1].Should().BeOfType<ItemList>().Which.Ordered.Should().BeFalse();
        var table = blocks[1].Should().BeOfType<Table>().Subject;
        table.Columns.Select(c => c.RelativeWidth).Should().Equal(3, 1, 1);
        table.HeaderRowCount.Should().Be(1);
        table.Rows.Should().HaveCount(2);
        blocks[2].Should().BeOfType<SignatureBlock>().Which.Signatories.Should()
            .Equal(new Signatory("За Республику Армения", "Н. Пашинян"), new Signatory("Секретариат", ""));
        var placeAndDate = blocks[3].Should().BeOfType<Paragraph>().Subject;
        placeAndDate.Style.Should().Be(ParagraphStyle.PlaceAndDate);
        DocumentWalker.PlainText(placeAndDate.Content).Should().Be("Бишкек\t27 ноября 2025 года");
        blocks[4].Should().Be(new TableOfContents("Содержание", 2));
    }

    [Fact]
    public void Refuses_a_row_wider_than_the_declared_columns_and_a_second_build()
    {
        var wide = () => DocumentBuilder.Create("Доклад").Section(s => s.Table(t => t.Columns(1, 1).Row("a", "b", "c")));
        wide.Should().Throw<InvalidOperationException>().WithMessage("*3 columns*2 columns*");
        var builder = DocumentBuilder.Create("Доклад").Section(s => s.Paragraph("Текст"));
        builder.Build();
        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>();
        DocumentBuilder.Create("Доклад").Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*at least one section*");
    }
}
