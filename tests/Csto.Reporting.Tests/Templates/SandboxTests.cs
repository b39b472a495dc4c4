using Csto.Reporting.Diagnostics;
using static Csto.Reporting.Tests.Templates.TemplateTestKit;

namespace Csto.Reporting.Tests.Templates;

public class SandboxTests
{
    [Fact]
    public void An_endless_loop_is_stopped_by_the_step_limit()
    {
        var act = () => Render("{% for i in (1..100000000) %}{{ i }}{% endfor %}");
        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message
            .Should().Contain("steps").And.Contain("sandbox limit");
        var loop = () => Render("{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}");
        loop.Should().Throw<ReportInputException>().Which.Problems.Single().Message.Should().Contain("more than 200 000 steps");
    }

    [Fact]
    public void Deep_recursion_through_include_is_stopped()
    {
        var engine = Engine("t", "начало {% include 'loop' %}", partials: ("_loop", "x{% include 'loop' %}"));
        var act = () => engine.RenderMarkdown("t", Session42);
        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message
            .Should().Contain("Includes are nested deeper than");
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}{{ i }}{% endfor %}", 6, 1, "more items than the sandbox limit")]
    [InlineData("Начало.\n{% for i in (1..100000) %}{%- for j in (1..100000) %}x{% endfor %}{% endfor %}", 7, 27, "more than 200 000 steps")]
    [InlineData("Год: {{ 'now' | date: '%Y' }}", 6, 10, "clock")]
    public void A_sandbox_limit_is_reported_at_the_tag_that_hit_it(string body, int line, int column, string message)
    {
        var act = () => Render(body);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        (problem.Line, problem.Column).Should().Be((line, column), "the body starts on line 6, after the front matter");
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void A_partial_is_included()
    {
        var engine = Engine("t", "{% include 'number' %}", partials: ("_number", "№ {{ model.number }}"));
        engine.RenderMarkdown("t", Session42).Should().Be("№ 42");
        engine.Templates.Names.Should().Equal("t");
    }

    [Theory]
    [InlineData("{{ model.GetType }}")]
    [InlineData("{{ model.get_type }}")]
    [InlineData("{{ model.participants.first.get_type.assembly }}")]
    [InlineData("{{ model.date.get_type }}")]
    public void Dotnet_members_that_are_not_properties_are_never_reachable(string body)
    {
        var act = () => Render(body);
        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message.Should().Contain("Undefined name");
    }

    [Fact]
    public void An_enum_is_a_text_without_members() =>
        Render("[{{ model.type.assembly }}]").Should().Be("[]");

    [Fact]
    public void Domain_properties_are_readable_by_snake_case_name_and_enums_are_snake_case_texts()
    {
        Render("{{ model.number }} {{ model.type }} {{ model.body_ids | first }} {{ model.date }} {{ model.date.year }}")
            .Should().Be("42 session wg-afghanistan 2025-12-03 2025");
    }

    [Fact]
    public void The_clock_is_not_available()
    {
        var act = () => Render("{{ 'now' | date: '%Y' }}");
        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message.Should().Contain("clock");
    }

    [Fact]
    public void The_catalog_is_a_read_only_global()
    {
        Render("{{ catalog.organization.name | abbr }} {% for s in catalog.states %}{% if s.id == 'KG' %}{{ s.short_name | genitive }}{% endif %}{% endfor %}")
            .Should().Be("ОДКБ Кыргызстана");
        var act = () => Render("{% assign catalog = 1 %}{{ catalog.states | size }}");
        act.Should().NotThrow("an assignment makes a template-local variable; the catalog object itself is never changed");
    }
}
