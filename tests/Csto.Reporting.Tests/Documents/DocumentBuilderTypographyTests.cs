using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Typography;

namespace Csto.Reporting.Tests.Documents;

/// <summary>Documents built in C# get the typography pass by default, as templates and Markdown do; it can be switched off.</summary>
public sealed class DocumentBuilderTypographyTests
{
    private const string Typed = "Текст \"в кавычках\" - с тире.";

    private static string FirstParagraph(ReportDocument document) =>
        string.Concat(document.Sections[0].Blocks.OfType<Paragraph>().Single().Content.OfType<TextRun>().Select(r => r.Text));

    [Fact]
    public void Build_applies_every_typography_rule_by_default()
    {
        var document = DocumentBuilder.Create("Заявление \"о мерах\"").Section(s => s.Paragraph(Typed)).Build();

        FirstParagraph(document).Should().Be("Текст «в\u00A0кавычках»\u00A0— с\u00A0тире.");
        document.Metadata.Title.Should().Be("Заявление «о мерах»");
        Typographer.Apply(document, TypographyOptions.All).Should().BeEquivalentTo(document, "the pass was already applied");
    }

    [Fact]
    public void Typography_None_keeps_the_text_as_given()
    {
        var document = DocumentBuilder.Create("Заявление \"о мерах\"").Typography(TypographyOptions.None).Section(s => s.Paragraph(Typed)).Build();

        FirstParagraph(document).Should().Be(Typed);
        document.Metadata.Title.Should().Be("Заявление \"о мерах\"");
    }

    [Fact]
    public void Only_the_chosen_rules_are_applied()
    {
        var document = DocumentBuilder.Create("Заявление").Typography(TypographyOptions.None with { Quotes = true }).Section(s => s.Paragraph(Typed)).Build();

        FirstParagraph(document).Should().Be("Текст «в кавычках» - с тире.");
    }
}
