using System.Xml.Linq;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Documents read from Markdown with front matter, as analysts write them.</summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class MarkdownTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    internal const string Source = """
        ---
        title: "Информационная справка"
        author: "Секретариат ОДКБ"
        date: 2025-11-27
        numbered: true
        toc: true
        ---

        # Общие положения

        Совет коллективной безопасности[^1] собрался в Бишкеке 27 ноября 2025 г.

        ## Итоги

        1. Подписано 15 документов.
        2. Принята Декларация.

        - Армения
        - Беларусь

        ## Таблица

        | Орган | Заседаний |
        |:------|----------:|
        | СКБ   | 1         |
        | СМИД  | 2         |

        # Выводы

        > Цитата.

        [^1]: Высший орган ОДКБ.
        """;

    [Fact]
    public async Task A_numbered_markdown_report_gets_real_heading_numbering_and_contents()
    {
        var document = MarkdownDocumentReader.ReadFile(Source, "spravka.md");
        var docx = await DocxRendering.RenderAsync(document, locator: new FixedPageLocator());

        DocxInspection.ValidationErrors(docx).Should().BeEmpty();
        var headings = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")!.Value.StartsWith("Heading", StringComparison.Ordinal)))
            .ToList();
        headings.Should().HaveCount(4);
        headings.Should().OnlyContain(h => h.Descendants(W + "numPr").Any(), "every number the reader gave matches Word's counters");
        Snapshot.VerifyText("markdown-spravka.text", DocxInspection.PlainText(docx));
    }

    [Fact]
    public async Task The_toc_caches_the_page_numbers_of_our_pdf_layout()
    {
        var document = MarkdownDocumentReader.ReadFile(Source.Replace("# Выводы", "\n\n# Выводы", StringComparison.Ordinal), "spravka.md");
        var locator = new RecordingLocator(new PdfLayoutLocator());

        var docx = await DocxRendering.RenderAsync(document, locator: locator);

        var pages = locator.LastAnswer!;
        pages.Values.Should().OnlyContain(p => p >= 1);
        pages.Values.Max().Should().BeGreaterThan(1, "the contents and a page break come first");

        var cached = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "hyperlink")
            .Where(h => h.Descendants(W + "instrText").Any(i => i.Value.Contains("PAGEREF", StringComparison.Ordinal)))
            .ToDictionary(h => h.Attribute(W + "anchor")!.Value, h => h.Descendants(W + "t").Last().Value);
        cached.Should().HaveCount(4);
        foreach (var heading in document.Headings())
        {
            cached[heading.Anchor.Replace('-', '_')].Should().Be(pages[heading.Anchor].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
