using Csto.Reporting.Diagnostics;
using Csto.Reporting.Templates;
using static Csto.Reporting.Tests.Templates.TemplateTestKit;

namespace Csto.Reporting.Tests.Templates;

/// <summary>The sandbox bounds nesting, the size of built strings and output, and what include may name — each at the tag's position.</summary>
public sealed class SandboxLimitTests
{
    [Theory]
    [InlineData(3000)]
    [InlineData(33)]
    public void Blocks_nested_past_the_limit_are_refused_at_the_first_too_deep_tag(int depth)
    {
        var body = "x\n" + string.Concat(Enumerable.Repeat("{% if true %}", depth)) + "y" + string.Concat(Enumerable.Repeat("{% endif %}", depth));

        var act = () => TemplateCatalog.FromTexts([new("t", EventTemplate("t", body))]);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("nested more than 32 deep");
        (problem.Line, problem.Column).Should().Be((7, 1 + (32 * "{% if true %}".Length)), "the 33rd if, on the template's second body line");
    }

    [Fact]
    public void Blocks_nested_to_the_limit_still_run()
    {
        var body = string.Concat(Enumerable.Repeat("{% if true %}", 32)) + "{{ model.number }}" + string.Concat(Enumerable.Repeat("{% endif %}", 32));

        Render(body).Should().Be("42");
    }

    [Fact]
    public void Parentheses_nested_past_the_limit_are_refused_instead_of_overflowing_the_stack()
    {
        var body = "{{ " + new string('(', 5000) + "1..2" + new string(')', 5000) + " }}";

        var act = () => TemplateCatalog.FromTexts([new("t", EventTemplate("t", body))]);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("Parentheses are nested more than 32 deep");
        (problem.Line, problem.Column).Should().Be((6, 4 + 32));
    }

    [Theory]
    [InlineData("{% assign s = 'abcdefgh' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}", 50, "The assign of 's' makes a text of 2097152 characters")]
    [InlineData("{% capture c %}abcdefgh{% endcapture %}{% for i in (1..40) %}{% capture c %}{{ c }}{{ c }}{% endcapture %}{% endfor %}{{ c | size }}", 62, "The capture of 'c' makes a text of 2097152 characters")]
    public void A_string_doubled_in_a_loop_stops_at_the_first_value_past_the_limit(string body, int column, string message)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => Render(body);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().StartWith(message).And.Contain("sandbox limit of 1048576 characters");
        (problem.Line, problem.Column).Should().Be((6, column), "the assign or capture inside the loop, not the first one");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(200L << 20, "the strings stop at 2 M characters, not 8 G");
    }

    [Fact]
    public void A_list_doubled_in_a_loop_stops_at_the_first_assign_past_the_limit()
    {
        // A review ran this with (1..30): 24 GB and killed after 87 s, no sandbox error (only text was bounded).
        var body = "{% assign a = 'x,y' | split: ',' %}{% for i in (1..30) %}{% assign a = a | concat: a %}{% endfor %}{{ a | size }}";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => Render(body);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().StartWith("The assign of 'a' makes a list of 131072 items, more than the sandbox limit of 65536 items");
        (problem.Line, problem.Column).Should().Be((6, 1 + body.IndexOf("{% assign a = a", StringComparison.Ordinal)), "the assign inside the loop, at its tag");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(200L << 20, "the list stops at 128 K items, not 2 G");
    }

    [Fact]
    public void A_join_that_would_make_a_text_past_the_output_limit_is_refused_before_it_is_built()
    {
        // 65 536 items joined with a 1 M-character separator would be 64 G characters.
        var body = "{% assign s = 'abcdefgh' %}{% for i in (1..17) %}{% assign s = s | append: s %}{% endfor %}"
            + "{% assign a = 'x,y' | split: ',' %}{% for i in (1..15) %}{% assign a = a | concat: a %}{% endfor %}{{ a | join: s | size }}";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => Render(body);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().StartWith("The filter 'join' makes a text of").And.Contain("more than the sandbox limit of 8388608 characters");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(200L << 20);
    }

    [Theory]
    [InlineData("replace", 20)] // 1 M places × 1 M characters: past .NET's longest string (an internal error before)
    [InlineData("replace", 12)] // 4 096 places × 4 096 characters: 16 M characters, built before any check
    public void A_replace_that_would_make_a_text_past_the_output_limit_is_refused_before_it_is_built(string filter, int doublings)
    {
        var body = "{% assign s = 'x' %}{% for i in (1..DOUBLINGS) %}{% assign s = s | append: s %}{% endfor %}{% assign t = s | FILTER: 'x', s %}{{ t | size }}"
            .Replace("DOUBLINGS", doublings.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("FILTER", filter, StringComparison.Ordinal);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => Render(body);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().StartWith($"The filter '{filter}' makes a text of {(1L << doublings) * (1L << doublings)} characters");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(200L << 20);
    }

    [Fact]
    public void Output_past_the_limit_stops_the_template()
    {
        var body = "{% assign s = 'abcdefgh' %}{% for i in (1..17) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..100) %}{{ s }}{% endfor %}";

        var act = () => Render(body);

        act.Should().Throw<ReportInputException>().Which.Problems.Single().Message.Should().Contain("produced more than 8388608 characters");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/partial")]
    public void Include_of_a_path_is_a_sandbox_refusal_at_the_tag(string path)
    {
        var body = $"начало\n  {{% include '{path}' %}}";

        var act = () => Render(body);

        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Message.Should().Contain("outside the sandbox");
        (problem.Line, problem.Column).Should().Be((7, 15), "the quoted path of the include tag");
    }
}
