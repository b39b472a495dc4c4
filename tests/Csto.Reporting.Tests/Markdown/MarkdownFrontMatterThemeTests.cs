using Csto.Reporting.Diagnostics;
using Csto.Reporting.Markdown;

namespace Csto.Reporting.Tests.Markdown;

public sealed class MarkdownFrontMatterThemeTests
{
    [Fact]
    public void A_known_theme_is_recorded_on_the_document()
    {
        var document = MarkdownDocumentReader.ReadFile("---\ntitle: Обзор\ntheme: Modern\n---\n\nТекст.\n", "review.md");

        document.ThemeName.Should().Be("Modern");
    }

    [Fact]
    public void An_unknown_theme_is_an_error_at_its_line()
    {
        var act = () => MarkdownDocumentReader.ReadFile("---\ntitle: Обзор\ntheme: baroque\n---\n\nТекст.\n", "review.md");

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Line.Should().Be(3);
        problem.ToString().Should().StartWith("review.md:3:").And.Contain("gost, modern").And.Contain("'baroque'");
    }
}
