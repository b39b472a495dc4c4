using Csto.Domain;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using Csto.Reporting.Typography;
using NodaTime;

namespace Csto.Reporting.Tests.Generation;

public class ReportGeneratorTests
{
    private static readonly Event Session = new(EventType.Session, number: 42, date: new LocalDate(2025, 12, 3), bodyIds: ["wg-afghanistan"],
        participants: [new PartnerParticipant("icrc")]);

    [Fact]
    public void Builds_a_typographed_tree_with_metadata_from_the_record_and_template()
    {
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);
        var document = generator.BuildDocument("session-communique", Session);

        document.Metadata.Title.Should().Be("Информационное сообщение о 42-м заседании Рабочей группы по Афганистану при СМИД ОДКБ", "file properties keep ordinary spaces");
        document.Metadata.Date.Should().Be(new LocalDate(2025, 12, 3));
        document.ThemeName.Should().Be("gost");
        var text = DocumentWalker.PlainText(document.Sections[0].Blocks.OfType<Paragraph>().Single(p => p.Style == ParagraphStyle.Body).Content);
        text.Should().Be("3\u00A0декабря 2025\u00A0года состоялось 42-е заседание Рабочей группы по\u00A0Афганистану при\u00A0СМИД ОДКБ с\u00A0участием МККК.");
    }

    [Fact]
    public void Typography_can_be_switched_off()
    {
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [], new ReportGeneratorOptions { Typography = TypographyOptions.None });
        var document = generator.BuildDocument("session-communique", Session);
        var text = DocumentWalker.PlainText(document.Sections[0].Blocks.OfType<Paragraph>().Single(p => p.Style == ParagraphStyle.Body).Content);
        text.Should().Contain("по Афганистану", "no no-break space is added after «по» without typography");
    }

    [Fact]
    public void An_invalid_record_lists_every_problem_with_its_path()
    {
        var invalid = new Event(EventType.Session, number: 1, date: new LocalDate(2025, 12, 3), bodyIds: ["no-such-body"],
            participants: [new PartnerParticipant("no-such-partner"), new StateDelegation("XX")], id: "broken");
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);

        var act = () => generator.BuildDocument("session-communique", invalid);

        var problems = act.Should().Throw<ReportInputException>().Which.Problems;
        problems.Should().HaveCountGreaterThanOrEqualTo(3);
        problems.Should().OnlyContain(p => p.Source == "record:broken");
        problems.Select(p => p.Path).Should().Contain(["bodyIds[0]", "participants[0].partnerId", "participants[1].stateId"]);
    }

    [Fact]
    public void A_record_of_the_wrong_kind_is_a_clear_error()
    {
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);
        var declaration = new Declaration("Декларация", "csc", new LocalDate(2025, 11, 27));
        var act = () => generator.BuildDocument("session-communique", declaration);
        act.Should().Throw<ReportInputException>().Which.Message.Should()
            .Contain("takes a event record").And.Contain("given a declaration record").And.Contain("summit-declaration");
        var noRecord = () => generator.BuildDocument("session-communique", null!);
        noRecord.Should().Throw<ArgumentNullException>().WithParameterName("record");
    }

    [Fact]
    public void A_data_file_uses_its_template_or_the_only_russian_template_of_its_kind()
    {
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);
        generator.BuildDocument(new CstoDataFile(Session)).Metadata.Language.Should().Be("ru-RU");
        generator.BuildDocument(new CstoDataFile(Session), "session-communique.en").Metadata.Language.Should().Be("en-US");
    }

    [Fact]
    public void Analyst_markdown_becomes_a_document_in_the_analytical_report_look()
    {
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);
        var document = generator.BuildMarkdownDocument("---\ntitle: Обзор\n---\n# Раздел\n\nТекст - с дефисом.", "review.md");
        document.ThemeName.Should().Be(TemplateCatalog.Embedded.Get("analytical-report").Theme);
        document.Metadata.Title.Should().Be("Обзор");
        var paragraph = document.Sections[0].Blocks.OfType<Paragraph>().Single(p => p.Style == ParagraphStyle.Body);
        DocumentWalker.PlainText(paragraph.Content).Should().Be("Текст\u00A0— с\u00A0дефисом.");
    }

    [Fact]
    public async Task Renders_with_the_registered_renderer_and_the_template_theme()
    {
        var renderer = new RecordingRenderer(ReportFormat.Pdf);
        var generator = new ReportGenerator(TemplateCatalog.Embedded, [renderer], new ReportGeneratorOptions { DefaultTheme = BuiltInThemes.Modern });
        using var output = new MemoryStream();

        await generator.RenderAsync("session-communique", Session, ReportFormat.Pdf, output);
        renderer.Options!.Theme.Name.Should().Be("gost", "the template's front matter names gost");

        var analystDocument = new ReportDocument(new DocumentMetadata("Без темы"), [new Section([new Paragraph("a")])]);
        await generator.RenderAsync(analystDocument, ReportFormat.Pdf, output);
        renderer.Options!.Theme.Name.Should().Be("modern", "a document without a theme takes the generator's default");

        await generator.RenderAsync(analystDocument, ReportFormat.Pdf, output, new RenderOptions { Theme = BuiltInThemes.Gost, PdfA = true });
        (renderer.Options!.Theme.Name, renderer.Options.PdfA).Should().Be(("gost", true));
        output.Length.Should().Be(3);

        var docx = () => generator.RenderAsync(analystDocument, ReportFormat.Docx, output);
        await docx.Should().ThrowAsync<InvalidOperationException>().WithMessage("No renderer is registered for Docx; registered: Pdf.");
    }

    [Fact]
    public void Two_renderers_for_one_format_are_rejected() =>
        FluentActions.Invoking(() => new ReportGenerator(TemplateCatalog.Embedded, [new RecordingRenderer(ReportFormat.Pdf), new RecordingRenderer(ReportFormat.Pdf)]))
            .Should().Throw<ArgumentException>().WithParameterName("renderers");

    private sealed class RecordingRenderer(ReportFormat format) : IReportRenderer
    {
        public ReportFormat Format => format;

        public RenderOptions? Options { get; private set; }

        public Task RenderAsync(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
        {
            Options = options;
            output.WriteByte(1);
            return Task.CompletedTask;
        }

        public void Render(ReportDocument document, RenderOptions options, Stream output, CancellationToken cancellationToken = default) =>
            RenderAsync(document, options, output, cancellationToken).GetAwaiter().GetResult();
    }
}
