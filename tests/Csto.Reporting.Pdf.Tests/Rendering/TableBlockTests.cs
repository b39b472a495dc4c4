using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using Csto.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>Tables as a typesetter sets them, checked on the PDF's own positions (PdfPig, points from the page's bottom left).</summary>
public sealed class TableBlockTests
{
    private static readonly PageSetup Page = PageSetup.A4Gost;
    private static readonly double Left = Page.Margins.Left;
    private static readonly double Right = Page.Margins.Left + Page.ContentWidth;

    private static readonly string[][] EventRows =
    [
        ["1", "12.02.2025", "Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности", "Москва", "35"],
        ["2", "03.04.2025", "Совместные учения миротворческих сил «Нерушимое братство»", "Минск", "1\u00A0200"],
        ["3", "28.11.2025", "Сессия Совета коллективной безопасности", "Бишкек", "120"],
    ];

    private static Table EventTable(int copies = 1, string? caption = "Таблица 1\u00A0— Мероприятия") => new(
        Enumerable.Range(0, 5).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow(new[] { "№", "Дата", "Мероприятие", "Место", "Участники" }.Select(t => new TableCell(t)).ToArray()),
            .. Enumerable.Range(0, copies).SelectMany(_ => EventRows).Select(r => new TableRow(r.Select(t => new TableCell(t)).ToArray())),
        ])
    {
        HeaderRowCount = 1,
        Caption = caption is null ? null : [new TextRun(caption)],
    };

    private static ReportDocument Document(params Block[] blocks) =>
        new(new DocumentMetadata("Таблицы") { Date = Samples.Date }, [new Section(blocks)]);

    private static List<List<Word>> PageWords(byte[] pdf)
    {
        using var parsed = PdfDocument.Open(pdf);
        return parsed.GetPages().Select(p => p.GetWords().ToList()).ToList();
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    [Fact]
    public void Columns_are_sized_from_their_content_and_the_pdf_draws_them_there()
    {
        var table = EventTable();
        var document = Document(table);
        var widths = new PdfLayoutLocator().ColumnWidths(document, table, Page.ContentWidth, RenderOptions.Default);

        widths.Sum().Should().BeApproximately(Page.ContentWidth, 1e-3, "the layout measures in single precision");
        widths[0].Should().BeLessThan(25, "«№» and one-digit numbers need a narrow column, not a fifth of the width");
        widths[2].Should().BeGreaterThan(Page.ContentWidth * 0.4, "the long event names take the most room");
        widths[2].Should().Be(widths.Max());

        var words = PageWords(Render.Pdf(document)).Single();
        var xs = new double[6];
        xs[0] = Left;
        for (var c = 0; c < 5; c++)
        {
            xs[c + 1] = xs[c] + widths[c];
        }
        words.Single(w => w.Text == "Мероприятие").BoundingBox.Left.Should().BeApproximately(xs[2] + TableColumnWidths.CellPadding, 0.6);
        words.Single(w => w.Text == "Москва").BoundingBox.Left.Should().BeApproximately(xs[3] + TableColumnWidths.CellPadding, 0.6);
        words.Should().ContainSingle(w => w.Text == "Участники", "every column is at least as wide as its longest word");
        words.Should().ContainSingle(w => w.Text == "28.11.2025");
    }

    /// <summary>Sources of events: short columns beside long URLs and an identifier that do not fit any column.</summary>
    internal static Table SourceTable() => new(
        Enumerable.Range(0, 5).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow(new[] { "№", "Год", "Срок", "Город", "Источник" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "1", "2025", "март", "Душанбе", "https://odkb-csto.org/documents/detail.php?ELEMENT_ID=123456&sphrase_id=987654321" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "2", "2024", "июнь", "Бишкек", "https://www.un.org/securitycouncil/content/repertoire/structure_of_the_organisation_and_its_subsidiary_bodies" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "3", "2023", "декабрь", "Минск", "CSTO_COLLECTIVE_RAPID_REACTION_FORCES_EXERCISE_INTERACTION_2023_FINAL_REPORT" }.Select(t => new TableCell(t)).ToArray()),
        ]) { HeaderRowCount = 1 };

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public void A_long_url_breaks_and_the_short_columns_keep_their_words_whole(string themeName)
    {
        var theme = themeName == "gost" ? BuiltInThemes.Gost : BuiltInThemes.Modern;
        var options = new RenderOptions { Theme = theme };
        var table = SourceTable();
        var document = Document(table);
        var widths = new PdfLayoutLocator().ColumnWidths(document, table, theme.PageSetup.ContentWidth, options);
        var words = PageWords(Render.Pdf(document, options)).Single();

        foreach (var word in new[] { "№", "Год", "Срок", "Город", "Источник", "2025", "2024", "2023", "март", "июнь", "декабрь", "Душанбе", "Бишкек", "Минск" })
        {
            words.Should().ContainSingle(w => w.Text == word, $"«{word}» fits its column whole: the URLs break, not the short words");
        }
        var left = theme.PageSetup.Margins.Left;
        var urlColumn = left + widths.Take(4).Sum();
        var inUrlColumn = words.Where(w => w.BoundingBox.Left >= urlColumn - 0.01).ToList();
        var joined = string.Concat(inUrlColumn.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text));
        foreach (var token in table.Rows.Skip(1).Select(r => DocumentWalker.PlainText(((Paragraph)r.Cells[4].Blocks[0]).Content)))
        {
            joined.Should().Contain(token, "a long token breaks without a hyphen and loses nothing");
            inUrlColumn.Should().NotContain(w => w.Text == token, "no column holds it whole");
        }
        inUrlColumn.Should().Contain(w => w.Text.StartsWith("https://odkb-csto.org/", StringComparison.Ordinal), "a URL breaks after «/»");
        inUrlColumn.Should().OnlyContain(w => w.BoundingBox.Right <= left + widths.Sum() - TableColumnWidths.CellPadding + 0.6, "nothing runs out of the column");
        var year = words.Single(w => w.Text == "2025");
        widths[1].Should().BeGreaterThanOrEqualTo(year.BoundingBox.Width + 2 * TableColumnWidths.CellPadding + TableColumnWidths.Slack - 0.05, "the year's column keeps the slack over its word");
    }

    internal const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089f86d081";

    internal const string LongWord = "тетрагидропиранилциклопентилтетрагидропиридопиридиновыми";

    /// <summary>Short columns beside a 72-character hex hash and a very long Cyrillic word: no URL, path or «_» in sight.</summary>
    internal static Table HashTable() => new(
        Enumerable.Range(0, 5).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow(new[] { "№", "Срок", "Год", "Город", "Контрольная сумма" }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "1", "март", "2023", "Душанбе", Hash }.Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "2", "июнь", "2024", "Бишкек", LongWord }.Select(t => new TableCell(t)).ToArray()),
        ]) { HeaderRowCount = 1 };

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public void A_hash_or_a_very_long_word_gives_way_and_the_short_columns_keep_their_words(string themeName)
    {
        var theme = themeName == "gost" ? BuiltInThemes.Gost : BuiltInThemes.Modern;
        var options = new RenderOptions { Theme = theme };
        var table = HashTable();
        var document = Document(table);
        var widths = new PdfLayoutLocator().ColumnWidths(document, table, theme.PageSetup.ContentWidth, options);
        var words = PageWords(Render.Pdf(document, options)).Single();

        foreach (var word in new[] { "№", "Срок", "Год", "Город", "март", "июнь", "2023", "2024", "Душанбе", "Бишкек" })
        {
            var found = words.Should().ContainSingle(w => w.Text == word, $"«{word}» fits its column whole: the hash and the long word break, not the short words").Subject;
            var column = Enumerable.Range(0, widths.Count).First(c => theme.PageSetup.Margins.Left + widths.Take(c + 1).Sum() > found.BoundingBox.Left);
            widths[column].Should().BeGreaterThanOrEqualTo(found.BoundingBox.Width + 2 * TableColumnWidths.CellPadding + TableColumnWidths.Slack - 0.05, $"«{word}»'s column keeps the slack over it");
        }
        var left = theme.PageSetup.Margins.Left;
        var last = left + widths.Take(4).Sum();
        var inLast = words.Where(w => w.BoundingBox.Left >= last - 0.01).OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).ToList();
        inLast.Should().OnlyContain(w => w.BoundingBox.Right <= left + widths.Sum() - TableColumnWidths.CellPadding + 0.6, "nothing runs out of the column");
        var hashLines = inLast.Where(w => w.Text.All(char.IsAsciiHexDigitLower) || w.Text.All(char.IsAsciiDigit)).ToList();
        string.Concat(hashLines.Select(w => w.Text)).Should().Contain(Hash, "the hash breaks between characters without a hyphen and loses nothing");
        hashLines.Count.Should().BeGreaterThan(1);
        var wordLines = inLast.Where(w => w.Text.Any(c => c is >= 'а' and <= 'я') && w.Text is not "Контрольная" and not "сумма").Select(w => w.Text).ToList();
        wordLines.Count.Should().BeGreaterThan(1, "the long word breaks");
        string.Concat(wordLines.Select(t => t.TrimEnd('-'))).Should().Be(LongWord, "at its hyphenation points, with hyphens");
    }

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public void When_not_even_the_words_fit_the_widest_columns_are_cut_as_their_words_are_and_the_narrow_ones_keep_their_words_and_slack(string themeName)
    {
        var theme = themeName == "gost" ? BuiltInThemes.Gost : BuiltInThemes.Modern;
        var options = new RenderOptions { Theme = theme };
        var table = CrowdedTable();
        var document = Document(table);
        var widths = new PdfLayoutLocator().ColumnWidths(document, table, theme.PageSetup.ContentWidth, options);
        var words = PageWords(Render.Pdf(document, options)).Single();
        foreach (var (word, column) in new[] { ("№", 0), ("Душанбе", 1), ("2025", 2) })
        {
            var found = words.Should().ContainSingle(w => w.Text == word).Subject;
            widths[column].Should().BeGreaterThanOrEqualTo(found.BoundingBox.Width + 2 * TableColumnWidths.CellPadding + TableColumnWidths.Slack - 0.05, $"«{word}» keeps its slack");
        }
        var cut = widths.Skip(3).ToList();
        (cut.Max() - cut.Min()).Should().BeGreaterThan(3, "the cut columns are not all one width");
        var longest = 3 + Array.IndexOf(CrowdedWords, "Разведывательные");
        var shortest = 3 + Array.IndexOf(CrowdedWords, "Сотрудничество");
        widths[longest].Should().BeGreaterThan(widths[shortest] + 3, $"the widths follow the words: «Разведывательные», 16 letters, against «Сотрудничество», 14 ({string.Join(", ", cut.Select(w => w.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))})");
        words.Should().NotContain(w => CrowdedWords.Contains(w.Text), "their words do not fit and break");
        widths.Sum().Should().BeApproximately(theme.PageSetup.ContentWidth, 1e-3);
    }

    internal static readonly string[] CrowdedWords = ["Миротворческие", "Военнослужащими", "Благоустройство", "Представителями", "Сотрудничество", "Государственный", "Разведывательные"];

    /// <summary>Ten columns whose longest words together are wider than the page: «№», «Душанбе» and «2025» among them.</summary>
    internal static Table CrowdedTable() => new(
        Enumerable.Range(0, 10).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow(new[] { "№", "Город", "Год" }.Concat(CrowdedWords).Select(t => new TableCell(t)).ToArray()),
            new TableRow(new[] { "1", "Душанбе", "2025" }.Concat(CrowdedWords.Select(w => w.ToLowerInvariant())).Select(t => new TableCell(t)).ToArray()),
        ]) { HeaderRowCount = 1 };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_number_grouped_with_no_break_spaces_breaks_at_them_when_it_is_wider_than_the_line(bool inTable)
    {
        var groups = Enumerable.Range(0, 23).Select(i => i == 0 ? "12" : (i * 37 % 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var number = string.Join("\u00A0", groups);
        string.Concat(groups).Length.Should().Be(68);
        Block block = inTable
            ? new Table([new TableColumn(), new TableColumn()], [new TableRow([new TableCell("Итого"), new TableCell("Сумма: " + number + " руб.")])])
            : new Paragraph("Сумма: " + number + " руб.");
        var pdf = Render.Pdf(Document(block));
        var words = PageWords(pdf).Single();
        words.Should().OnlyContain(w => w.BoundingBox.Right <= Right + 0.6, "nothing runs past the margin");
        var digits = words.Where(w => w.Text.All(char.IsAsciiDigit)).OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).ToList();
        digits.Select(w => w.Text).Should().Equal(groups, "every group is set, in order, none broken inside");
        digits.Select(Baseline).Distinct().Count().Should().BeGreaterThan(1, "the number breaks at a no-break space");
    }

    [Fact]
    public void In_a_narrow_cell_only_a_word_wider_than_the_cell_is_hyphenated()
    {
        const string Long = "дезоксирибонуклеопротеидный";
        var text = "Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности и " + Long + " комплекс";
        var table = new Table([new TableColumn(1), new TableColumn(4)], [new TableRow([new TableCell(text), new TableCell("Москва")])]);
        var widths = new PdfLayoutLocator().ColumnWidths(Document(table), table, Page.ContentWidth, RenderOptions.Default);
        var words = PageWords(Render.Pdf(Document(table))).Single().Where(w => w.BoundingBox.Left < Left + widths[0]).ToList();
        words.Count.Should().BeGreaterThan(8, "the text wraps over many lines of the narrow column");
        words.Where(w => w.Text.EndsWith('-')).Should().NotBeEmpty().And.OnlyContain(w => Long.StartsWith(w.Text.TrimEnd('-'), StringComparison.Ordinal),
            "only the word wider than the cell is hyphenated; «безопасности» and «Организации» fit and are set whole");
        foreach (var word in text.Split(' ').Where(w => w != Long))
        {
            words.Should().Contain(w => w.Text == word, $"«{word}» fits the cell and is set whole");
        }
    }

    [Fact]
    public void A_column_of_numbers_is_right_aligned_and_cells_of_a_row_share_their_first_baseline()
    {
        var words = PageWords(Render.Pdf(Document(EventTable()))).Single();
        foreach (var number in new[] { "35", "120", "200" })
        {
            words.Single(w => w.Text == number).BoundingBox.Right.Should().BeApproximately(Right - TableColumnWidths.CellPadding, 0.6, $"{number} ends at the column's right padding");
        }
        words.Single(w => w.Text == "Москва").BoundingBox.Left.Should().BeLessThan(words.Single(w => w.Text == "Минск").BoundingBox.Left + 0.01, "words stay left-aligned");

        // The first row's event name runs over several lines; every cell's first line shares one baseline.
        var row = new[] { "12.02.2025", "Заседание", "Москва", "35" }.Select(t => Baseline(words.First(w => w.Text == t))).ToList();
        row.Should().OnlyContain(b => Math.Abs(b - row[0]) < 0.01);
        words.Count(w => Math.Abs(Baseline(w) - row[0]) < 0.01 && w.BoundingBox.Left < Left + 20).Should().Be(1, "«1» sits on that baseline too");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_header_word_too_wide_for_its_column_breaks_at_a_hyphenation_point_whether_the_column_is_right_or_left_aligned(bool numbers)
    {
        // The column «Отрицательные» is right-aligned when its body holds numbers; its bold header word is wider than
        // the column in both cases (review of issue 10: right-aligned, it was cut between letters as «Отрицательн|ые»).
        var body = numbers ? "5" : "Отрицательные";
        var markdown = "---\ntitle: Переносы\ntheme: gost\n---\n\n| Показатель | Десятичные | Отрицательные | Проценты | Смешанные | Слева |\n|---|---|---|---|---|:--|\n"
            + $"| Альфа | 12,5 | {body} | 15 % | 12 | 100 |\n| Альфа | 12,5 | −3 | 15 % | 12 | 100 |\n";
        var document = MarkdownDocumentReader.ReadFile(markdown, "hy.md");
        var table = document.Sections[0].Blocks.OfType<Table>().Single();
        var widths = new PdfLayoutLocator().ColumnWidths(document, table, Page.ContentWidth, Render.Options(document));
        var left = Left + widths.Take(2).Sum();
        var right = left + widths[2];
        var words = PageWords(Render.Pdf(document)).Single();
        var header = words.Where(w => w.BoundingBox.Left >= left && w.BoundingBox.Right <= right).OrderByDescending(Baseline).Take(2).ToList();
        header.Select(w => w.Text).Should().Equal(["Отрицатель-", "ные"], "the word is broken at its hyphenation point, with a hyphen, not between letters");
        header.Should().OnlyContain(w => w.BoundingBox.Right <= right - TableColumnWidths.CellPadding + 0.6, "both parts stay inside the cell");
        if (numbers)
        {
            header.Select(w => w.BoundingBox.Right).Should().OnlyContain(r => Math.Abs(r - header[0].BoundingBox.Right) < 0.6, "both parts are right-aligned");
            words.Single(w => w.Text == "5").BoundingBox.Right.Should().BeApproximately(right - TableColumnWidths.CellPadding, 0.6, "the number ends at the right padding");
        }
        foreach (var word in new[] { "Показатель", "Десятичные", "Проценты", "Смешанные", "Слева" })
        {
            words.Should().Contain(w => w.Text == word, $"«{word}» fits its column and is set whole");
        }
    }

    [Fact]
    public void A_word_broken_between_letters_in_a_narrow_cell_keeps_the_russian_rules()
    {
        // Review of issue 16: a narrow cell broke «нальный» as «нал» «ь-ный» — the emergency break between the letters
        // of a fragment wider than the cell («наль» of «на-ци-о-наль-ный») fell before the soft sign. Every width from a
        // cell that holds a syllable to one that holds the word: no line starts with «ь», «ъ», «й», no line is one
        // letter of a word, and the cell's letters read back in order.
        const string text = "Национальный региональный функциональный подъём майский";
        var brokenBetweenLetters = 0;
        foreach (var share in new[] { 18, 16, 14, 12, 10, 8 })
        {
            var table = new Table([new TableColumn(1), new TableColumn(share)], [new TableRow([new TableCell(text), new TableCell("Текст")])]);
            var document = Document(table);
            var widths = new PdfLayoutLocator().ColumnWidths(document, table, Page.ContentWidth, Render.Options(document));
            var words = PageWords(Render.Pdf(document)).Single().Where(w => w.BoundingBox.Right <= Left + widths[0]).ToList();
            var lines = words.GroupBy(w => Math.Round(Baseline(w), 1)).OrderByDescending(g => g.Key)
                .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
            var because = $"the cell {widths[0]:0.#} pt wide sets «{string.Join(" | ", lines)}»";
            lines.Should().OnlyContain(l => !"ьъйЬЪЙ".Contains(l[0]), because);
            lines.Should().OnlyContain(l => l.TrimEnd('-').Length > 1 || !char.IsLetter(l[0]), because);
            string.Concat(lines).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
                .Should().Be(text.Replace(" ", string.Empty, StringComparison.Ordinal), because);
            // A line that ends inside a word away from the word's hyphenation points was broken between letters.
            var cache = new Csto.Reporting.Pdf.Text.HyphenationCache(Csto.Reporting.Hyphenation.LiangHyphenator.Default, "ru-RU");
            var position = 0;
            var joined = text.Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (var line in lines.SkipLast(1))
            {
                position += line.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Length;
                var wordStart = 0;
                foreach (var w in text.Split(' '))
                {
                    if (position > wordStart && position < wordStart + w.Length)
                    {
                        brokenBetweenLetters += cache.Points(w.ToLowerInvariant()).Contains(position - wordStart) ? 0 : 1;
                        if (widths[0] > 30)
                        {
                            // Only in the narrowest cell (three letters) does a piece fit without its hyphen alone.
                            line.Should().EndWith("-", $"a word broken between letters gets a hyphen; {because}");
                        }
                    }
                    wordStart += w.Length;
                }
            }
            joined.Length.Should().Be(position + lines[^1].Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Length);
        }
        brokenBetweenLetters.Should().BeGreaterThan(0, "the narrowest cells break words between letters, the path under test");
    }

    [ToolFact("pdftotext")]
    public void A_word_broken_between_letters_in_narrow_cells_is_hyphenated_keeps_a_vowel_in_every_piece_and_reads_once()
    {
        // Review of issue 16: fourteen columns of «безопасность» set «без-» «опас-» «нос» «ть» — no hyphen after «нос»,
        // a piece «ть» without a vowel, and pdftotext read «безопасность ть»: the /ActualText of the first piece held
        // the word, the piece after the hyphenless break stood outside it.
        const string Word = "безопасность";
        var columns = Enumerable.Range(0, 14).Select(_ => new TableColumn(1)).ToArray();
        var row = new TableRow(columns.Select(_ => new TableCell(Word)).ToArray());
        var table = new Table(columns, [row, row, row]);
        var document = Document(table);
        var options = Render.Options(document);
        var pdf = Render.Pdf(document, options);

        var widths = new PdfLayoutLocator().ColumnWidths(document, table, Page.ContentWidth, options);
        var lines = PageWords(pdf).Single().Where(w => w.BoundingBox.Right <= Left + widths[0] + 0.5)
            .GroupBy(w => Math.Round(Baseline(w), 1)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
        var because = $"the first cell ({widths[0]:0.#} pt) sets «{string.Join(" | ", lines)}»";
        string.Concat(lines).Replace("-", string.Empty, StringComparison.Ordinal).Should().Be(Word + Word + Word, because);
        lines.Where(l => l.TrimEnd('-') is not ("без" or "опас" or "ность" or "безопас" or "опасность")).Should().NotBeEmpty(
            $"some break falls between letters away from the hyphenation points, the path under test; {because}");
        lines.Where(l => l.TrimEnd('-') != Word && !l.EndsWith('-') && !Word.EndsWith(l, StringComparison.Ordinal)).Should().BeEmpty(
            $"every piece but a word's last ends with a hyphen; {because}");
        lines.Should().OnlyContain(l => l.Any(c => "аеёиоуыэюя".Contains(c)), $"every piece has a vowel; {because}");

        // Read as text (poppler takes /ActualText) and by the word guard (letters, hyphenated pieces joined): the word
        // 42 times, no piece of it beside.
        var text = WordGuard.Words(PdfTools.Text(pdf, "-raw"));
        text.Count(w => w == Word).Should().Be(42, string.Join(" ", text));
        text.Where(w => w != Word && Word.Contains(w, StringComparison.Ordinal)).Should().BeEmpty();
        WordGuard.Check(document, pdf, new PdfLayoutLocator(), options).Should().BeEmpty();
    }

    [Theory]
    [InlineData("нальный", 0, 4, true, "на|ль")]
    [InlineData("нальный", 4, 7, true, "н|ый")]
    [InlineData("подъём", 0, 6, true, "по|дъ|ём")]
    [InlineData("майский", 0, 7, true, "май|с|к|ий")]
    [InlineData("«ОДКБ»,", 0, 7, true, "«|ОД|КБ|»|,")]
    [InlineData("нальный", 0, 4, false, "н|а|л|ь")]
    [InlineData("мои\u0306", 0, 4, false, "м|о|и\u0306")]
    public void Characters_of_a_too_wide_word_break_only_where_the_russian_rules_allow(string word, int start, int end, bool strict, string expected)
    {
        string.Join("|", Csto.Reporting.Pdf.Text.ParagraphTypesetter.CharacterPieces(word, start, end, strict).Select(p => word[p.From..p.To]))
            .Should().Be(expected);
    }

    [Fact]
    public void An_empty_row_is_one_line_tall()
    {
        var table = new Table([new TableColumn()],
        [
            new TableRow([new TableCell("Альфа")]),
            new TableRow([new TableCell([])]),
            new TableRow([new TableCell("Бета")]),
        ]);
        var words = PageWords(Render.Pdf(Document(table))).Single();
        var rowHeight = BuiltInThemes.Gost.TableFontSize * 1.05 + 2 * TableColumnWidths.CellPadding;
        (Baseline(words.Single(w => w.Text == "Альфа")) - Baseline(words.Single(w => w.Text == "Бета"))).Should().BeApproximately(2 * rowHeight, 0.05);
    }

    [Fact]
    public void A_table_continued_on_later_pages_says_so_above_its_repeated_header_in_gost_only()
    {
        var document = Document(EventTable(copies: 12));
        var pages = PageWords(Render.Pdf(document));
        pages.Count.Should().BeGreaterThan(1);
        pages[0].Should().NotContain(w => w.Text == "Продолжение");
        pages[0].Should().Contain(w => w.Text == "Таблица");
        for (var p = 1; p < pages.Count; p++)
        {
            var label = pages[p].Where(w => w.Text == "Продолжение").Should().ContainSingle($"page {p + 1} continues the table").Subject;
            var number = pages[p].Single(w => w.Text == "1" && Math.Abs(Baseline(w) - Baseline(label)) < 0.01);
            number.BoundingBox.Left.Should().BeGreaterThan(label.BoundingBox.Right, "«Продолжение таблицы 1»");
            label.BoundingBox.Left.Should().BeApproximately(Left, 0.6, "flush left, as the caption");
            Baseline(label).Should().BeGreaterThan(Baseline(pages[p].Single(w => w.Text == "Мероприятие")), "the label stands above the repeated header");
        }

        var modern = PageWords(Render.Pdf(document, new RenderOptions { Theme = BuiltInThemes.Modern }));
        modern.Count.Should().BeGreaterThan(1);
        modern.SelectMany(p => p).Should().NotContain(w => w.Text == "Продолжение", "the modern theme has no continuation labels");
    }

    [Theory]
    [InlineData("Table 4\u00A0— Events", "Table 4 (continued)")]
    [InlineData(null, "Table (continued)")]
    public void A_table_continued_in_an_english_document_says_so_in_english(string? caption, string expected)
    {
        var document = new ReportDocument(new DocumentMetadata("Tables") { Date = Samples.Date, Language = "en-US" }, [new Section([EventTable(copies: 12, caption)])]);
        var pages = PageWords(Render.Pdf(document));
        pages.Count.Should().BeGreaterThan(1);
        pages.SelectMany(p => p).Should().NotContain(w => w.Text == "Продолжение" || w.Text == "таблицы");
        for (var p = 1; p < pages.Count; p++)
        {
            var header = Baseline(pages[p].Single(w => w.Text == "Мероприятие"));
            var first = pages[p].Where(w => w.Text == "Table").Should().ContainSingle($"page {p + 1} continues the table").Subject;
            Baseline(first).Should().BeGreaterThan(header, "the label stands above the repeated header");
            var label = pages[p].Where(w => Math.Abs(Baseline(w) - Baseline(first)) < 0.01).OrderBy(w => w.BoundingBox.Left).ToList();
            string.Join(" ", label.Select(w => w.Text)).Should().Be(expected, $"page {p + 1} continues the table, in the document's language");
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_starts_under_its_caption_and_header()
    {
        var huge = "началоячейки " + string.Join(" ", Enumerable.Range(0, 14).Select(i => Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]));
        var table = new Table([new TableColumn(1), new TableColumn(3)],
            [new TableRow([new TableCell("Раздел"), new TableCell("Содержание")]), new TableRow([new TableCell("Итоги"), new TableCell(huge)])])
        {
            HeaderRowCount = 1,
            Caption = [new TextRun("Таблица 2\u00A0— Итоги")],
        };
        var pages = PageWords(Render.Pdf(Document(new Paragraph(Samples.SeedParagraphs[0]), new Paragraph(Samples.SeedParagraphs[1]), table)));
        var captionPage = pages.FindIndex(p => p.Any(w => w.Text == "Таблица"));
        pages.FindIndex(p => p.Any(w => w.Text == "Раздел")).Should().Be(captionPage);
        pages.FindIndex(p => p.Any(w => w.Text == "началоячейки")).Should().Be(captionPage, "the row starts on the caption's page, not leaving it alone");
        pages.FindIndex(p => p.Any(w => w.Text == "Итоги")).Should().Be(captionPage);
        pages.Count.Should().BeGreaterThan(captionPage + 1);
    }

    [Fact]
    public void A_footnote_cited_in_a_repeated_header_is_printed_once_on_the_first_page()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 70).Select(i => $"| Строка {i} | {i * 10} |"));
        var markdown = $"---\ntitle: Сноска в шапке\n---\n\n| Показатель[^n] | Значение |\n|---|---|\n{rows}\n\n[^n]: Текстсноски в шапке таблицы.\n";
        var pdf = Render.Pdf(MarkdownDocumentReader.ReadFile(markdown, "note.md"));
        var pages = PageWords(pdf);
        pages.Count.Should().BeGreaterThan(1);
        pages.Select(p => p.Count(w => w.Text == "Текстсноски")).Should().Equal([1, .. Enumerable.Repeat(0, pages.Count - 1)]);
        pages.Should().OnlyContain(p => p.Any(w => w.Text.StartsWith("Показатель", StringComparison.Ordinal)), "the header is repeated on every page");
    }

    [Fact]
    public void A_signature_block_keeps_the_place_and_date_line_and_two_lines_of_text_with_it()
    {
        var exercised = false;
        for (var fillers = 3; fillers <= 9 && !exercised; fillers++)
        {
            var document = DocumentBuilder.Create("Подписи").Date(Samples.Date).Section(s =>
            {
                for (var i = 0; i < fillers; i++)
                {
                    s.Paragraph(Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]);
                }
                s.PlaceAndDate("гМосква", "датаподписания");
                s.SignatureBlock(b => b.Signatory("За Республику Армения", "Подписьармении").Signatory("За Республику Беларусь", "Подписьбеларуси")
                    .Signatory("За Республику Казахстан", "Подписьказахстана"));
            }).Build();
            var pages = PageWords(Render.Pdf(document));
            var signature = pages.FindIndex(p => p.Any(w => w.Text == "Подписьармении"));
            pages.FindIndex(p => p.Any(w => w.Text == "Подписьказахстана")).Should().Be(signature);
            pages.FindIndex(p => p.Any(w => w.Text == "гМосква")).Should().Be(signature, $"with {fillers} paragraphs the place-and-date line stays with the signatures");
            var place = Baseline(pages[signature].Single(w => w.Text == "гМосква"));
            pages[signature].Where(w => Baseline(w) > place + 1 && Baseline(w) < Page.PageHeight - Page.Margins.Top + 1)
                .Select(Baseline).Distinct().Count().Should().BeGreaterThanOrEqualTo(2, "at least two lines of text come along");
            exercised = signature > 0;
        }
        exercised.Should().BeTrue("some filler length pushes the signatures to a second page");
    }

    [Theory]
    [InlineData("list")]
    [InlineData("quote")]
    public void Inside_a_list_item_or_a_quote_a_signature_keeps_the_place_and_date_line_and_two_lines_with_it(string container)
    {
        var exercised = false;
        for (var fillers = 3; fillers <= 9 && !exercised; fillers++)
        {
            var inner = Enumerable.Range(0, fillers).Select(i => (Block)new Paragraph(Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]))
                .Append(new Paragraph("гМосква\tдатаподписания", ParagraphStyle.PlaceAndDate))
                .Append(new SignatureBlock([new Signatory("За Республику Армения", "Подписьармении"), new Signatory("За Республику Беларусь", "Подписьбеларуси"),
                    new Signatory("За Республику Казахстан", "Подписьказахстана")]))
                .ToList();
            Block block = container == "list"
                ? new ItemList(ordered: true, [new ListItem([new Paragraph("Первыйпункт")]), new ListItem(inner)])
                : new BlockQuote(inner);
            var pages = PageWords(Render.Pdf(Document(block)));
            var signature = pages.FindIndex(p => p.Any(w => w.Text == "Подписьармении"));
            pages.FindIndex(p => p.Any(w => w.Text == "Подписьказахстана")).Should().Be(signature);
            pages.FindIndex(p => p.Any(w => w.Text == "гМосква")).Should().Be(signature, $"with {fillers} paragraphs in the {container} the place-and-date line stays with the signatures");
            var place = Baseline(pages[signature].Single(w => w.Text == "гМосква"));
            pages[signature].Where(w => Baseline(w) > place + 1 && Baseline(w) < Page.PageHeight - Page.Margins.Top + 1)
                .Select(Baseline).Distinct().Count().Should().BeGreaterThanOrEqualTo(2, "at least two lines of text come along");
            exercised = signature > 0;
        }
        exercised.Should().BeTrue("some filler length pushes the signatures to a second page");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_signature_after_a_one_line_paragraph_keeps_two_lines_of_text_with_it(bool placeAndDate)
    {
        var exercised = false;
        for (var fillers = 3; fillers <= 10 && !exercised; fillers++)
        {
            var document = DocumentBuilder.Create("Подписи").Date(Samples.Date).Section(s =>
            {
                for (var i = 0; i < fillers; i++)
                {
                    s.Paragraph(Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count]);
                }
                s.Paragraph("Одностроч.");
                if (placeAndDate)
                {
                    s.PlaceAndDate("гМосква", "датаподписания");
                }
                s.SignatureBlock(b => b.Signatory("За Республику Армения", "Подписьармении").Signatory("За Республику Беларусь", "Подписьбеларуси"));
            }).Build();
            var pages = PageWords(Render.Pdf(document));
            var signature = pages.FindIndex(p => p.Any(w => w.Text == "Подписьармении"));
            pages.FindIndex(p => p.Any(w => w.Text == "Одностроч.")).Should().Be(signature);
            var office = Baseline(pages[signature].First(w => w.Text == "Армения"));
            var lines = pages[signature].Where(w => Baseline(w) > office + 1 && Baseline(w) < Page.PageHeight - Page.Margins.Top + 1 && w.Text is not "гМосква" and not "датаподписания")
                .Select(w => Math.Round(Baseline(w), 1)).Distinct().Count();
            lines.Should().BeGreaterThanOrEqualTo(2, $"with {fillers} paragraphs the one-line paragraph brings a line of the one before along");
            exercised = signature > 0;
        }
        exercised.Should().BeTrue("some filler length puts the page break just before the kept lines");
    }

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public void A_signature_block_after_one_line_paragraphs_takes_the_place_and_date_line_and_the_last_two_lines_to_its_page(string theme)
    {
        // One-line paragraphs, each its own block: the lines kept with the signatures were placed by the paginator
        // before the place-and-date line and the signatures were known (review of issue 10: «Строка 44» alone).
        var moved = 0;
        foreach (var count in Enumerable.Range(20, 31))
        {
            var paragraphs = string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Строка {i} короткая."));
            var markdown = $"---\ntitle: Подписи\ntheme: {theme}\n---\n\n{paragraphs}\n\n::: place-date\nБишкек | 27 ноября 2025 года\n:::\n\n"
                + "::: signatures\n- Генеральный секретарь\\\n  Организации Договора о коллективной безопасности | И. Тасмагамбетов\n- Заместитель | А. Б. Иванов\n:::\n";
            var pages = PageWords(Render.Pdf(MarkdownDocumentReader.ReadFile(markdown, "s.md")));
            var signature = pages.FindIndex(p => p.Any(w => w.Text == "Тасмагамбетов"));
            pages.FindIndex(p => p.Any(w => w.Text == "Иванов")).Should().Be(signature);
            pages.FindIndex(p => p.Any(w => w.Text == "Бишкек")).Should().Be(signature, $"with {count} paragraphs in {theme} the place-and-date line is on the signatures' page");
            var numbers = pages[signature].Select((w, i) => (w, i)).Where(x => x.w.Text == "Строка").Select(x => pages[signature][x.i + 1].Text).ToList();
            numbers.Should().Contain([$"{count - 1}", $"{count}"], $"with {count} paragraphs in {theme} the last two lines of text are on the signatures' page");
            if (signature > 0 && !pages[signature - 1].Any(w => w.Text == $"{count - 1}"))
            {
                moved++;
            }
        }
        moved.Should().BeGreaterThan(0, "some paragraph count puts the page break among the last lines, which then move with the signatures");
    }

    [Fact]
    public void A_tall_row_that_does_not_fit_splits_rather_than_leave_more_than_a_few_lines_empty()
    {
        var tall = "началоячейки " + string.Join(" ", Enumerable.Range(0, 4).Select(i => Samples.SeedParagraphs[i % Samples.SeedParagraphs.Count])) + " конецячейки";
        var lineHeight = BuiltInThemes.Gost.TableFontSize * 1.05;
        var gapLimit = 5 * lineHeight + 2 * TableColumnWidths.CellPadding;
        var bottom = Page.Margins.Bottom;
        var split = false;
        for (var fillers = 0; fillers <= 6; fillers++)
        {
            var table = new Table([new TableColumn(1), new TableColumn(3)],
                [new TableRow([new TableCell("Раздел"), new TableCell("Содержание")]), new TableRow([new TableCell("Первая"), new TableCell("Короткая строка")]), new TableRow([new TableCell("Итоги"), new TableCell(tall)])])
            { HeaderRowCount = 1 };
            var blocks = Enumerable.Range(0, fillers).Select(i => (Block)new Paragraph(Samples.SeedParagraphs[(i + 4) % Samples.SeedParagraphs.Count])).Append(table).ToArray();
            var pages = PageWords(Render.Pdf(Document(blocks)));
            var first = pages.FindIndex(p => p.Any(w => w.Text == "Короткая"));
            var start = pages.FindIndex(p => p.Any(w => w.Text == "началоячейки"));
            var end = pages.FindIndex(p => p.Any(w => w.Text == "конецячейки"));
            if (start > first)
            {
                // Moved whole: the page it left ends no more than the gap limit above the text area's foot.
                var lowest = pages[first].Where(w => Baseline(w) > bottom + 20).Min(w => w.BoundingBox.Bottom);
                (lowest - bottom).Should().BeLessThanOrEqualTo(gapLimit + lineHeight, $"with {fillers} paragraphs the moved row leaves at most a few lines empty");
            }
            else if (end > start)
            {
                var lowest = pages[start].Where(w => Baseline(w) > bottom + 20).Min(w => w.BoundingBox.Bottom);
                (lowest - bottom).Should().BeLessThan(2 * lineHeight + 2 * TableColumnWidths.CellPadding,
                    $"with {fillers} paragraphs the split row fills its first page: less than a line is left, with the cell padding and the glyphs' depth");
                pages[end].Should().Contain(w => w.Text == "Содержание", "the header repeats above the row's continuation");
                split = true;
            }
        }
        split.Should().BeTrue("some filler length leaves a large gap above the page's foot, which the row fills");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_split_leaves_at_least_two_body_rows_on_either_side_and_a_short_table_moves_whole(int bodyRows)
    {
        var table = new Table([new TableColumn(), new TableColumn()],
        [
            new TableRow([new TableCell("Номер"), new TableCell("Содержание")]),
            .. Enumerable.Range(1, bodyRows).Select(r => new TableRow([new TableCell($"ряд{r}"), new TableCell("Текст строки таблицы")])),
        ])
        {
            HeaderRowCount = 1,
            Caption = [new TextRun("Таблица 1\u00A0— Строки")],
        };
        var splits = 0;
        for (var fillers = 30; fillers <= 50; fillers++)
        {
            var blocks = Enumerable.Range(0, fillers).Select(i => (Block)new Paragraph([new TextRun($"Абзац {i}.")])).Append(table).ToArray();
            var pages = PageWords(Render.Pdf(Document(blocks)));
            var rowPages = Enumerable.Range(1, bodyRows).Select(r => pages.FindIndex(p => p.Any(w => w.Text == $"ряд{r}"))).ToList();
            rowPages.Should().OnlyContain(p => p >= 0);
            var perPage = rowPages.GroupBy(p => p).Select(g => g.Count()).ToList();
            if (perPage.Count > 1)
            {
                splits++;
                perPage.Should().OnlyContain(n => n >= 2, $"with {fillers} paragraphs the rows fall on pages {string.Join(", ", rowPages)}");
            }
            pages[rowPages[0]].Should().Contain(w => w.Text == "Таблица", $"with {fillers} paragraphs the caption stays with the first row");
        }
        if (bodyRows <= 3)
        {
            splits.Should().Be(0, "a table of two or three body rows moves whole");
        }
        else
        {
            splits.Should().BeGreaterThan(0, "some filler length ends the page inside the table");
        }
    }
}
