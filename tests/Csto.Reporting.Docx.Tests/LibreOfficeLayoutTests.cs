using System.Globalization;
using System.Xml.Linq;
using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// Table columns sized to their words and the contents' indents, as LibreOffice sets the DOCX with the bundled fonts,
/// compared with the PDF's own positions (PdfPig; points from the page's bottom left).
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class LibreOfficeLayoutTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Theme ThemeNamed(string name) => name == "gost" ? BuiltInThemes.Gost : BuiltInThemes.Modern;

    private static async Task<(byte[] Pdf, byte[] Docx)> RenderBothAsync(ReportDocument document, Theme theme)
    {
        var options = new RenderOptions { Theme = theme };
        var layout = new PdfLayoutLocator();
        using var pdf = new MemoryStream();
        await new PdfReportRenderer().RenderAsync(document, options, pdf);
        using var docx = new MemoryStream();
        await new DocxReportRenderer(layout, layout).RenderAsync(document, options, docx);
        return (pdf.ToArray(), docx.ToArray());
    }

    private static List<List<Word>> PageWords(byte[] pdf)
    {
        using var parsed = PdfDocument.Open(pdf);
        return parsed.GetPages().Select(p => p.GetWords().ToList()).ToList();
    }

    /// <summary>Events with their sources: columns of short words sized exactly to them beside URLs that must break.</summary>
    private static ReportDocument SourceDocument(out Table table)
    {
        table = new Table(Enumerable.Range(0, 5).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow(new[] { "№", "Год", "Срок", "Город", "Источник" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "1", "2025", "март", "Душанбе", "https://odkb-csto.org/documents/detail.php?ELEMENT_ID=123456&sphrase_id=987654321" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "2", "2024", "июнь", "Бишкек", "https://www.un.org/securitycouncil/content/repertoire/structure_of_the_organisation_and_its_subsidiary_bodies" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "3", "2023", "декабрь", "Минск", "Заседание Совета министров обороны в рамках учений CSTO_RAPID_REACTION_FORCES_EXERCISE_2023" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "4", "2022", "сентябрь", "Ереван", "Заседание Комитета секретарей советов безопасности государств — членов Организации" }.Select(t => new TableCell(t)).ToArray()),
        ]) { HeaderRowCount = 1 };
        return new ReportDocument(new DocumentMetadata("Источники") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
    }

    [ToolTheory("soffice")]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task Words_that_fit_their_columns_in_the_pdf_fit_them_in_libreoffice(string themeName)
    {
        var theme = ThemeNamed(themeName);
        var document = SourceDocument(out var table);
        var (pdf, docx) = await RenderBothAsync(document, theme);
        var widths = new PdfLayoutLocator().ColumnWidths(document, table, theme.PageSetup.ContentWidth, new RenderOptions { Theme = theme });
        var grid = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "gridCol")
            .Select(g => int.Parse(g.Attribute(W + "w")!.Value, CultureInfo.InvariantCulture)).ToList();
        for (var c = 0; c < widths.Count; c++)
        {
            grid[c].Should().BeCloseTo(Length.ToTwips(widths[c]), 1, "the DOCX grid is the PDF's columns");
        }

        var converted = await LibreOffice.ConvertToPdfAsync(docx, "sources-" + themeName);
        var short_ = new[] { "№", "Год", "Срок", "Город", "Источник", "2025", "2024", "2023", "2022", "март", "июнь", "декабрь", "сентябрь", "Душанбе", "Бишкек", "Минск", "Ереван" };
        foreach (var (name, words) in new[] { ("PDF", PageWords(pdf).SelectMany(p => p).ToList()), ("LibreOffice", PageWords(converted).SelectMany(p => p).ToList()) })
        {
            foreach (var word in short_)
            {
                words.Count(w => w.Text == word).Should().Be(1, $"{name} sets «{word}» whole in its column");
            }
        }
    }

    /// <summary>
    /// Short columns beside a hex hash and a very long word (which give way), and a table whose words are wider
    /// together than the page (the widest columns are cut, the narrow ones keep their words and slack).
    /// </summary>
    private static (ReportDocument Document, string[] Short) GivingWay(string kind)
    {
        const string hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8550e3b0c44";
        string[][] rows = kind == "hash"
            ?
            [
                ["№", "Срок", "Год", "Город", "Хеш документа"],
                ["1", "март", "2023", "Душанбе", hash],
                ["2", "июнь", "2024", "Бишкек", "дезоксирибонуклеопротеидтетрагидропиридопиридиновый"],
            ]
            :
            [
                ["№", "Город", "Год", "Миротворческие", "Военнослужащими", "Благоустройство", "Представителями", "Сотрудничество", "Государственный", "Разведывательные"],
                ["1", "Душанбе", "2025", "миротворческие", "военнослужащими", "благоустройство", "представителями", "сотрудничество", "государственный", "разведывательные"],
            ];
        var table = new Table(rows[0].Select(_ => new TableColumn()).ToArray(), rows.Select(r => new TableRow(r.Select(t => new TableCell(t)).ToArray())).ToArray()) { HeaderRowCount = 1 };
        var document = new ReportDocument(new DocumentMetadata("Ширины") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
        return (document, kind == "hash" ? ["№", "Срок", "Год", "Город", "март", "июнь", "2023", "2024", "Душанбе", "Бишкек"] : ["№", "Город", "Год", "Душанбе", "2025"]);
    }

    [ToolTheory("soffice")]
    [InlineData("hash", "gost")]
    [InlineData("hash", "modern")]
    [InlineData("crowded", "gost")]
    [InlineData("crowded", "modern")]
    public async Task Short_words_stay_whole_in_both_when_a_long_run_gives_way_or_the_widest_columns_are_cut(string kind, string themeName)
    {
        var theme = ThemeNamed(themeName);
        var (document, short_) = GivingWay(kind);
        var (pdf, docx) = await RenderBothAsync(document, theme);
        var converted = await LibreOffice.ConvertToPdfAsync(docx, $"giving-way-{kind}-{themeName}");
        var right = theme.PageSetup.Margins.Left + theme.PageSetup.ContentWidth;
        foreach (var (name, words) in new[] { ("PDF", PageWords(pdf).SelectMany(p => p).ToList()), ("LibreOffice", PageWords(converted).SelectMany(p => p).ToList()) })
        {
            foreach (var word in short_)
            {
                words.Count(w => w.Text == word).Should().Be(1, $"{name} sets «{word}» whole in its column");
            }
            words.Should().OnlyContain(w => w.BoundingBox.Right <= right + 1, $"{name}: nothing runs past the table");
        }
    }

    /// <summary>Runs joined by no-break spaces, each wider than a column of a seven-column table, beside ones that fit.</summary>
    private static readonly string[] NoBreakRuns =
    [
        "Постановление\u00A0Совета\u00A0коллективной\u00A0безопасности\u00A0№\u00A012",
        "Генеральный\u00A0секретарь\u00A0И.\u00A0А.\u00A0Тасмагамбетов",
        "с\u00A01\u00A0января\u00A0по\u00A031\u00A0декабря\u00A02025\u00A0года",
        "123\u202F456\u202F789\u202F012\u202F345\u202F678\u00A0тыс.\u00A0рублей",
    ];

    private static ReportDocument NoBreakDocument(out Table table)
    {
        string[][] rows =
        [
            ["Документ", "Кто", "Срок", "Сумма", "Путь", "Город", "Примечание"],
            [NoBreakRuns[0], NoBreakRuns[1], NoBreakRuns[2], NoBreakRuns[3], "5\u00A0км", "Душанбе", "короткое"],
            ["а", "б", "в", "г", "д", "е", "ж"],
            [NoBreakRuns[1], NoBreakRuns[0], NoBreakRuns[3], NoBreakRuns[2], "5\u00A0км", "Бишкек", "и"],
        ];
        table = new Table(rows[0].Select(_ => new TableColumn()).ToArray(), rows.Select(r => new TableRow(r.Select(t => new TableCell(t)).ToArray())).ToArray()) { HeaderRowCount = 1 };
        return new ReportDocument(new DocumentMetadata("Неразрывные") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
    }

    [Fact]
    public async Task A_run_with_a_date_range_wider_than_its_cell_is_opened_in_the_docx_and_keeps_its_word_joiner()
    {
        const string run = "с\u00A015–19\u00A0апреля\u00A02025\u00A0года\u00A0в\u00A0городе\u00A0Минске\u00A0Республики\u00A0Беларусь";
        const string text = "Заседание Совета министров иностранных дел государств — членов Организации";
        string[][] rows = [["№", "Срок", "Мероприятие", "Место", "Участники", "Документы", "Примечание"], ["1", run, text, "Минск", text, text, text]];
        var table = new Table(rows[0].Select(_ => new TableColumn()).ToArray(), rows.Select(r => new TableRow(r.Select(t => new TableCell(t)).ToArray())).ToArray()) { HeaderRowCount = 1 };
        var document = new ReportDocument(new DocumentMetadata("Диапазон") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section([table])]);
        var theme = BuiltInThemes.Gost;
        var (_, docx) = await RenderBothAsync(document, theme);

        new PdfLayoutLocator().OpenedRuns(document, table.Rows[1].Cells[1], new RenderOptions { Theme = theme }).Should().Equal(run);
        var cellTexts = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))).ToList();
        cellTexts.Should().Contain("с 15–\u206019 апреля 2025 года в городе Минске Республики Беларусь", "the no-break spaces are opened and the range keeps its joiner");
    }

    [ToolTheory("soffice")]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task Runs_joined_by_no_break_spaces_wider_than_their_cell_break_between_words_in_both(string themeName)
    {
        var theme = ThemeNamed(themeName);
        var document = NoBreakDocument(out var table);
        var (pdf, docx) = await RenderBothAsync(document, theme);
        var options = new RenderOptions { Theme = theme };
        var layout = new PdfLayoutLocator();
        var opened = table.Rows.Skip(1).SelectMany(r => r.Cells).SelectMany(c => layout.OpenedRuns(document, c, options)).Distinct().ToList();
        opened.Should().BeEquivalentTo(NoBreakRuns.Select(r => r.Replace('\u202F', '\u00A0')), "every long run is wider than its column, and only those");

        // The DOCX writes ordinary spaces in the opened runs only: «5 км» keeps its no-break space.
        var cellTexts = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))).ToList();
        cellTexts.Should().Contain(NoBreakRuns.Select(r => r.Replace('\u00A0', ' ').Replace('\u202F', ' ')));
        cellTexts.Should().Contain("5\u00A0км");

        var converted = await LibreOffice.ConvertToPdfAsync(docx, "no-break-runs-" + themeName);
        var right = theme.PageSetup.Margins.Left + theme.PageSetup.ContentWidth;
        var wholeWords = NoBreakRuns.SelectMany(r => r.Split('\u00A0', '\u202F')).Where(w => w.Length > 3).Distinct().ToList();
        foreach (var (name, words) in new[] { ("PDF", PageWords(pdf).SelectMany(p => p).ToList()), ("LibreOffice", PageWords(converted).SelectMany(p => p).ToList()) })
        {
            foreach (var word in wholeWords)
            {
                words.Count(w => w.Text == word).Should().Be(2, $"{name} sets «{word}» whole in both rows, never broken inside");
            }
            words.Should().OnlyContain(w => w.BoundingBox.Right <= right + 1, $"{name}: nothing runs past the table");
        }
    }

    [ToolFact("soffice")]
    public async Task LibreOffice_honours_keep_with_next_on_rows_so_no_page_holds_a_single_body_row_of_a_small_table()
    {
        // A four-row table after more and more lines of text: one of the documents starts it near a page's foot.
        var theme = BuiltInThemes.Gost;
        var layout = new PdfLayoutLocator();
        var documents = new List<(string Name, byte[] Docx)>();
        foreach (var lines in Enumerable.Range(24, 10))
        {
            var table = new Table([new TableColumn(), new TableColumn()],
                [new TableRow([new TableCell("№"), new TableCell("Строка")]), .. Enumerable.Range(1, 4).Select(r => new TableRow([new TableCell($"Р{r}"), new TableCell("Текст строки")]))])
            { HeaderRowCount = 1 };
            var blocks = Enumerable.Range(1, lines).Select(i => (Block)new Paragraph($"Строка текста {i}.")).Append(table).ToArray();
            var document = new ReportDocument(new DocumentMetadata("Строки") { Date = new NodaTime.LocalDate(2025, 12, 3) }, [new Section(blocks)]);
            using var docx = new MemoryStream();
            await new DocxReportRenderer(layout, layout).RenderAsync(document, new RenderOptions { Theme = theme }, docx);
            documents.Add(($"keep-rows-{lines}", docx.ToArray()));
        }
        var converted = await LibreOffice.ConvertToPdfAsync(documents);
        var split = 0;
        foreach (var (name, _) in documents)
        {
            var pages = PageWords(converted[name]).Select(p => p.Count(w => w.Text is "Р1" or "Р2" or "Р3" or "Р4")).Where(n => n > 0).ToList();
            pages.Sum().Should().Be(4, $"{name}: every body row is shown once");
            pages.Should().OnlyContain(n => n >= 2, $"{name}: no page holds a single body row of the table ({string.Join(", ", pages)})");
            split += pages.Count > 1 ? 1 : 0;
        }
        documents.Count.Should().BeGreaterThan(split, "some documents keep the table whole on one page");
    }

    [ToolTheory("soffice")]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task Contents_entries_start_where_the_pdf_starts_them_and_wrapped_lines_leave_the_page_number_free(string themeName)
    {
        // Two entries that wrap: one of long words (three lines), one of short words that fill each line to its edge.
        const string LongWords = "Деятельность органов Организации Договора о коллективной безопасности по укреплению коллективной безопасности государств-членов";
        const string ShortWords = "О ходе работы и о том, что в 2025 г. и в 2026 г. на всех её этапах, по мере сил и в срок, мы с ними и они с нами для нас и для них уже";
        var theme = ThemeNamed(themeName);
        var document = DocumentBuilder.Create("Содержание").Date(new NodaTime.LocalDate(2025, 12, 3)).NumberHeadings().Section(s => s
            .TableOfContents()
            .Heading(1, "Введение")
            .Paragraph("Текст введения.")
            .Heading(2, LongWords)
            .Paragraph("Текст раздела.")
            .Heading(2, ShortWords)
            .Paragraph("Текст раздела."))
            .Build();
        var (pdf, docx) = await RenderBothAsync(document, theme);

        var styles = DocxInspection.Part(docx, "word/styles.xml");
        var toc2 = styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "TOC2").Descendants(W + "ind").Single();
        int.Parse(toc2.Attribute(W + "left")!.Value, CultureInfo.InvariantCulture)
            .Should().Be(Length.ToTwips(TableOfContents.LevelIndent(2) + TableOfContents.HangingIndent(2)));

        var converted = await LibreOffice.ConvertToPdfAsync(docx, "contents-" + themeName);
        var page = theme.PageSetup;
        var right = page.Margins.Left + page.ContentWidth;
        var numberColumn = right - TableOfContents.PageNumberRoom(theme.BodyFontSize);
        foreach (var (name, words) in new[] { ("PDF", PageWords(pdf)[0]), ("LibreOffice", PageWords(converted)[0]) })
        {
            // Lines from the top: words whose bottoms lie within a third of the font size of each other.
            var lines = new List<List<Word>>();
            foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
            {
                if (lines.Count > 0 && lines[^1][0].BoundingBox.Bottom - word.BoundingBox.Bottom < theme.BodyFontSize / 3)
                {
                    lines[^1].Add(word);
                }
                else
                {
                    lines.Add([word]);
                }
            }
            lines = lines.Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();

            var entries = 0;
            foreach (var (number, firstWord) in new[] { ("1.1.", "Деятельность"), ("1.2.", "О") })
            {
                var label = words.Where(w => w.Text == number).OrderByDescending(w => w.BoundingBox.Bottom).First();
                label.BoundingBox.Left.Should().BeApproximately(page.Margins.Left + TableOfContents.LevelIndent(2), 0.5, $"{name}: the level-2 number starts at its level's indent");
                var first = lines.FindIndex(l => l.Contains(label));
                var text = lines[first].SkipWhile(w => w != label).Skip(1).First();
                text.Text.Should().StartWith(firstWord);
                var textX = page.Margins.Left + TableOfContents.LevelIndent(2) + TableOfContents.HangingIndent(2);
                text.BoundingBox.Left.Should().BeApproximately(textX, 0.5, $"{name}: the text of {number} starts after the hanging indent");

                // The entry: its first line and those that continue under its text.
                var entry = lines.Skip(first).TakeWhile((l, i) => i == 0 || Math.Abs(l[0].BoundingBox.Left - textX) < 0.5).ToList();
                entry.Count.Should().BeGreaterThanOrEqualTo(number == "1.1." ? 3 : 2, $"{name}: entry {number} wraps and continues under its text");
                entry.SkipLast(1).SelectMany(l => l).Max(w => w.BoundingBox.Right).Should().BeLessThanOrEqualTo(numberColumn + 0.5,
                    $"{name}: the wrapped lines of {number} leave the page-number column free");
                var pageNumber = entry[^1][^1];
                pageNumber.Text.Should().MatchRegex(@"\d$", $"{name}: entry {number} ends in its page number");
                pageNumber.BoundingBox.Right.Should().BeApproximately(right, 1, $"{name}: the page number of {number} is right-aligned");
                entries++;
            }
            var introduction = lines.First(l => l.Any(w => w.Text.StartsWith("Введение", StringComparison.Ordinal)) && l[0].Text == "1.");
            introduction[^1].Text.Should().MatchRegex(@"\d$", $"{name}: a one-line entry ends in its page number");
            introduction[^1].BoundingBox.Right.Should().BeApproximately(right, 1, $"{name}: its page number is right-aligned");
            entries.Should().Be(2);
        }
    }

    [ToolTheory("soffice")]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task Contents_entries_of_one_level_start_their_text_at_one_x_however_wide_their_numbers(string themeName)
    {
        // «12.10.1.» is wider than the fixed hanging indent of level 3, «12.10.» than that of level 2.
        const string Long = "Вопросы коллективной безопасности и миротворческой деятельности государств — членов Организации Договора";
        var theme = ThemeNamed(themeName);
        var document = DocumentBuilder.Create("Содержание").Date(new NodaTime.LocalDate(2025, 12, 3)).NumberHeadings().Section(s =>
        {
            s.TableOfContents();
            for (var chapter = 1; chapter <= 12; chapter++)
            {
                s.Heading(1, "Глава").Paragraph("Текст.");
            }
            for (var section = 1; section <= 10; section++)
            {
                s.Heading(2, "Раздел").Paragraph("Текст.");
            }
            s.Heading(3, Long).Paragraph("Текст.");
        }).Build();
        var (pdf, docx) = await RenderBothAsync(document, theme);
        var options = new RenderOptions { Theme = theme };
        var left = theme.PageSetup.Margins.Left;
        var textX2 = left + TableOfContents.LevelIndent(2) + new PdfLayoutLocator().ContentsHangingIndent(document, 2, options);
        var textX3 = left + TableOfContents.LevelIndent(3) + new PdfLayoutLocator().ContentsHangingIndent(document, 3, options);
        textX3.Should().BeGreaterThan(left + TableOfContents.LevelIndent(3) + TableOfContents.HangingIndent(3), "«12.10.1.» needs more than the fixed hanging indent");

        var converted = await LibreOffice.ConvertToPdfAsync(docx, "contents-wide-" + themeName);
        foreach (var (name, pages) in new[] { ("PDF", PageWords(pdf)), ("LibreOffice", PageWords(converted)) })
        {
            var words = pages.SelectMany((p, i) => p.Select(w => (Page: i, Word: w))).ToList();
            // The text after an entry's number: the next word, or the rest of the number's word when the gap is a
            // space's width and the PDF reader joins them.
            string NextText(string label, out double x, out double labelRight, out int index)
            {
                index = words.FindIndex(w => w.Word.Text.StartsWith(label, StringComparison.Ordinal) && !char.IsAsciiDigit(w.Word.Text.ElementAtOrDefault(label.Length)));
                index.Should().BeGreaterThanOrEqualTo(0, $"{name}: entry {label} is listed");
                var word = words[index].Word;
                labelRight = word.Letters[label.Length - 1].BoundingBox.Right;
                if (word.Text.Length > label.Length)
                {
                    x = word.Letters[label.Length].BoundingBox.Left;
                    return word.Text[label.Length..];
                }
                var next = words[index + 1].Word;
                x = next.BoundingBox.Left;
                return next.Text;
            }
            foreach (var number in Enumerable.Range(1, 10).Select(n => $"12.{n}."))
            {
                NextText(number, out var x, out _, out _).Should().StartWith("Раздел", $"{name}: entry {number} reads number, text");
                x.Should().BeApproximately(textX2, 0.5, $"{name}: the text of {number} starts where every level-2 entry's text starts");
            }
            NextText("12.10.1.", out var x3, out var labelRight, out var at).Should().StartWith("Вопросы");
            x3.Should().BeApproximately(textX3, 0.5, $"{name}: the text of 12.10.1. starts after its level's hanging indent");
            var label = words[at];
            (x3 - labelRight).Should().BeInRange(0.15 * theme.BodyFontSize, 0.4 * theme.BodyFontSize,
                $"{name}: the widest number is measured, so its text follows it after one space");
            var continuation = words.Skip(at + 1)
                .Where(w => w.Page == label.Page && w.Word.BoundingBox.Bottom < label.Word.BoundingBox.Bottom - theme.BodyFontSize / 2)
                .Select(w => w.Word)
                .ToList();
            var nextLine = continuation.Where(w => Math.Abs(w.BoundingBox.Bottom - continuation.Max(c => c.BoundingBox.Bottom)) < 1).ToList();
            nextLine.Should().NotBeEmpty($"{name}: the entry of 12.10.1. wraps");
            nextLine.Min(w => w.BoundingBox.Left).Should().BeApproximately(textX3, 0.5, $"{name}: the wrapped line of 12.10.1. continues under its text");
        }
    }
}
