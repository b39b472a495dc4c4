using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;
using Csto.Reporting.Tests.Markdown;

namespace Csto.Reporting.Tests.Documents;

public sealed class HeadingAnchorTests
{
    private static Heading Heading(string text, string anchor) => new(1, [new TextRun(text)], anchor);

    [Fact]
    public void A_document_rejects_two_headings_with_one_anchor_naming_both()
    {
        var create = () => new ReportDocument(new DocumentMetadata("Доклад"), [
            new Section([Heading("Введение", "intro")]),
            new Section([new BlockQuote([Heading("Ещё введение", "intro")])]),
        ]);
        create.Should().Throw<ArgumentException>().WithMessage("The anchor 'intro' is used by two headings, «Введение» and «Ещё введение»*").Which.ParamName.Should().Be("Sections");
    }

    [Fact]
    public void With_cannot_add_a_duplicate_anchor()
    {
        var document = new ReportDocument(new DocumentMetadata("Доклад"), [new Section([Heading("Введение", "intro")])]);
        var add = () => document with { Sections = [.. document.Sections, new Section([Heading("Другое", "intro")])] };
        add.Should().Throw<ArgumentException>().WithMessage("*'intro'*");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("раздел")]
    public void Heading_anchors_are_two_or_more_ascii_characters(string anchor)
    {
        FluentActions.Invoking(() => Heading("Текст", anchor)).Should().Throw<ArgumentException>().WithMessage("*two or more*").Which.ParamName.Should().Be("anchor");
        Heading("Текст", "ab").Anchor.Should().Be("ab");
    }

    [Fact]
    public void Markdown_automatic_anchors_skip_ids_taken_explicitly_later()
    {
        var document = MarkdownReaderBlockTests.Read("# Первый\n\n# Второй\n\n# Третий {#h-1}\n\n# Четвёртый {#h-1-2}\n");
        document.Headings().Select(h => h.Anchor).Should().Equal("h-1-3", "h-2", "h-1", "h-1-2");
    }

    [Fact]
    public void Markdown_reports_a_repeated_explicit_id_on_the_second_heading()
    {
        var read = () => MarkdownReaderBlockTests.Read("# Первый {#h-2}\n\n# Второй\n\n# Третий {#h-2}\n");
        var problem = read.Should().Throw<Csto.Reporting.Diagnostics.ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(5);
        problem.Message.Should().Contain("'h-2'");
    }

    [Fact]
    public void Markdown_reports_a_one_character_id()
    {
        var read = () => MarkdownReaderBlockTests.Read("# Первый {#a}\n");
        read.Should().Throw<Csto.Reporting.Diagnostics.ReportInputException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("two or more characters");
    }

    [Fact]
    public void Builder_moves_an_automatic_anchor_that_a_later_explicit_id_takes()
    {
        var document = DocumentBuilder.Create("Доклад").Section(s => s
            .Heading(1, "Первый")
            .Paragraph("Текст")
            .Heading(1, "Второй", id: "h-1")).Build();
        document.Headings().Select(h => (DocumentWalker.PlainText(h.Content), h.Anchor)).Should().Equal(("Первый", "h-1-2"), ("Второй", "h-1"));
    }

    [Fact]
    public void Builder_automatic_anchor_skips_an_explicit_id_given_earlier()
    {
        var document = DocumentBuilder.Create("Доклад").Section(s => s
            .Heading(1, "Первый", id: "h-2")
            .Heading(1, "Второй")).Build();
        document.Headings().Select(h => h.Anchor).Should().Equal("h-2", "h-2-2");
    }

    [Fact]
    public void Builder_still_rejects_a_repeated_explicit_id()
    {
        var build = () => DocumentBuilder.Create("Доклад").Section(s => s
            .Heading(1, "Первый", id: "intro")
            .Heading(1, "Второй", id: "intro")).Build();
        build.Should().Throw<ArgumentException>().WithMessage("*'intro'*");
    }
}
