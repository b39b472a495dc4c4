using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;

namespace Csto.Reporting.Tests.Markdown;

public sealed class MarkdownReaderBlockTests
{
    internal static IReadOnlyList<Block> Blocks(string markdown, bool numbered = false) =>
        Read(markdown, numbered).Sections.Single().Blocks;

    internal static ReportDocument Read(string markdown, bool numbered = false) =>
        MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions
        {
            SourceName = "test.md",
            Metadata = new DocumentMetadata("Доклад"),
            NumberHeadings = numbered,
        });

    internal static string TextOf(Block block) => block switch
    {
        Paragraph p => DocumentWalker.PlainText(p.Content),
        Heading h => DocumentWalker.PlainText(h.Content),
        _ => throw new ArgumentException(block.GetType().Name),
    };

    [Fact]
    public void Headings_get_levels_anchors_numbers_and_attributes()
    {
        var blocks = Blocks("""
            # Введение {.unnumbered}

            # Глава {#chapter}

            ## Раздел

            ### Подраздел {.notoc}

            ##### Пятый уровень

            ## Второй раздел
            """, numbered: true);

        var headings = blocks.Cast<Heading>().ToList();
        headings.Select(h => h.Level).Should().Equal(1, 1, 2, 3, 4, 2);
        headings.Select(h => h.Anchor).Should().Equal("h-1", "chapter", "h-3", "h-4", "h-5", "h-6");
        headings.Select(h => h.Number).Should().Equal(null, "1.", "1.1.", "1.1.1.", null, "1.2.");
        headings.Select(h => h.InTableOfContents).Should().Equal(true, true, true, false, true, true);
        headings.Select(TextOf).Should().Equal("Введение", "Глава", "Раздел", "Подраздел", "Пятый уровень", "Второй раздел");
    }

    [Fact]
    public void Headings_are_unnumbered_unless_asked()
    {
        Blocks("# Глава").Cast<Heading>().Single().Number.Should().BeNull();
    }

    [Fact]
    public void Paragraph_classes_select_styles()
    {
        var blocks = Blocks("""
            Вводный абзац. {.lead}

            По центру {.center}

            Справа {.right}

            Заголовок {.title}

            Подзаголовок {.subtitle}

            Без отступа {.plain}

            Обычный абзац.
            """);

        blocks.Cast<Paragraph>().Select(p => p.Style).Should().Equal(
            ParagraphStyle.Lead, ParagraphStyle.Centered, ParagraphStyle.RightAligned, ParagraphStyle.Title,
            ParagraphStyle.Subtitle, ParagraphStyle.Plain, ParagraphStyle.Body);
        blocks.Select(TextOf).Should().Equal("Вводный абзац.", "По центру", "Справа", "Заголовок", "Подзаголовок", "Без отступа", "Обычный абзац.");
    }

    [Fact]
    public void Inlines_map_to_strong_emphasis_links_breaks_and_code()
    {
        var paragraph = (Paragraph)Blocks("Совет **одобрил** *проект* [сайт](https://odkb-csto.org) и <https://un.org>, `код`  \nновая строка\\\nещё [глава](#chapter).\n\n# Глава {#chapter}").OfType<Paragraph>().Single();

        var content = paragraph.Content;
        content[0].Should().Be(new TextRun("Совет "));
        content[1].Should().BeOfType<Strong>().Which.Content.Single().Should().Be(new TextRun("одобрил"));
        content[3].Should().BeOfType<Emphasis>().Which.Content.Single().Should().Be(new TextRun("проект"));
        content[5].Should().BeOfType<Link>().Which.Target.Should().Be("https://odkb-csto.org");
        content[7].Should().BeOfType<Link>().Which.Content.Single().Should().Be(new TextRun("https://un.org"));
        content[8].Should().Be(new TextRun(", код"));
        content[9].Should().BeSameAs(LineBreak.Instance);
        content[10].Should().Be(new TextRun("новая строка"));
        content[11].Should().BeSameAs(LineBreak.Instance);
        content[13].Should().BeOfType<Link>().Which.IsInternal.Should().BeTrue();
    }

    [Fact]
    public void Soft_line_breaks_become_spaces()
    {
        TextOf(Blocks("Первая строка\nвторая строка").Single()).Should().Be("Первая строка вторая строка");
    }

    [Fact]
    public void Lists_nest_and_keep_their_start_number()
    {
        var blocks = Blocks("""
            3. Третий
            4. Четвёртый
               - вложенный
               - ещё

            - маркер
            """);

        var ordered = blocks[0].Should().BeOfType<ItemList>().Subject;
        ordered.Ordered.Should().BeTrue();
        ordered.Start.Should().Be(3);
        ordered.Items.Should().HaveCount(2);
        TextOf(ordered.Items[0].Blocks[0]).Should().Be("Третий");
        var nested = ordered.Items[1].Blocks[1].Should().BeOfType<ItemList>().Subject;
        nested.Ordered.Should().BeFalse();
        nested.Items.Select(i => TextOf(i.Blocks[0])).Should().Equal("вложенный", "ещё");
        blocks[1].Should().BeOfType<ItemList>().Which.Ordered.Should().BeFalse();
    }

    [Theory]
    [InlineData("| A | B |\n|---|---|\n| 1 | 2 |\n\n: Таблица 1. Сводные *показатели*")]
    [InlineData("Table: Таблица 1. Сводные *показатели*\n\n| A | B |\n|---|---|\n| 1 | 2 |")]
    public void Pandoc_caption_lines_become_the_table_caption(string markdown)
    {
        var blocks = Blocks(markdown);

        var table = blocks.Single().Should().BeOfType<Table>().Subject;
        DocumentWalker.PlainText(table.Caption!).Should().Be("Таблица 1. Сводные показатели");
        table.Caption!.OfType<Emphasis>().Should().ContainSingle("inline markup in the caption is kept");
    }

    [Fact]
    public void A_colon_paragraph_away_from_tables_stays_a_paragraph()
    {
        var blocks = Blocks("Текст.\n\n: не подпись");

        blocks.Should().HaveCount(2).And.AllBeOfType<Paragraph>();
    }

    [Fact]
    public void Pipe_tables_get_header_alignment_widths_and_caption()
    {
        var blocks = Blocks("""
            Таблица 1 — Учения {.caption}

            | Государство | 2024 | 2025 |
            |:------------|:----:|----:|
            | Армения     | 1    | 2    |
            | Беларусь    | 3    | 4    |
            """);

        var table = blocks.Single().Should().BeOfType<Table>().Subject;
        DocumentWalker.PlainText(table.Caption!).Should().Be("Таблица 1 — Учения");
        table.HeaderRowCount.Should().Be(1);
        table.Rows.Should().HaveCount(3);
        table.Columns.Select(c => c.Alignment).Should().Equal(CellAlignment.Left, CellAlignment.Center, CellAlignment.Right);
        var widths = table.Columns.Select(c => c.RelativeWidth!.Value).ToList();
        widths[0].Should().BeGreaterThan(widths[1] * 2);
        widths[1].Should().BeApproximately(widths[2], 0.01);
        var cell = table.Rows[2].Cells[0].Blocks.Single().Should().BeOfType<Paragraph>().Subject;
        cell.Style.Should().Be(ParagraphStyle.Plain);
        TextOf(cell).Should().Be("Беларусь");
    }

    [Fact]
    public void Equal_separators_without_marks_leave_widths_and_alignments_to_the_content()
    {
        var table = (Table)Blocks("| a | b |\n|---|---|\n| 1 | 2 |").Single();
        table.Columns.Should().Equal(new TableColumn(), new TableColumn());
        TableAlignments.Resolve(table).Should().Equal(CellAlignment.Right, CellAlignment.Right);
    }

    [Fact]
    public void Block_quotes_hold_blocks()
    {
        var quote = Blocks("> Цитата\n>\n> Второй абзац").Single().Should().BeOfType<BlockQuote>().Subject;
        quote.Blocks.Select(TextOf).Should().Equal("Цитата", "Второй абзац");
    }

    [Fact]
    public void Footnotes_are_numbered_by_first_reference()
    {
        var document = Read("""
            Текст[^b] и ещё[^a], снова[^b].

            [^a]: Первая по определению.
            [^b]: Вторая по определению.
            """);

        var paragraph = (Paragraph)document.Sections[0].Blocks.Single();
        paragraph.Content.OfType<FootnoteReference>().Select(r => r.Number).Should().Equal(1, 2, 1);
        document.Footnotes.Select(f => f.Number).Should().Equal(1, 2);
        document.Footnotes.Select(f => TextOf(f.Blocks.Single())).Should().Equal("Вторая по определению.", "Первая по определению.");
        document.Footnotes[0].Blocks.Single().Should().BeOfType<Paragraph>().Which.Style.Should().Be(ParagraphStyle.Plain);
    }

    [Fact]
    public void Code_blocks_become_plain_lines()
    {
        var paragraph = (Paragraph)Blocks("```\nстрока 1\nстрока 2\n```").Single();
        paragraph.Style.Should().Be(ParagraphStyle.Plain);
        paragraph.Content.Should().HaveCount(3);
        paragraph.Content[1].Should().BeSameAs(LineBreak.Instance);
    }
}
