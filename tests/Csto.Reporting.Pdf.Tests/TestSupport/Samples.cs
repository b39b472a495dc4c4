using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Hyphenation;
using NodaTime;
using Csto.Testing;

namespace Csto.Reporting.Pdf.Tests.TestSupport;

/// <summary>Documents built from the seed news items (real Russian text about the CSTO).</summary>
internal static class Samples
{
    public static IReadOnlyList<string> SeedParagraphs { get; } = File.ReadAllLines(RepositoryPaths.SeedNewsItems)
        .Select(l => l.Trim())
        .Where(l => l.Length > 0)
        .ToList();

    public static LocalDate Date { get; } = new(2025, 12, 3);

    /// <summary>
    /// The seed's press conference (item 4) as the sample data word it: «сессии», «государств – членов», «отчёт» (issue 12's
    /// corrections), read from <c>samples/data/bishkek-press-conference-2025.json</c>.
    /// </summary>
    public static string PressConference { get; } = PressConferenceText();

    /// <summary>The declaration's opening sentence (seed item 5) as the sample data word it: «80-й годовщины», not the seed's «80-ой».</summary>
    public static string DeclarationPreamble { get; } =
        Sample<Csto.Domain.Documents.Declaration>("csc-declaration-2025.json").Preamble[0];

    private static string PressConferenceText()
    {
        var message = Sample<Csto.Domain.Documents.InformationMessage>("bishkek-press-conference-2025.json");
        return $"{message.Lead} {message.Paragraphs[0]}";
    }

    private static T Sample<T>(string file) where T : Csto.Domain.CstoRecord =>
        (T)Csto.Domain.Serialization.CstoJson.Read(File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, file)), file).Record;

    /// <summary>Every kind of block: title page, TOC, numbered headings, footnotes, list, table, quote, signatures.</summary>
    public static ReportDocument Showcase(string theme = "gost") =>
        DocumentBuilder.Create("Информационный бюллетень Секретариата ОДКБ")
            .Subject("Обзор событий ноября – декабря 2025 года")
            .Author("Секретариат ОДКБ")
            .Keywords("ОДКБ", "бюллетень", "безопасность")
            .Date(Date)
            .Theme(theme)
            .NumberHeadings()
            .Section(s => s
                .TitlePage(t => t
                    .Top(b => b.Paragraph("ОРГАНИЗАЦИЯ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ", ParagraphStyle.Centered).Paragraph("Секретариат", ParagraphStyle.Centered))
                    .Middle(b => b.Paragraph("Информационный бюллетень", ParagraphStyle.Title).Paragraph("Обзор событий ноября – декабря 2025 года", ParagraphStyle.Subtitle))
                    .Bottom(b => b.Paragraph("Москва\u00A0— 2025", ParagraphStyle.Centered)))
                .TableOfContents()
                .PageBreak()
                .Heading(1, "Заседания и конференции")
                .Heading(2, "Рабочая группа по Афганистану")
                .Paragraph(SeedParagraphs[0], p => p.Footnote("Рабочая группа создана решением СКБ от 23 июня 2005 года."))
                .Paragraph(SeedParagraphs[1])
                .Heading(2, "Аналитический доклад")
                .Paragraph(SeedParagraphs[2], p => p.Text(" Подробнее: ").Link("https://odkb-csto.org", "сайт ОДКБ").Text("."))
                .List(ordered: false, l => l.Item("формирование устойчивой архитектуры безопасности;").Item("развитие сотрудничества государств – членов;", n => n.List(ordered: true, o => o.Item("в военной области;").Item("в гуманитарной области."))).Item("противодействие гибридным угрозам."))
                .Heading(1, "Совет коллективной безопасности")
                .Paragraph(PressConference)
                .Quote(q => q.Paragraph(DeclarationPreamble))
                .Table(t => t.Caption("Таблица 1\u00A0— Председательство в ОДКБ").Columns(1, 2, 3)
                    .HeaderRow("Год", "Государство", "Сессия СКБ")
                    .Row("2023", "Беларусь", "Минск, 23 ноября 2023 года")
                    .Row("2024", "Казахстан", "Астана, 28 ноября 2024 года")
                    .Row("2025", "Кыргызстан", "Бишкек, 27 ноября 2025 года"))
                .Paragraph(SeedParagraphs[5], p => p.Footnote("Семинар проведён 14 февраля 2024 года."))
                .Paragraph(SeedParagraphs[6])
                .Paragraph(SeedParagraphs[7])
                .PlaceAndDate("г. Москва", "3 декабря 2025 года")
                .SignatureBlock(b => b.Signatory("Генеральный секретарь\nОрганизации Договора\nо коллективной безопасности", "И. Тасмагамбетов").Signatory("Начальник Отдела информации", "Ю. Шувалов")))
            .Build();

    /// <summary>Plain running text: the seed paragraphs, each once, without page numbers.</summary>
    public static ReportDocument Seed() =>
        new(new DocumentMetadata("Новости ОДКБ") { Date = Date }, [new Section(SeedParagraphs.Select(p => (Block)new Paragraph(p)).ToList())]);

    /// <summary>Many chapters of seed text with headings and footnotes, for pagination checks.</summary>
    public static ReportDocument Long(int chapters, bool footnotes = true, bool tableOfContents = false) =>
        DocumentBuilder.Create("Сводный доклад")
            .Date(Date)
            .NumberHeadings()
            .Section(s =>
            {
                if (tableOfContents)
                {
                    s.TableOfContents().PageBreak();
                }
                for (var c = 0; c < chapters; c++)
                {
                    s.Heading(1, $"Раздел {c + 1}. Итоги деятельности");
                    for (var i = 0; i < SeedParagraphs.Count; i++)
                    {
                        if (i % 3 == 0)
                        {
                            s.Heading(2, $"Подраздел {c + 1}.{i / 3 + 1}");
                        }
                        var paragraph = SeedParagraphs[(i + c) % SeedParagraphs.Count];
                        if (footnotes && i == 4)
                        {
                            s.Paragraph(paragraph + $" ссылка{c + 1}", p => p.Footnote($"Примечание{c + 1}: источник\u00A0— сайт ОДКБ."));
                        }
                        else
                        {
                            s.Paragraph(paragraph);
                        }
                    }
                }
            })
            .Build();

    /// <summary>A table long enough to span pages.</summary>
    public static ReportDocument LongTable(int rows) =>
        DocumentBuilder.Create("Перечень мероприятий")
            .Date(Date)
            .Section(s => s
                .Paragraph(SeedParagraphs[0])
                .Table(t =>
                {
                    t.Caption("Таблица 1\u00A0— Мероприятия").Columns(1, 4, 2).HeaderRow("№", "Мероприятие", "Место");
                    for (var r = 1; r <= rows; r++)
                    {
                        t.Row(r.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Заседание рабочей группы номер {r} по вопросам коллективной безопасности", "Москва");
                    }
                }))
            .Build();
}

/// <summary>A hyphenator that never hyphenates.</summary>
internal sealed class NoHyphenation : IHyphenator
{
    public IReadOnlyList<int> HyphenationPoints(string word, string language) => [];
}
