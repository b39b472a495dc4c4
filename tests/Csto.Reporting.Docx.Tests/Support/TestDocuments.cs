using Csto.Reporting.Documents;
using NodaTime;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>Document trees built directly from the records, covering every block and inline kind.</summary>
internal static class TestDocuments
{
    /// <summary>A 1×1 transparent PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Every block and inline kind in two sections (the second landscape with a running header).</summary>
    public static ReportDocument Showcase(string language = "ru-RU") => new(
        new DocumentMetadata("Доклад о деятельности ОДКБ")
        {
            Subject = "Итоги 2025 года",
            Author = "Секретариат ОДКБ",
            Keywords = ["ОДКБ", "безопасность"],
            Language = language,
            Date = new LocalDate(2025, 11, 27),
        },
        [
            new Section(
            [
                new TitlePage(
                    [new Paragraph("Организация Договора о коллективной безопасности", ParagraphStyle.Centered)],
                    [
                        new Paragraph("Доклад о деятельности", ParagraphStyle.Title),
                        new Paragraph([new TextRun("за 2025 год"), LineBreak.Instance, new TextRun("(проект)")], ParagraphStyle.Subtitle),
                    ],
                    [new Paragraph("Москва 2025", ParagraphStyle.Centered)]),
                new TableOfContents("Содержание"),
                new Heading(1, [new TextRun("Общие положения")], "general") { Number = "1." },
                new Paragraph([new TextRun("Организация Договора о коллективной безопасности (ОДКБ)"), new FootnoteReference(1),
                    new TextRun(" — международная региональная организация. Устав подписан 7\u00A0октября 2002\u00A0г. в\u00A0Кишинёве; "),
                    new Strong([new TextRun("жирный "), new Emphasis([new TextRun("и курсив")])]), new TextRun(", "),
                    new Link("https://odkb-csto.org/", [new TextRun("сайт")]), new TextRun(", "),
                    new Link("#members", [new TextRun("см. раздел 1.1")]), new TextRun(", пере\u00ADнос, "),
                    new Link("#missing", [new TextRun("нет цели")]), new TextRun(".")]),
                new Paragraph("Краткое изложение доклада.", ParagraphStyle.Lead),
                new Heading(2, [new TextRun("Государства-члены")], "members") { Number = "1.1." },
                new ItemList(false,
                [
                    new ListItem([new Paragraph("Республика Армения;")]),
                    new ListItem([
                        new Paragraph("Республика Беларусь;"),
                        new ItemList(true, [new ListItem([new Paragraph("вложенный пункт")]), new ListItem([new Paragraph("второй")])]),
                        new Paragraph("продолжение пункта"),
                    ]),
                ]),
                new ItemList(true, [new ListItem([new Paragraph("первый")]), new ListItem([new Paragraph("второй")])]) { Start = 3 },
                new Paragraph("Между списками."),
                new ItemList(true, [new ListItem([new Paragraph("третий, продолжение")])]) { ContinuesPrevious = true },
                new Heading(2, [new TextRun("Органы")], "bodies") { Number = "1.2." },
                new Table(
                    [new TableColumn(3), new TableColumn(1, CellAlignment.Center), new TableColumn(1, CellAlignment.Right)],
                    [
                        new TableRow([new TableCell("Орган") { RowSpan = 2 }, new TableCell("Заседания") { ColumnSpan = 2, Alignment = CellAlignment.Center }]),
                        new TableRow([new TableCell("2024"), new TableCell("2025")]),
                        new TableRow([new TableCell("Совет коллективной безопасности"), new TableCell("1"), new TableCell("1")]),
                        new TableRow([new TableCell("Совет министров иностранных дел"), new TableCell("2")]) { CantSplit = false },
                    ])
                { HeaderRowCount = 2, Caption = [new TextRun("Таблица 1 — Заседания органов")] },
                new BlockQuote([new Paragraph("Цитата из декларации.")]),
                new Heading(1, [new TextRun("Приложение")], "appendix") { Number = "А." },
                new Heading(3, [new TextRun("Ненумерованный")], "plain-heading"),
                new Image(TinyPng, 120, 60) { AltText = "Эмблема", Caption = [new TextRun("Рисунок 1 — Эмблема")] },
                new Paragraph("Текст с выравниванием по центру.", ParagraphStyle.Centered),
                new Paragraph("Справа.", ParagraphStyle.RightAligned),
                new Paragraph("Примечание без отступа.", ParagraphStyle.Plain),
                new Paragraph("г. Москва\t27 ноября 2025 г.", ParagraphStyle.PlaceAndDate),
                new SignatureBlock(
                [
                    new Signatory("За Республику Армения", "Н. Пашинян"),
                    new Signatory("Генеральный секретарь\nОДКБ", "И. Тасмагамбетов"),
                ]),
                PageBreak.Instance,
                new Paragraph([new TextRun("Повторная ссылка"), new FootnoteReference(1), new TextRun(" и вторая сноска"), new FootnoteReference(2), new TextRun(".")]),
            ]),
            new Section(
            [
                new Heading(1, [new TextRun("Альбомный раздел")], "landscape") { Number = "2." },
                new Paragraph("Широкая таблица на альбомной странице."),
            ])
            {
                PageSetup = PageSetup.A4Gost with { Orientation = PageOrientation.Landscape },
                RunningHeader = "Доклад о деятельности ОДКБ",
            },
        ],
        [
            new Footnote(1, [new Paragraph([new TextRun("Устав ОДКБ, "), new Link("https://odkb-csto.org/documents/", [new TextRun("текст")]), new TextRun(".")])]),
            new Footnote(2, [new Paragraph("Вторая сноска.")]),
        ]);

    /// <summary>
    /// The reference for what a theme and language share (styles, numbering definitions, application properties):
    /// a numbered heading ("1."), a bulleted and an ordered list, in <paramref name="language"/>.
    /// </summary>
    public static ReportDocument ThemeReference(string language) => new(
        new DocumentMetadata("Theme reference") { Language = language },
        [
            new Section(
            [
                new Heading(1, [new TextRun("Heading")], "heading") { Number = "1." },
                new ItemList(false, [new ListItem([new Paragraph("Bullet")])]),
                new ItemList(true, [new ListItem([new Paragraph("Ordered")])]),
            ]),
        ]);

    /// <summary>A minimal document: one paragraph, no date, no footnotes.</summary>
    public static ReportDocument Minimal() => new(
        new DocumentMetadata("Minimal"),
        [new Section([new Paragraph("Один абзац.")])]);
}
