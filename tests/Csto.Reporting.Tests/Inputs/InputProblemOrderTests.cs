using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Tests.Inputs;

/// <summary>Problems are listed by where they are, not by when a check found them (issue 15).</summary>
public sealed class InputProblemOrderTests
{
    private static readonly InputProblem[] Found =
    [
        new("b.md", "eleven") { Line = 11, Column = 3 },
        new("b.md", "two, column 9") { Line = 2, Column = 9 },
        new("a.json", "path only") { Path = "record.title" },
        new("b.md", "two, column 1") { Line = 2, Column = 1 },
        new("b.md", "the file") { },
        new("a.json", "line 3") { Line = 3, Column = 14 },
        new("b.md", "two, column 9, found second") { Line = 2, Column = 9 },
        new("b.md", "ten, no column") { Line = 10 },
    ];

    [Fact]
    public void Problems_sort_by_source_then_line_then_column_and_keep_the_order_found_at_one_place() =>
        InputProblem.ByPosition(Found).Select(p => p.Message).Should().Equal(
            "the file", "two, column 1", "two, column 9", "two, column 9, found second", "ten, no column", "eleven", "path only", "line 3");

    [Fact]
    public void Every_order_of_discovery_within_a_source_gives_the_same_list_when_places_differ()
    {
        var distinct = Found.Where(p => p.Source == "b.md" && p.Message != "two, column 9, found second").ToArray();
        var expected = InputProblem.ByPosition(distinct);
        expected.Select(p => (p.Line, p.Column)).Should().Equal((null, null), (2, 1), (2, 9), (10, null), (11, 3));
        var random = new Random(15);
        for (var i = 0; i < 20; i++)
        {
            InputProblem.ByPosition(distinct.OrderBy(_ => random.Next())).Should().Equal(expected);
        }
    }

    [Fact]
    public void The_exception_lists_and_prints_its_problems_in_that_order()
    {
        var exception = new ReportInputException(Enumerable.Reverse(Found).ToList());
        exception.Problems.Should().Equal(InputProblem.ByPosition(Enumerable.Reverse(Found)));
        exception.Message.Split(Environment.NewLine).Should().Equal([
            "8 problems:",
            "b.md: the file",
            "b.md:2:1: two, column 1",
            "b.md:2:9: two, column 9, found second",
            "b.md:2:9: two, column 9",
            "b.md:10: ten, no column",
            "b.md:11:3: eleven",
            "a.json: record.title: path only",
            "a.json:3:14: line 3",
        ]);
    }

    [Fact]
    public void A_null_list_or_a_null_problem_is_refused()
    {
        FluentActions.Invoking(() => InputProblem.ByPosition(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => InputProblem.ByPosition([Found[0], null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ReportInputException((IReadOnlyList<InputProblem>)null!)).Should().Throw<ArgumentNullException>();
    }
}
