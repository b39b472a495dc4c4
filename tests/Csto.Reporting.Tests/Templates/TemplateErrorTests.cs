using Csto.Reporting.Diagnostics;
using Csto.Reporting.Templates;
using static Csto.Reporting.Tests.Templates.TemplateTestKit;

namespace Csto.Reporting.Tests.Templates;

public class TemplateErrorTests
{
    // The front matter takes lines 1–5 of a test template, so its body starts on line 6.

    [Fact]
    public void A_syntax_error_points_at_the_file_line_and_column()
    {
        var act = () => TemplateCatalog.FromTexts([new("broken", EventTemplate("broken", "Строка\n{{ model.number }"))]);
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Source.Should().Be("template:broken");
        problem.Line.Should().Be(7);
        problem.Column.Should().BeGreaterThan(1);
        problem.Message.Should().Contain("Liquid syntax error").And.Contain("}}");
    }

    [Fact]
    public void An_undefined_name_points_at_its_use()
    {
        var act = () => Render("Первая строка\nВторая {{ model.number }} и {{ model.venue_name }}");
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Source.Should().Be("template:t");
        problem.Message.Should().Contain("Undefined name 'venue_name'");
        (problem.Line, problem.Column).Should().Be((7, 38));
    }

    [Fact]
    public void An_undefined_variable_points_at_its_use()
    {
        var act = () => Render("{% if model.number > 1 %}\n  {{ modle.number }}\n{% endif %}");
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("'modle'");
        (problem.Line, problem.Column).Should().Be((7, 6));
    }

    [Fact]
    public void A_null_member_is_not_an_error()
    {
        Render("[{{ model.venue }}]{% if model.venue %}есть{% else %}нет{% endif %}").Should().Be("[]нет");
    }

    [Fact]
    public void An_unknown_filter_points_at_the_filter()
    {
        var act = () => Render("{{ model.number }}\n{{ model.body_ids | first | genitiv }}");
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("Unknown filter 'genitiv'").And.Contain("genitive");
        (problem.Line, problem.Column).Should().Be((7, 29));
    }

    [Fact]
    public void A_bad_filter_argument_names_the_filter_and_points_at_it()
    {
        var act = () => Render("{{ model.number | ordinal: \"x\" }}");
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("Filter 'ordinal'").And.Contain("unknown gender 'x'");
        (problem.Line, problem.Column).Should().Be((6, 19));
    }

    [Fact]
    public void A_wrong_model_kind_names_the_kinds_and_points_at_the_model_line()
    {
        var engine = Engine("decl", "{{ model.title }}", model: "declaration");
        var act = () => engine.RenderMarkdown("decl", Session42);
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("takes a declaration record").And.Contain("given a event record");
        problem.Line.Should().Be(4);
    }

    [Fact]
    public void Every_front_matter_problem_is_reported()
    {
        var act = () => TemplateCatalog.FromTexts([new("x", "---\nname: y\nmodel: meeting\ntheme: dark\nlang: fr\ncolour: red\n---\nтекст")]);
        var problems = act.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => p.Message).Should().Contain(m => m.Contains("'colour'"))
            .And.Contain(m => m.Contains("must set 'title'"))
            .And.Contain(m => m.Contains("differs from its file name"))
            .And.Contain(m => m.Contains("Unknown model 'meeting'"))
            .And.Contain(m => m.Contains("Unknown theme 'dark'"))
            .And.Contain(m => m.Contains("Unknown language 'fr'"));
        problems.Single(p => p.Message.Contains("'colour'")).Line.Should().Be(6);
    }

    [Fact]
    public void A_template_without_front_matter_is_rejected()
    {
        var act = () => TemplateCatalog.FromTexts([new("x", "{{ model.title }}")]);
        act.Should().Throw<ReportInputException>().WithMessage("*front matter*");
    }
}
