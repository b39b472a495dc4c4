using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Tests.Markdown;
using Csto.Reporting.Typography;
using Xunit.Abstractions;
using Csto.Testing;

namespace Csto.Reporting.Tests.Typography;

public sealed class TypographerDocumentTests(ITestOutputHelper output)
{
    [Fact]
    public void Quotes_split_across_runs_pair_up_and_runs_keep_their_boundaries()
    {
        var inlines = Typographer.ApplyToInlines(
            [new TextRun("доклад \""), new Strong([new TextRun("Большое \"Евразийское\" Партнерство")]), new TextRun("\" - основа")],
            "ru-RU", TypographyOptions.All);

        inlines.Should().HaveCount(3);
        inlines[0].Should().Be(new TextRun("доклад «"));
        inlines[1].Should().BeOfType<Strong>().Which.Content.Single().Should().Be(new TextRun("Большое „Евразийское“ Партнерство"));
        inlines[2].Should().Be(new TextRun("»\u00A0— основа"));
    }

    [Fact]
    public void Footnote_references_and_line_breaks_stay_in_place()
    {
        var inlines = Typographer.ApplyToInlines(
            [new TextRun("\"Заявление\""), new FootnoteReference(1), new TextRun(" - принято"), LineBreak.Instance, new TextRun("в Минске")],
            "ru-RU", TypographyOptions.All);

        inlines.Should().HaveCount(5);
        inlines[0].Should().Be(new TextRun("«Заявление»"));
        inlines[1].Should().Be(new FootnoteReference(1));
        inlines[2].Should().Be(new TextRun("\u00A0— принято"));
        inlines[3].Should().BeSameAs(LineBreak.Instance);
        inlines[4].Should().Be(new TextRun("в\u00A0Минске"));
    }

    [Fact]
    public void Link_text_that_is_a_url_is_not_changed()
    {
        var inlines = Typographer.ApplyToInlines([new Link("https://a.org/x--y", [new TextRun("https://a.org/x--y...")])], "ru-RU", TypographyOptions.All);
        inlines.Single().Should().BeOfType<Link>().Which.Content.Single().Should().Be(new TextRun("https://a.org/x--y..."));
    }

    [Fact]
    public void The_whole_tree_is_processed_in_the_document_language()
    {
        var document = DocumentBuilder.Create("Доклад \"ОДКБ\"").Typography(TypographyOptions.None)
            .Section(s => s
                .TitlePage(t => t.Middle(m => m.Paragraph("\"Заголовок\"", ParagraphStyle.Title)))
                .Heading(1, "О \"безопасности\"")
                .Paragraph("Текст", p => p.Footnote("\"Сноска\" - пояснение"))
                .List(false, l => l.Item("в Минске"))
                .Table(t => t.HeaderRow("\"Шапка\"").Row("1302569").Caption("Таблица - итоги"))
                .Quote(q => q.Paragraph("в 2025 г."))
                .SignatureBlock(b => b.Signatory("За \"Секретариат\"", "А.Е.Снесарев")))
            .Build();

        var result = Typographer.Apply(document, TypographyOptions.All);

        result.Metadata.Title.Should().Be("Доклад «ОДКБ»");
        var blocks = result.Sections[0].Blocks;
        TextOf(((TitlePage)blocks[0]).Middle[0]).Should().Be("«Заголовок»");
        TextOf(blocks[1]).Should().Be("О\u00A0«безопасности»");
        TextOf(result.Footnotes[0].Blocks[0]).Should().Be("«Сноска»\u00A0— пояснение");
        TextOf(((ItemList)blocks[3]).Items[0].Blocks[0]).Should().Be("в\u00A0Минске");
        var table = (Table)blocks[4];
        TextOf(table.Rows[0].Cells[0].Blocks[0]).Should().Be("«Шапка»");
        TextOf(table.Rows[1].Cells[0].Blocks[0]).Should().Be("1\u202F302\u202F569");
        DocumentWalker.PlainText(table.Caption!).Should().Be("Таблица\u00A0— итоги");
        TextOf(((BlockQuote)blocks[5]).Blocks[0]).Should().Be("в\u00A02025\u00A0г.");
        ((SignatureBlock)blocks[6]).Signatories.Single().Should().Be(new Signatory("За\u00A0«Секретариат»", "А.\u00A0Е.\u00A0Снесарев"));

        var english = Typographer.Apply(document with { Metadata = document.Metadata with { Language = "en-US" } }, TypographyOptions.All);
        TextOf(english.Sections[0].Blocks[1]).Should().Be("О “безопасности”");
    }

    [Fact]
    public void Running_headers_are_typeset_too()
    {
        var document = DocumentBuilder.Create("Доклад").Section(s => s.Paragraph("Текст")).Build();
        document = document with { Sections = [document.Sections[0] with { RunningHeader = "Доклад о \"безопасности\" - 2025" }] };

        var result = Typographer.Apply(document, TypographyOptions.All);

        result.Sections[0].RunningHeader.Should().Be("Доклад о\u00A0«безопасности»\u00A0— 2025");
    }

    [Fact]
    public void Seed_news_items_are_typeset_and_the_pass_is_idempotent()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SeedNewsItems).Where(l => l.Length > 0).ToList();
        foreach (var line in lines)
        {
            var once = Typographer.ApplyToText(line, "ru-RU", TypographyOptions.All);
            Typographer.ApplyToText(once, "ru-RU", TypographyOptions.All).Should().Be(once, "typography is idempotent");
            Letters(once).Should().Be(Letters(line), "only quotes, dashes and spaces change in these sentences");
            output.WriteLine(once.Replace('\u00A0', '~'));
        }
        var first = Typographer.ApplyToText(lines[0], "ru-RU", TypographyOptions.All);
        first.Should().StartWith("3\u00A0декабря 2025\u00A0года состоялось 42-е заседание");
        first.Should().Contain("государств\u00A0– членов Организации");
        Typographer.ApplyToText(lines[1], "ru-RU", TypographyOptions.All).Should().Contain("государств\u00A0– членов ОДКБ")
            .And.Contain("«Прикладные аспекты");
    }

    [Fact]
    public void The_bench_report_is_idempotent_and_timed()
    {
        var document = MarkdownDocumentReader_Read();
        var cold = System.Diagnostics.Stopwatch.StartNew();
        Typographer.Apply(document, TypographyOptions.All);
        cold.Stop();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var once = Typographer.Apply(document, TypographyOptions.All);
        watch.Stop();
        var twice = Typographer.Apply(once, TypographyOptions.All);
        Texts(twice).Should().Equal(Texts(once));
        output.WriteLine($"typography of bench/report.md: {cold.Elapsed.TotalMilliseconds:F1} ms first call, {watch.Elapsed.TotalMilliseconds:F1} ms warm");
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    private static ReportDocument MarkdownDocumentReader_Read() =>
        Csto.Reporting.Markdown.MarkdownDocumentReader.ReadFile(File.ReadAllText(RepositoryPaths.BenchReport), "report.md");

    private static List<string> Texts(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf)
            .Select(b => b switch { Paragraph p => DocumentWalker.PlainText(p.Content), Heading h => DocumentWalker.PlainText(h.Content), _ => "" })
            .ToList();

    private static string TextOf(Block block) => block switch
    {
        Paragraph p => DocumentWalker.PlainText(p.Content),
        Heading h => DocumentWalker.PlainText(h.Content),
        _ => throw new ArgumentException(block.GetType().Name),
    };
}
