using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;

namespace Csto.Reporting.Tests.Markdown;

public sealed class MarkdownReaderErrorTests
{
    private static InputProblem SingleProblem(string markdown, int firstLine = 1)
    {
        var read = () => MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions
        {
            SourceName = "report.md",
            FirstLineNumber = firstLine,
            Metadata = new DocumentMetadata("Доклад"),
        });
        return read.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Unknown_container_names_the_known_ones_with_line_and_column()
    {
        var problem = SingleProblem("Абзац\n\n::: sidebar\nтекст\n:::\n", firstLine: 10);
        problem.Source.Should().Be("report.md");
        (problem.Line, problem.Column).Should().Be((12, 1));
        problem.Message.Should().Contain("'::: sidebar'").And.Contain("title-page, signatures, place-date, toc, page-break");
    }

    [Fact]
    public void Quotes_and_lists_nested_past_sixteen_are_errors_at_each_one_too_deep()
    {
        static string Quote(int depth) => string.Concat(Enumerable.Repeat("> ", depth)) + "цитата\n";
        static string List(int depth) => string.Concat(Enumerable.Range(0, depth).Select(d => new string(' ', 2 * d) + "- пункт\n"));
        var options = new MarkdownReadOptions { SourceName = "report.md", FirstLineNumber = 10, Metadata = new DocumentMetadata("Доклад") };

        var deepest = MarkdownDocumentReader.Read("Абзац\n\n" + Quote(16) + "\n" + List(16), options);
        deepest.Sections.SelectMany(s => s.Blocks).Should().HaveCount(3, "sixteen levels are still a report");

        var read = () => MarkdownDocumentReader.Read("Абзац\n\n" + Quote(17) + "\n" + List(17), options);
        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => (p.Line, p.Column)).Should().Equal((12, 33), (30, 33));
        problems[0].Message.Should().Be("This quote is nested 17 quotes and lists deep; a report may nest at most 16.");
        problems[1].Message.Should().StartWith("This list is nested 17");
        problems.Should().OnlyContain(p => p.Source == "report.md");
    }

    [Fact]
    public void Thousands_deep_lists_and_quotes_are_refused_once_at_the_first_level_past_sixteen()
    {
        // Markdig would nest these blocks 1 400 deep (tens of seconds); the reader stops each at its 17th level.
        var list = string.Concat(Enumerable.Range(0, 1400).Select(d => new string(' ', 2 * d) + "- пункт\n"));
        var quote = string.Concat(Enumerable.Repeat("> ", 1000)) + "цитата\n";
        var read = () => MarkdownDocumentReader.Read("Абзац\n\n" + list + "\nАбзац\n\n" + quote, new MarkdownReadOptions
        {
            SourceName = "report.md",
            Metadata = new DocumentMetadata("Доклад"),
        });

        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => (p.Line, p.Column)).Should().Equal((3 + 16, 33), (3 + 1400 + 3, 33));
        problems[0].Message.Should().Be("This list is nested 17 quotes and lists deep; a report may nest at most 16.");
        problems[1].Message.Should().Be("This quote is nested 17 quotes and lists deep; a report may nest at most 16.");
    }

    [Fact]
    public void A_list_inside_a_quote_counts_both_toward_sixteen()
    {
        var markdown = string.Concat(Enumerable.Repeat("> ", 10)) + "цитата\n" + string.Concat(Enumerable.Repeat("> ", 10)) + "\n"
            + string.Concat(Enumerable.Range(0, 7).Select(d => string.Concat(Enumerable.Repeat("> ", 10)) + new string(' ', 2 * d) + "- пункт\n"));

        var problem = SingleProblem(markdown);

        (problem.Line, problem.Column).Should().Be((9, 33), "the seventh list under ten quotes is the 17th level; its marker is at column 21 + 12");
        problem.Message.Should().StartWith("This list is nested 17");
    }

    [Fact]
    public void A_paragraph_heading_or_code_block_longer_than_250_000_characters_is_an_error_at_its_line()
    {
        // 50 000 words of five characters: "слово " repeated, the last space dropped, makes 299 999 characters.
        static string Words(int count) => string.Join(' ', Enumerable.Repeat("слово", count));
        var longest = Words(41_667)[..250_000];
        var markdown = "Абзац\n\n" + longest + "\n\n" + longest + "о\n\n# " + Words(50_000) + "\n\n    " + Words(50_000) + "\n";
        var options = new MarkdownReadOptions { SourceName = "report.md", Metadata = new DocumentMetadata("Доклад") };

        var read = () => MarkdownDocumentReader.Read(markdown, options);

        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => (p.Line, p.Column)).Should().Equal((5, 1), (7, 1), (9, 1));
        problems[0].Message.Should().Be("This paragraph has 250,001 characters; a paragraph may have at most 250,000 (some 75 pages). Break it into paragraphs.");
        problems[1].Message.Should().StartWith("This heading has 299,999 characters;");
        problems[2].Message.Should().StartWith("This paragraph has 299,999 characters;");
        MarkdownDocumentReader.Read("Абзац\n\n" + longest + "\n", options).Sections[0].Blocks[1]
            .Should().BeOfType<Paragraph>().Which.Content.Should().ContainSingle().Which.Should().BeOfType<TextRun>().Which.Text.Should().HaveLength(250_000);
    }

    [Fact]
    public void Html_blocks_and_inline_html_are_errors()
    {
        SingleProblem("Абзац\n\n<div>блок</div>\n").Line.Should().Be(3);
        var read = () => MarkdownDocumentReader.Read("Первый\n\nТекст <b>жирный</b>", new MarkdownReadOptions { Metadata = new DocumentMetadata("Доклад") });
        var inline = read.Should().Throw<ReportInputException>().Which.Problems[0];
        (inline.Line, inline.Column).Should().Be((3, 7));
        inline.Message.Should().Contain("Inline HTML");
    }

    [Fact]
    public void Unused_footnote_is_reported_at_its_definition()
    {
        var problem = SingleProblem("Текст[^a].\n\n[^a]: Используется.\n\n[^b]: Не используется.\n");
        (problem.Line, problem.Column).Should().Be((5, 1), "the definition's '[^b]:' opens its line");
        problem.Message.Should().Contain("[^b]").And.Contain("never referenced");
    }

    [Fact]
    public void Unknown_paragraph_class_and_relative_link_are_reported_together()
    {
        var read = () => MarkdownDocumentReader.Read("Текст {.sidebar}\n\n[ссылка](page.html)", new MarkdownReadOptions
        {
            Metadata = new DocumentMetadata("Доклад"),
        });
        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => p.Line).Should().Equal(1, 3);
        problems[0].Message.Should().Contain(".sidebar").And.Contain(".lead");
        problems[1].Message.Should().Contain("absolute URI");
    }

    [Fact]
    public void Images_without_a_loader_and_duplicate_ids_are_errors()
    {
        SingleProblem("![карта](map.png)").Message.Should().Contain("no image loader");
        SingleProblem("# А {#dup}\n\n# Б {#dup}").Line.Should().Be(3);
        SingleProblem("Текст\n\n# А {#x}").Message.Should().Contain("not understood");
    }

    [Fact]
    public void Bad_container_content_is_reported()
    {
        SingleProblem("::: signatures\nне список\n:::").Message.Should().Contain("bullet list");
        SingleProblem("::: toc 7\n:::").Message.Should().Contain("1 to 4");
        SingleProblem("Раз\n\n***\n\nДва").Line.Should().Be(3);
    }

    [Fact]
    public void Two_hundred_nested_containers_are_one_error_at_the_deepest_opening_line()
    {
        // div200.md of the robust-inputs issue: a front matter, then 200 «::: note» lines, a paragraph and 200 «:::».
        var markdown = "---\ntitle: Вложенные блоки\n---\n\n" + string.Concat(Enumerable.Repeat("::: note\n", 200)) + "Текст.\n" + string.Concat(Enumerable.Repeat(":::\n", 200));
        var read = () => MarkdownDocumentReader.ReadFile(markdown, "div200.md");
        read.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "div200.md:204:1: The Markdown is nested too deeply: this line is 200 quotes, lists and ::: containers deep; Markdown may nest at most 128 elements, a report needs a few.");
    }

    [Theory]
    [InlineData("# Глава\n\nТекст.", "r.md:1:1: The Markdown file has no front matter giving its title: begin the file with a line \"---\", a line such as \"title: Информационная справка\", and a line \"---\".")]
    public void Without_a_title_in_front_matter_the_message_says_what_to_write_in_the_file_not_which_option_to_set(string markdown, string expected)
    {
        var read = () => MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions { SourceName = "r.md" });
        read.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(expected);
    }
}

/// <summary>Markdown that was accepted silently and is an error at its position now (issue 15).</summary>
public sealed class MarkdownValidationGapTests
{
    private static IEnumerable<string> Problems(string markdown)
    {
        var read = () => MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions { SourceName = "r.md", Metadata = new DocumentMetadata("Доклад") });
        return read.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString());
    }

    [Fact]
    public void An_undefined_footnote_reference_is_an_error_at_its_bracket() =>
        Problems("Текст[^1] и ещё[^note].\n\n[^1]: Сноска.\n").Should().Equal(
            "r.md:1:16: The footnote [^note] is not defined; add a line '[^note]: text' or remove the reference.");

    [Fact]
    public void Undefined_footnote_references_after_a_front_matter_are_reported_at_their_file_positions()
    {
        // Four lines of front matter shift the body; the second reference sits in a quote, the third after emphasis.
        const string markdown = "---\ntitle: Доклад\nlang: ru\n---\nПервый абзац[^a].\n\n> Цитата со ссылкой [^b] внутри.\n\n*Курсив*[^c] и [^d]\n";
        var read = () => MarkdownDocumentReader.ReadFile(markdown, "r.md");
        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => (p.Line, p.Column, p.Message[..16])).Should().Equal(
            (5, 13, "The footnote [^a"), (7, 21, "The footnote [^b"), (9, 9, "The footnote [^c"), (9, 16, "The footnote [^d"));
        foreach (var problem in problems)
        {
            var line = markdown.Split('\n')[problem.Line!.Value - 1];
            line[(problem.Column!.Value - 1)..].Should().StartWith(problem.Message[13..17], "the column points at the reference's '[^'");
        }
    }

    [Fact]
    public void Problems_are_sorted_by_line_and_column_whatever_the_order_they_were_found_in()
    {
        // Found in this order: the undefined reference (while converting inlines, line 9), the repeated label (after
        // the blocks, line 15), the unused definition (line 11), then the link to a missing anchor (checked once every
        // heading is known, line 5).
        const string markdown = "---\ntitle: Доклад\n---\n\nСм. [раздел](#nowhere).\n\nТекст[^a].\n\nЕщё [^missing] текст.\n\n[^unused]: Лишняя.\n\n[^a]: Первая.\n\n[^a]: Вторая.\n";
        var read = () => MarkdownDocumentReader.ReadFile(markdown, "r.md");
        var exception = read.Should().Throw<ReportInputException>().Which;
        exception.Problems.Select(p => (p.Line, p.Column)).Should().Equal((5, 5), (9, 5), (11, 1), (15, 1));
        exception.Message.Split(Environment.NewLine).Skip(1).Should().Equal(exception.Problems.Select(p => p.ToString()),
            "the message lists the problems in the same order");
    }

    [Fact]
    public void A_repeated_footnote_label_is_an_error_at_the_second_definition() =>
        Problems("Текст[^a].\n\n[^a]: Первая.\n\n[^a]: Вторая.\n").Should().Equal(
            "r.md:5:1: The footnote label [^a] is already defined on line 3; labels must be unique.");

    [Fact]
    public void An_unclosed_container_is_an_error_at_its_opening_line() =>
        Problems("Абзац.\n\n::: title-page\nТитул\n\n# Глава\n\nТекст.\n").Should().Equal(
            "r.md:3:1: The container '::: title-page' is never closed; end it with a line ':::'.");

    [Theory]
    [InlineData("::::", "Титул\n\n::: title-foot\nМосква\n:::\n\nЕщё текст после подвала.\n")]
    [InlineData(":::::", "Титул\n\n***\n\nСередина\n\n***\n\nНиз\n\n***\n\nЕщё\n")]
    public void An_unclosed_container_is_named_with_its_fence_as_written_and_is_the_only_error(string fence, string inside) =>
        Problems($"Абзац.\n\n{fence} title-page\n{inside}").Should().Equal(
            $"r.md:3:1: The container '{fence} title-page' is never closed; end it with a line '{fence}'.");

    [Fact]
    public void A_title_page_and_its_title_foot_both_left_open_are_each_named_at_their_line() =>
        Problems("Абзац.\n\n:::: title-page\nТитул\n\n::: title-foot\nМосква\n").Should().Equal(
            "r.md:3:1: The container ':::: title-page' is never closed; end it with a line '::::'.",
            "r.md:6:1: The container '::: title-foot' is never closed; end it with a line ':::'.");

    [Fact]
    public void A_fence_too_short_to_close_its_container_is_one_error_naming_both_fences() =>
        Problems(":::: title-page\nЗаг\n:::\n\nТекст.\n").Should().Equal(
            "r.md:1:1: The container ':::: title-page' is never closed; end it with a line '::::' (the line ':::' on line 3 has too few colons to close it).");

    [Theory]
    [InlineData("::::")]
    [InlineData(":::")]
    public void A_stray_fence_is_one_error_with_the_fence_as_written(string fence) =>
        Problems($"Текст.\n\n{fence}\n\nЕщё.\n").Should().Equal(
            $"r.md:3:1: The line '{fence}' closes no container (none that it can close is open): remove it, or name the container it opens;"
            + " known containers: title-page, signatures, place-date, toc, page-break, chart.");

    [Fact]
    public void An_unknown_container_is_named_with_its_fence_as_written() =>
        Problems(":::: nosuch\nТекст.\n::::\n").Should().Equal(
            "r.md:1:1: Unknown container ':::: nosuch'; known containers: title-page, signatures, place-date, toc, page-break, chart.");

    [Fact]
    public void A_link_to_a_missing_anchor_is_an_error() =>
        Problems("# Глава {#one}\n\nСм. [главу](#one) и [другую](#two).\n").Should().Equal(
            "r.md:3:21: No heading has the id 'two' this link leads to; give a heading {#two} or fix the link.");

    [Fact]
    public void Only_http_https_and_mailto_links_are_allowed() =>
        Problems("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](https://x.org) [d](mailto:a@b.c)\n").Should().Equal(
            "r.md:1:1: A link may lead to http, https or mailto addresses only; got 'javascript:'.",
            "r.md:1:26: A link may lead to http, https or mailto addresses only; got 'file:'.");

    [Fact]
    public void A_title_foot_outside_a_title_page_or_not_last_in_it_is_an_error_with_its_line()
    {
        Problems("Абзац.\n\n::: title-foot\nМосква\n:::\n").Should().Equal(
            "r.md:3:1: '::: title-foot' belongs inside a ::: title-page, as its last part (the blocks set at the foot of the title page).");
        Problems(":::: title-page\nДоклад\n\n::: title-foot\nМосква\n:::\n\nЕщё\n::::\n").Should().Equal(
            "r.md:4:1: '::: title-foot' is the last part of a ::: title-page; move what follows it above it.");
        Problems("::: title-page\nДоклад\n\n::: title-foot\nМосква\n:::\n").Should().Equal(
            "r.md:4:1: The container '::: title-foot' is never closed: open the title page with four colons (':::: title-page' … '::::') so that the ':::' after '::: title-foot' closes only it.");
    }
}
