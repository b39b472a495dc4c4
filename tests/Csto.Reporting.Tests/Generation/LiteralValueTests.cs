using Csto.Domain.Documents;
using Csto.Domain.Naming;
using Csto.Domain.Places;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using Csto.Reporting.Typography;
using Csto.Reporting.Tests.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Generation;

/// <summary>Printed values are plain text where containers look for separators (issue 15).</summary>
public class LiteralValueTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, [], new ReportGeneratorOptions { Typography = TypographyOptions.None });

    [Fact]
    public void A_signatory_office_and_a_place_holding_a_bar_stay_whole()
    {
        var office = new Name(RussianName.Indeclinable("Председатель | Совета *x*"), "Chair | of the Council");
        var place = new City(new Name(RussianName.Indeclinable("Бишкек | Ош"), "Bishkek | Osh"), "KG");
        var statement = new Statement("Заявление", "csc", new LocalDate(2025, 11, 27), place: place,
            paragraphs: ["Текст."], signatories: [new Csto.Domain.Documents.Signatory("KG", office)]);

        var blocks = Generator.BuildDocument("statement", statement).Sections[0].Blocks;

        blocks.OfType<SignatureBlock>().Single().Signatories.Select(s => (s.Office, s.Name)).Should().Equal(("Председатель | Совета *x*", string.Empty));
        blocks.OfType<Paragraph>().Single(p => p.Style == ParagraphStyle.PlaceAndDate).Content
            .Should().Equal(new TextRun("Бишкек | Ош\t27\u00A0ноября 2025\u00A0года"));
    }

    [Fact]
    public void A_value_with_line_ends_gives_line_breaks_not_blocks()
    {
        var statement = new Statement("Заявление", "csc", new LocalDate(2025, 11, 27), paragraphs: ["Первая\n===\n::: page-break\r\n    вторая"]);

        var blocks = Generator.BuildDocument("statement", statement).Sections[0].Blocks;

        blocks.Should().NotContain(b => b is Heading || b is PageBreak);
        blocks.OfType<Paragraph>().Should().ContainSingle(p => p.Style == ParagraphStyle.Body).Which.Content.Should().Equal(
            new TextRun("Первая"), LineBreak.Instance, new TextRun("==="), LineBreak.Instance, new TextRun("::: page-break"), LineBreak.Instance, new TextRun("    вторая"));
    }

    [Fact]
    public void Raw_and_escape_filters_cannot_bypass_the_literal_values()
    {
        var engine = TemplateTestKit.Engine("t", "{{ '# a' | raw }}\n\n{{ '<b>' | escape }}");
        var document = new ReportGenerator(engine.Templates, [], new ReportGeneratorOptions { Typography = TypographyOptions.None })
            .BuildDocument("t", TemplateTestKit.Session42);

        document.Sections[0].Blocks.Select(b => b is Paragraph p ? DocumentWalker.PlainText(p.Content) : b.GetType().Name)
            .Should().Equal("# a", "&lt;b&gt;");
    }
}
