using System.Diagnostics;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using NodaTime;
using Xunit.Abstractions;
using Csto.Testing;

namespace Csto.Reporting.Tests.Markdown;

public sealed class MarkdownFileTests(ITestOutputHelper output)
{
    [Fact]
    public void Front_matter_sets_metadata_theme_numbering_title_and_toc()
    {
        var document = MarkdownDocumentReader.ReadFile("""
            ---
            title: Аналитический доклад
            subtitle: О безопасности
            author: Секретариат ОДКБ
            date: 2025-11-27
            lang: ru-RU
            keywords: [ОДКБ, безопасность]
            theme: modern
            template: report
            numbered: true
            toc: true
            ---

            # Глава
            """, "doc.md");

        var metadata = document.Metadata;
        metadata.Title.Should().Be("Аналитический доклад");
        metadata.Subject.Should().Be("О безопасности");
        metadata.Author.Should().Be("Секретариат ОДКБ");
        metadata.Date.Should().Be(new LocalDate(2025, 11, 27));
        metadata.Keywords.Should().Equal("ОДКБ", "безопасность");
        document.ThemeName.Should().Be("modern");
        var blocks = document.Sections.Single().Blocks;
        blocks.Select(b => b.GetType().Name).Should().Equal("Paragraph", "Paragraph", "TableOfContents", "PageBreak", "Heading");
        ((Paragraph)blocks[0]).Style.Should().Be(ParagraphStyle.Title);
        ((Heading)blocks[4]).Number.Should().Be("1.");
    }

    [Fact]
    public void A_title_page_keeps_the_front_matter_title_out_and_the_toc_follows_it()
    {
        var blocks = MarkdownDocumentReader.ReadFile("---\ntitle: Доклад\ntoc: true\n---\n::: title-page\nДоклад {.title}\n:::\n\n# Глава", "doc.md")
            .Sections[0].Blocks;
        blocks.Select(b => b.GetType().Name).Should().Equal("TitlePage", "TableOfContents", "PageBreak", "Heading");
    }

    [Fact]
    public void Front_matter_reads_the_template_key_for_the_caller()
    {
        MarkdownFrontMatter.Parse("title: Доклад\ntemplate: statement", "doc.md").Template.Should().Be("statement");
    }

    [Fact]
    public void Unknown_key_lists_the_valid_keys_at_its_line()
    {
        var problem = Problems("---\ntitle: Доклад\nautor: Я\n---\nТекст").Should().ContainSingle().Subject;
        (problem.Line, problem.Column).Should().Be((3, 1));
        problem.Message.Should().Contain("'autor'").And.Contain("title, subtitle, author, date, lang, keywords, theme, template, numbered, toc");
    }

    [Fact]
    public void Bad_date_missing_title_and_bad_flag_are_all_reported()
    {
        var problems = Problems("---\nsubtitle: Без названия\ndate: 27.11.2025\ntoc: maybe\n---\nТекст");
        problems.Select(p => p.Line).Should().Equal(2, 3, 4);
        problems[0].Message.Should().Contain("'title'");
        problems[1].Message.Should().Contain("YYYY-MM-DD").And.Contain("27.11.2025");
        problems[2].Message.Should().Contain("true or false");
    }

    [Fact]
    public void Malformed_yaml_points_at_the_file_line()
    {
        var problem = Problems("---\ntitle: Доклад\nkeywords: [a, b\n---\nТекст").Should().ContainSingle().Subject;
        problem.Line.Should().BeInRange(3, 5);
        problem.Message.Should().Contain("not valid YAML");
    }

    [Fact]
    public void Errors_in_the_body_count_lines_after_the_front_matter()
    {
        var problem = Problems("---\ntitle: Доклад\n---\n\nАбзац\n\n::: unknown\n:::").Should().ContainSingle().Subject;
        problem.Line.Should().Be(7);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void Lone_cr_and_crlf_line_ends_read_the_front_matter_and_count_lines_as_lf_does(string end)
    {
        var text = "---\ntitle: Доклад\nlang: en-US\n---\n\n# Heading\n\nАбзац\n\n::: unknown\n:::".Replace("\n", end, StringComparison.Ordinal);

        Problems(text).Should().ContainSingle().Which.Line.Should().Be(10, "the same line as with LF line ends");
        var document = MarkdownDocumentReader.ReadFile(text.Replace("::: unknown" + end + ":::", string.Empty, StringComparison.Ordinal), "doc.md");
        document.Metadata.Title.Should().Be("Доклад");
        document.Metadata.Language.Should().Be("en-US");
    }

    [Fact]
    public void The_bench_report_reads_with_its_tables_and_footnotes()
    {
        var path = RepositoryPaths.BenchReport;
        var text = File.ReadAllText(path);
        MarkdownDocumentReader.ReadFile(text, path);
        var watch = Stopwatch.StartNew();
        var document = MarkdownDocumentReader.ReadFile(text, path);
        watch.Stop();

        var blocks = document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).ToList();
        blocks.OfType<Table>().Should().HaveCount(12).And.OnlyContain(t => t.Caption != null, "pandoc's ': Таблица N.' lines are captions");
        document.Footnotes.Should().HaveCount(30);
        document.Metadata.Title.Should().StartWith("Аналитический доклад");
        document.Headings().Should().HaveCountGreaterThan(80);
        output.WriteLine($"bench/report.md ({text.Length} chars): read in {watch.Elapsed.TotalMilliseconds:F1} ms (warm)");
    }

    private static IReadOnlyList<InputProblem> Problems(string text)
    {
        var read = () => MarkdownDocumentReader.ReadFile(text, "doc.md");
        return read.Should().Throw<ReportInputException>().Which.Problems;
    }
}
