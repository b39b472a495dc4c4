using Csto.Reporting.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf.Tests.Writing;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>
/// The renderers' one check before writing (<see cref="RenderCheck"/>), through the public API: every character the
/// fonts cannot set and, in a tagged PDF, every picture without alternative text, at its line and column in the
/// Markdown, in one exception, with nothing written.
/// </summary>
public sealed class RenderCheckTests
{
    // Line 7: Hebrew at columns 7–10 and 中 at 14; line 9: a picture without alt text; line 11: 中 at 5.
    private const string Markdown = "---\ntitle: Проверка\n---\n\n# Раздел\n\nТекст שלום и 中.\n\n![](picture.png)\n\nЕщё 中.\n\n![Схема связей](picture.png)\n";

    private static readonly string[] CharacterPlaces = ["7:7", "7:8", "7:9", "7:10", "7:14", "11:5"];

    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, [new PdfReportRenderer(), new PngReportRenderer()]);

    private static ReadOnlyMemory<byte> Picture(string name)
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static Documents.ReportDocument Build(string markdown) => Generator.BuildMarkdownDocument(markdown, "check.md", Picture);

    private static IEnumerable<string> Places(ReportInputException e) => e.Problems.Select(p => $"{p.Line}:{p.Column}");

    [Fact]
    public async Task A_tagged_pdf_lists_every_unsettable_character_and_every_picture_without_alt_text_and_writes_nothing()
    {
        var document = Build(Markdown);
        using var output = new MemoryStream();
        var render = () => Generator.RenderAsync(document, ReportFormat.Pdf, output, new RenderOptions());
        var error = (await render.Should().ThrowAsync<ReportInputException>()).Which;
        Places(error).Should().Equal("7:7", "7:8", "7:9", "7:10", "7:14", "9:1", "11:5");
        error.Problems.Should().OnlyContain(p => p.Source == "check.md");
        error.Problems[0].ToString().Should().StartWith("check.md:7:7: U+05E9 'ש': right-to-left");
        error.Problems[4].Message.Should().StartWith("U+4E2D '中': no font");
        error.Problems[5].Message.Should().Contain("no alternative text");
        output.Length.Should().Be(0);
    }

    [Fact]
    public void An_untagged_pdf_and_png_pages_need_no_alt_text_but_list_every_character_before_opening_a_page()
    {
        var document = Build(Markdown);
        using var output = new MemoryStream();
        var pdf = () => Generator.Render(document, ReportFormat.Pdf, output, new RenderOptions { Tagged = false });
        Places(pdf.Should().Throw<ReportInputException>().Which).Should().Equal(CharacterPlaces);
        output.Length.Should().Be(0);

        var opened = 0;
        var png = () => Generator.RenderPages(document, _ => { opened++; return new MemoryStream(); });
        Places(png.Should().Throw<ReportInputException>().Which).Should().Equal(CharacterPlaces);
        opened.Should().Be(0);
    }

    [Fact]
    public void Without_those_characters_only_the_picture_is_a_problem_and_with_alt_text_it_is_a_figure_carrying_it()
    {
        var clean = Markdown.Replace("שלום и 中", "мир", StringComparison.Ordinal).Replace("Ещё 中.", "Ещё.", StringComparison.Ordinal);
        var untitled = () => Generator.Render(Build(clean), ReportFormat.Pdf, Stream.Null);
        var problem = untitled.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Which;
        problem.Line.Should().Be(9);
        problem.Column.Should().Be(1);

        using var output = new MemoryStream();
        Generator.Render(Build(clean.Replace("![](", "![Эмблема](", StringComparison.Ordinal)), ReportFormat.Pdf, output);
        using var pdf = PdfDocument.Open(output.ToArray());
        Figures(pdf, WritingFixtures.Dictionary(pdf, WritingFixtures.Catalog(pdf).Data["StructTreeRoot"]))
            .Select(f => WritingFixtures.Text(WritingFixtures.Entry(pdf, f, "Alt")))
            .Should().Equal("Эмблема", "Схема связей");
    }

    [Fact]
    public void A_document_built_in_code_gets_the_problems_without_a_position()
    {
        var document = Documents.Builder.DocumentBuilder.Create("Код")
            .Section(s => s.Paragraph("Текст 中.").Image(Picture("p").ToArray(), 30, 20))
            .Build();
        var render = () => new PdfReportRenderer().Render(document, RenderOptions.Default);
        var problems = render.Should().Throw<ReportInputException>().Which.Problems;
        problems.Should().HaveCount(2);
        problems[0].Message.Should().StartWith("U+4E2D '中': no font of the theme");
        problems[1].Message.Should().StartWith("Picture 1 of the document (30 × 20 pt) has no alternative text");
        problems.Should().OnlyContain(p => p.Line == null && p.Source == "document «Код»");
    }

    /// <summary>The Figure elements of the structure tree under <paramref name="element"/>, in reading order.</summary>
    private static IEnumerable<DictionaryToken> Figures(PdfDocument pdf, DictionaryToken element)
    {
        if (element.Data.TryGetValue("S", out var role) && role is NameToken { Data: "Figure" })
        {
            yield return element;
        }
        var kids = element.Data.TryGetValue("K", out var k) ? WritingFixtures.Resolve(pdf, k) : null;
        var list = kids is ArrayToken array ? array.Data : kids is null ? [] : [kids];
        foreach (var kid in list.Select(t => WritingFixtures.Resolve(pdf, t)).OfType<DictionaryToken>())
        {
            foreach (var figure in Figures(pdf, kid))
            {
                yield return figure;
            }
        }
    }
}
