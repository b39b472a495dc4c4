using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Markdown;
using Csto.Reporting.Themes;
using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Issue 9's rules in the DOCX: ranges kept whole at a line end, a minimum text width for deep nesting.</summary>
public sealed class TypographyLayoutTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Ranges of Roman numerals and years beside compounds of capitals joined by the same en dash, repeated with a
    // growing run of short words before each so that every one of them meets the line end somewhere.
    private static string RangesParagraph()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 24; i++)
        {
            text.Append(string.Concat(Enumerable.Repeat("и ", i % 7))).Append("в XX–XXI вв. и ИК–ИКС, в 2024–2025 гг. и АБВГ–АБВГ. ");
        }
        return text.ToString().Trim();
    }

    [Fact]
    public async Task The_dash_of_a_range_of_numbers_or_roman_numerals_is_followed_by_a_word_joiner_and_nothing_else_is()
    {
        var document = MarkdownDocumentReader.ReadFile("---\ntitle: \"Т\"\n---\n\nВ XX–XXI вв., в 2024–2025 гг., на Ту-154 и ИК–ИКС.\n", "ranges.md");
        var text = DocxInspection.PlainText(await DocxRendering.RenderAsync(document));
        text.Should().Contain("XX–\u2060XXI").And.Contain("2024–\u20602025").And.Contain("Ту-154").And.Contain("ИК–ИКС");
        text.Count(c => c == '\u2060').Should().Be(2);
    }

    [ToolFact("soffice")]
    public async Task LibreOffice_never_ends_a_line_inside_a_range_but_does_inside_a_compound_with_the_same_dash()
    {
        var document = MarkdownDocumentReader.ReadFile("---\ntitle: \"Т\"\n---\n\n" + RangesParagraph() + "\n", "ranges.md");
        var converted = await LibreOffice.ConvertToPdfAsync(await DocxRendering.RenderAsync(document), "ranges");
        using var pdf = PdfDocument.Open(converted);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text.Replace("\u2060", string.Empty, StringComparison.Ordinal)).ToList();
        words.Count(w => w is "ИК–" or "АБВГ–").Should().BeGreaterThan(0, "LibreOffice breaks after an en dash between words, so the ranges meet the line end too");
        words.Should().NotContain(w => w == "XX–" || w == "2024–", "a range is never broken at its dash");
        words.Count(w => w.StartsWith("XX–XXI", StringComparison.Ordinal)).Should().Be(24);
        words.Count(w => w.StartsWith("2024–2025", StringComparison.Ordinal)).Should().Be(24);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("quote")]
    public async Task Text_nested_as_deep_as_markdown_allows_keeps_at_least_forty_percent_of_the_measure(string kind)
    {
        var source = new StringBuilder("---\ntitle: \"Т\"\n---\n\n");
        for (var level = 0; level < MarkdownNesting.MaxDepth; level++)
        {
            source.Append(kind == "list" ? new string(' ', 2 * level) + "- " : new string('>', level + 1) + " ")
                .Append("уровень ").Append(level + 1).Append(": текст, достаточно длинный, чтобы переноситься на несколько строк страницы\n");
            if (kind == "quote")
            {
                source.Append(new string('>', level + 1)).Append('\n');
            }
        }
        var document = MarkdownDocumentReader.ReadFile(source.ToString(), kind + ".md");
        var docx = await DocxRendering.RenderAsync(document);

        // A paragraph's indents come from its own w:ind, its list level's or its style's, which replace one another
        // rather than add up: the widest left and right indents found anywhere bound the narrowest text.
        var indents = new[] { "word/document.xml", "word/numbering.xml", "word/styles.xml" }
            .Where(p => DocxInspection.EntryNames(docx).Contains(p))
            .SelectMany(p => DocxInspection.Part(docx, p).Descendants(W + "ind")).ToList();
        indents.Should().NotBeEmpty();
        double Twips(XElement ind, string side) =>
            (ind.Attribute(W + side) ?? ind.Attribute(W + (side == "left" ? "start" : "end"))) is { } a ? double.Parse(a.Value, CultureInfo.InvariantCulture) / 20 : 0;
        var left = indents.Max(i => Twips(i, "left"));
        var right = indents.Max(i => Twips(i, "right"));
        var measure = BuiltInThemes.Gost.PageSetup.ContentWidth;
        (measure - left - right).Should().BeGreaterThanOrEqualTo(0.4 * measure, $"the deepest {kind} text starts {left} pt from the left margin");
        DocxInspection.PlainText(docx).Should().Contain("уровень " + MarkdownNesting.MaxDepth);
    }
}
