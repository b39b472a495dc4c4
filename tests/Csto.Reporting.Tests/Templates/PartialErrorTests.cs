using Csto.Reporting.Diagnostics;
using Csto.Reporting.Templates;
using static Csto.Reporting.Tests.Templates.TemplateTestKit;

namespace Csto.Reporting.Tests.Templates;

/// <summary>
/// An include or render of a partial that does not exist, and a sandbox limit hit inside a partial: input errors at the
/// partial's own tag, with the include chain.
/// </summary>
public sealed class PartialErrorTests
{
    [Fact]
    public void An_include_or_render_of_a_missing_partial_is_an_error_at_its_tag_when_the_catalog_is_built()
    {
        var files = new KeyValuePair<string, string>[]
        {
            new("t", EventTemplate("t", "Начало.\n{% include 'nosuch' %}\n  {%- render \"signaturs\" %}\n{% include 'nosuch' %}")),
            new("_signatures", "Подписи"),
            new("_place", "{% include 'plase' %}"),
        };

        var act = () => TemplateCatalog.FromTexts(files);

        act.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "template:t:7:1: include: no template \"nosuch\" among the templates (a partial is a file _nosuch.liquid); partials: place, signatures.",
            "template:t:8:3: render: no template \"signaturs\" among the templates (a partial is a file _signaturs.liquid); did you mean \"signatures\"?",
            "template:t:9:1: include: no template \"nosuch\" among the templates (a partial is a file _nosuch.liquid); partials: place, signatures.",
            "template:_place:1:1: include: no template \"plase\" among the templates (a partial is a file _plase.liquid); did you mean \"place\"?");
    }

    [Fact]
    public void A_missing_partial_in_a_template_folder_names_the_folder_and_the_bundled_templates()
    {
        var folder = Directory.CreateTempSubdirectory("csto-partials-").FullName;
        try
        {
            var path = Path.Combine(folder, "statement.liquid");
            File.WriteAllText(path, "---\nname: statement\ntitle: T\nmodel: statement\n---\nA\n\n{% include 'nosuch' %}\n{% render 'signaturs' %}\n");

            var act = () => TemplateCatalog.Embedded.WithOverrides(folder);

            act.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
                $"{path}:8:1: include: no template \"nosuch\" in {folder} or among the bundled templates (a partial is a file _nosuch.liquid); partials: "
                    + string.Join(", ", TemplateCatalog.Embedded.Partials.Keys.Order(StringComparer.Ordinal)) + ".",
                $"{path}:9:1: render: no template \"signaturs\" in {folder} or among the bundled templates (a partial is a file _signaturs.liquid); did you mean \"signatures\"?");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_partial_name_computed_while_the_template_runs_is_an_error_at_the_include_tag()
    {
        var engine = Engine("t", "Начало.\n{% assign name = 'nosuch' %}\n  {% include name %}", partials: ("_number", "№"));

        var act = () => engine.RenderMarkdown("t", Session42);

        act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString().Should().Be(
            "template:t:8:3: include: no template \"nosuch\" among the templates (a partial is a file _nosuch.liquid); partials: number.");
    }

    [Theory]
    [InlineData("x\n{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}", 2, 27, "more than 200 000 steps")]
    [InlineData("x\n{% assign n = 10000000 %}{% for i in (1..n) %}{{ i }}{% endfor %}", 2, 26, "The range (1..10000000) has more items than the sandbox limit")]
    [InlineData("{% assign s = 'abcdefgh' %}{% for i in (1..17) %}{% assign s = s | append: s %}{% endfor %}\n  {% for i in (1..100) %}{{ s }}{% endfor %}", 2, 3, "produced more than 8388608 characters")]
    public void A_limit_hit_inside_a_partial_is_reported_at_the_partials_tag_with_the_include_chain(string partial, int line, int column, string message)
    {
        var engine = Engine("t", "Начало.\n\n  {% include 'outer' %}", partials: [("_outer", "Вступление\n{% render 'inner' %}"), ("_inner", partial)]);

        var act = () => engine.RenderMarkdown("t", Session42);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        (problem.Source, problem.Line, problem.Column).Should().Be(("template:_inner", line, column), "the tag of the partial that hit the limit, not the caller's include");
        problem.Message.Should().Contain(message).And.EndWith(" (included from template:_outer:2:1, from template:t:8:3)");
    }

    [Fact]
    public void A_text_too_long_for_an_assign_in_a_partial_is_reported_at_that_assign_with_the_include_chain()
    {
        // The first assign of 's' is harmless; the one doubling it in the partial's loop passes the limit.
        var engine = Engine("t", "Начало.\n{% assign s = \"xxxxxxxxxx\" %}\n{% include 'grow' %}",
            partials: ("_grow", "a\nb\n  {% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}"));

        var act = () => engine.RenderMarkdown("t", Session42);

        act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString().Should().Be(
            "template:_grow:3:25: The assign of 's' makes a text of 1310720 characters, more than the sandbox limit of 1048576 characters;"
            + " look for a string doubled in a loop. (included from template:t:8:1)");
    }

    [Fact]
    public void A_text_too_long_for_an_assign_in_the_template_itself_is_reported_at_that_assign_not_at_the_first_one()
    {
        var engine = Engine("t", "Начало.\n{% assign s = \"xxxxxxxxxx\" %}\n{% for i in (1..30) %}\n  {%- assign s = s | append: s %}{% endfor %}");

        var act = () => engine.RenderMarkdown("t", Session42);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        (problem.Source, problem.Line, problem.Column).Should().Be(("template:t", 9, 3));
        problem.Message.Should().StartWith("The assign of 's' makes a text of 1310720 characters").And.NotContain("included from");
    }

    [Fact]
    public void A_text_too_long_for_a_capture_in_a_partial_without_loops_is_reported_at_that_capture_not_at_the_include()
    {
        var engine = Engine("t",
            "{% assign s = 'abcdefgh' %}{% for i in (1..16) %}{% assign s = s | append: s %}{% endfor %}\n\n {% include 'cap' %}",
            partials: ("_cap", "x\n  {% capture c %}{{ s }}{{ s }}{{ s }}{% endcapture %}{{ c | size }}"));

        var act = () => engine.RenderMarkdown("t", Session42);

        act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString().Should().Be(
            "template:_cap:2:3: The capture of 'c' makes a text of 1572864 characters, more than the sandbox limit of 1048576 characters;"
            + " look for a string doubled in a loop. (included from template:t:8:2)");
    }

    [Fact]
    public void Includes_nested_too_deep_are_reported_at_the_include_that_goes_one_level_too_deep()
    {
        var engine = Engine("t", "Начало.\n\nначало {% include 'loop' %}", partials: ("_loop", "x\n {% include 'loop' %}"));

        var act = () => engine.RenderMarkdown("t", Session42);

        act.Should().Throw<ReportInputException>().Which.Problems.Single().ToString().Should().Be(
            "template:_loop:2:2: Includes are nested deeper than 16 levels (the sandbox limit); a partial probably includes itself."
            + " (included from template:_loop:2:2 (15 times), from template:t:8:8)");
    }

    [Fact]
    public void Blocks_nested_deeper_than_the_include_limit_are_not_taken_for_includes()
    {
        // Fluid counts loops as recursion too; 20 nested loops are within the block limit (32) and include nothing.
        var body = string.Concat(Enumerable.Repeat("{% for i in (1..1) %}", 20)) + "{{ model.number }}" + string.Concat(Enumerable.Repeat("{% endfor %}", 20));

        Engine("t", "{% include 'deep' %}", partials: ("_deep", body)).RenderMarkdown("t", Session42).Should().Be("42");
    }
}
