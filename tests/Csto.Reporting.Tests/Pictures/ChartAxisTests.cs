using System.Text;
using System.Xml.Linq;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Fonts;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pictures;
using SkiaSharp;

namespace Csto.Reporting.Tests.Pictures;

/// <summary>Charts read back as their SVG text elements and vector texts: legends, category and value axes, numbers.</summary>
public sealed class ChartAxisTests
{
    private static Image Chart(string markdown) => (Image)MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions
    {
        SourceName = "report.md",
        Metadata = new DocumentMetadata("Доклад"),
    }).Sections[0].Blocks.Single();

    private static string Table(string kind, string heading, IEnumerable<(string Category, string Value)> rows) =>
        $"::: chart {kind}\n| {heading} | Значение |\n|---|---|\n" + string.Concat(rows.Select(r => $"| {r.Category} | {r.Value} |\n")) + ":::\n";

    /// <summary>The contents of the SVG's text elements in document order.</summary>
    private static List<string> SvgTexts(Image chart) =>
        XDocument.Parse(Encoding.UTF8.GetString(chart.Data.Span)).Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value.Trim()).ToList();

    /// <summary>The drawing's texts (the SVG reader gives every run of white space, the no-break space too, as one space).</summary>
    private static List<string> Texts(Image chart) => chart.Drawing!.Items.OfType<VectorText>().Select(t => t.Text).ToList();

    /// <summary>The value axis' labels top to bottom (as drawn: no-break spaces read as spaces): the texts other than the categories (years) and the axis title «Год».</summary>
    private static List<string> ValueLabels(Image chart) =>
        chart.Drawing!.Items.OfType<VectorText>().Where(t => t.Text is not ("Год" or "2023" or "2024" or "2025")).OrderBy(t => t.Y).Select(t => t.Text).ToList();

    [Theory]
    [InlineData(13)]
    [InlineData(20)]
    public void A_pie_of_many_slices_writes_each_legend_line_once(int slices)
    {
        var chart = Chart(Table("pie", "Государство", Enumerable.Range(1, slices).Select(i => ($"Страна {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var svg = SvgTexts(chart);
        svg.Should().HaveCount(slices).And.OnlyHaveUniqueItems();
        var total = slices * (slices + 1) / 2.0;
        var first = Math.Round(100 / total, MidpointRounding.AwayFromZero) is var percent and > 0 ? $"{percent}" : "<\u00A01";
        svg.Should().Contain($"Страна 1 — 1 ({first}\u00A0%)").And.Contain($"Страна {slices} — {slices} ({Math.Round(100 * slices / total, MidpointRounding.AwayFromZero)}\u00A0%)");
        Texts(chart).Should().HaveCount(slices);
    }

    [Theory]
    [InlineData(12, "Страна")]
    [InlineData(24, "Страна")]
    [InlineData(12, "Республика")]
    public void A_pie_legend_lies_inside_the_picture(int slices, string name)
    {
        var chart = Chart(Table("pie", "Государство", Enumerable.Range(1, slices).Select(i => ($"{name} {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        // The texts as the SVG reader places them (every transform applied), in the picture's units.
        var texts = chart.Drawing!.Items.OfType<VectorText>().ToList();
        texts.Should().HaveCount(slices);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontFamily.LiberationSerif.Load(FontFace.Regular).Span));
        foreach (var text in texts)
        {
            using var font = new SKFont(typeface, (float)text.Size);
            text.X.Should().BeGreaterThanOrEqualTo(0);
            (text.X + font.MeasureText(text.Text)).Should().BeLessThanOrEqualTo(chart.Drawing.Width, $"«{text.Text}» ends inside the picture");
            text.Y.Should().BeInRange(text.Size / 2, chart.Drawing.Height);
        }
    }

    [Theory]
    [InlineData(30)]
    [InlineData(50)]
    public void A_pie_of_more_than_24_slices_is_a_problem_at_the_container(int slices)
    {
        var pie = () => Chart("Текст\n\n" + Table("pie", "Государство", Enumerable.Range(0, slices).Select(i => ($"Страна {i}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var problem = pie.Should().Throw<ReportInputException>().Which.Problems.Single();
        (problem.Line, problem.Column).Should().Be((3, 1));
        problem.Message.Should().Contain("at most 24 slices").And.Contain(slices.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain("::: chart bar");
    }

    [Fact]
    public void A_pie_legend_too_wide_for_the_chart_is_a_problem_at_the_container()
    {
        var pie = () => Chart(Table("pie", "Мероприятие", Enumerable.Range(1, 20).Select(i => ($"Совместное штабное учение миротворческих сил номер {i}", "1"))));

        var problem = pie.Should().Throw<ReportInputException>().Which.Problems.Single();
        problem.Line.Should().Be(1);
        problem.Message.Should().Contain("legend is too wide").And.Contain("Совместное штабное учение миротворческих сил номер");
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("stacked-bar")]
    [InlineData("line")]
    public void Every_kind_writes_each_text_once(string kind)
    {
        var chart = Chart($"::: chart {kind} y=\"Число\"\n| Год | Сессии | Учения |\n|---|---|---|\n| 2023 | 1 | 3 |\n| 2024 | 2 | 4 |\n:::\n");
        SvgTexts(chart).Should().OnlyHaveUniqueItems().And.Contain(["2023", "2024", "Сессии", "Учения", "Число", "Год"]);
    }

    /// <summary>The plot's span: the clip rectangle of the bars (the data area ScottPlot draws them in).</summary>
    private static VectorRect PlotSpan(Image chart) =>
        chart.Drawing!.Items.OfType<VectorPath>().First(p => p.Fill is { } fill && fill != new VectorColor(255, 255, 255) && p.Clip is not null).Clip!.Value;

    /// <summary>
    /// The category labels' lines (the texts below the plot, lower than the value axis' «0», other than the axis title <paramref name="title"/>), each
    /// with its left and right end measured in Liberation Serif, left to right; checks that every line lies inside
    /// the plot's span and that no two lines on one baseline overlap.
    /// </summary>
    private static List<(VectorText Text, double Left, double Right)> CategoryLinesInsideThePlot(Image chart, string title)
    {
        var span = PlotSpan(chart);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontFamily.LiberationSerif.Load(FontFace.Regular).Span));
        var lines = chart.Drawing!.Items.OfType<VectorText>().Where(t => t.Y > span.Bottom + t.Size * 0.6 && t.Text != title).Select(t =>
        {
            using var font = new SKFont(typeface, (float)t.Size);
            return (Text: t, Left: t.X, Right: t.X + font.MeasureText(t.Text));
        }).OrderBy(l => l.Left).ToList();
        lines.Should().NotBeEmpty();
        foreach (var (text, left, right) in lines)
        {
            left.Should().BeGreaterThanOrEqualTo(span.Left - 0.5, $"«{text.Text}» starts inside the plot's span");
            right.Should().BeLessThanOrEqualTo(span.Right + 0.5, $"«{text.Text}» ends inside the plot's span");
        }
        foreach (var baseline in lines.GroupBy(l => Math.Round(l.Text.Y)))
        {
            var row = baseline.ToList();
            for (var i = 1; i < row.Count; i++)
            {
                row[i].Left.Should().BeGreaterThan(row[i - 1].Right, $"«{row[i - 1].Text.Text}» and «{row[i].Text.Text}» do not overlap");
            }
        }
        return lines;
    }

    [Fact]
    public void Fifty_categories_show_every_kth_label_without_overlap()
    {
        var chart = Chart(Table("bar", "Номер", Enumerable.Range(0, 50).Select(i => ($"Категория {i}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        // A label is whole («Категория 12») or wrapped («Категория» over «12»): its number ends one of its lines.
        var numbers = CategoryLinesInsideThePlot(chart, "Номер").Select(l => System.Text.RegularExpressions.Regex.Match(l.Text.Text, "[0-9]+$")).Where(m => m.Success).ToList();
        numbers.Should().HaveCountGreaterThan(3).And.HaveCountLessThan(50);
        var shown = numbers.Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var every = shown[1] - shown[0];
        shown.Should().Equal(Enumerable.Range(0, shown.Count).Select(i => shown[0] + i * every), "every k-th category is named");
        shown[0].Should().BeLessThan(every, "the first named category is among the first k");
    }

    [Theory]
    [InlineData("bar", 19)]
    [InlineData("line", 19)]
    [InlineData("bar", 5)]
    [InlineData("stacked-bar", 40)]
    public void A_long_label_among_thinned_ones_is_wrapped_or_left_out_inside_the_plot(string kind, int years)
    {
        // The reviewer's case: a very long first category before many short ones hung left of the plot when every
        // k-th label was named.
        var rows = new[] { ("Организация Договора о коллективной безопасности и её органы", "1") }
            .Concat(Enumerable.Range(1, years).Select(i => ((2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), (i % 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var chart = Chart(Table(kind, "Период", rows));

        var lines = CategoryLinesInsideThePlot(chart, "Период");
        lines.Select(l => l.Text.Text).Should().NotContain("Организация Договора о коллективной безопасности и её органы");
        lines.Count(l => l.Text.Text.StartsWith("20", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void A_long_label_wraps_when_its_neighbours_leave_room()
    {
        var chart = Chart(Table("bar", "Орган", [("Совет министров обороны", "1"), ("СМИД", "3"), ("СМО", "2"), ("КССБ", "4")]));

        var lines = CategoryLinesInsideThePlot(chart, "Орган").Select(l => l.Text.Text).ToList();
        lines.Should().Contain(["СМИД", "СМО", "КССБ"]);
        lines.Should().Contain(l => l.StartsWith("Совет", StringComparison.Ordinal)).And.Contain(l => l.EndsWith("обороны", StringComparison.Ordinal))
            .And.NotContain("Совет министров обороны");
    }

    [Fact]
    public void Long_category_names_wrap_onto_two_lines_when_that_fits()
    {
        var chart = Chart(Table("bar", "Государство", new[] { "Республика Армения", "Республика Беларусь", "Республика Казахстан", "Кыргызская Республика", "Российская Федерация", "Республика Таджикистан" }.Select(s => (s, "1"))));

        var texts = Texts(chart);
        texts.Should().Contain(["Республика", "Армения", "Кыргызская", "Федерация", "Таджикистан"]);
        texts.Should().NotContain(t => t.Contains("Республика Армения", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_categories_or_too_long_ones_are_a_problem_at_the_container()
    {
        var many = () => Chart("Текст\n\n" + Table("bar", "Номер", Enumerable.Range(0, 101).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), "1"))));
        var problem = many.Should().Throw<ReportInputException>().Which.Problems.Single();
        (problem.Line, problem.Column).Should().Be((3, 1));
        problem.Message.Should().Contain("at most 100 categories").And.Contain("101");

        var longNames = () => Chart(Table("line", "Мероприятие", new[] { "Совместное штабное учение миротворческих сил Организации", "Второе совместное учение коллективных сил оперативного реагирования", "Третье" }.Select(s => (s, "1"))));
        var tooLong = longNames.Should().Throw<ReportInputException>().Which.Problems.Single();
        tooLong.Line.Should().Be(1);
        tooLong.Message.Should().Contain("«Второе совместное учение коллективных сил оперативного реагирования» is too long for the chart").And.Contain("Shorten the categories");
    }

    [Theory]
    [InlineData("12000000000", "35000000000", "52000000000", "млрд")]
    [InlineData("12000000", "35000000", "52000000", "млн")]
    [InlineData("3000000000000", "9000000000000", "1000000000000", "трлн")]
    public void Large_values_keep_readable_value_labels(string a, string b, string c, string scale)
    {
        var chart = Chart(Table("bar", "Год", [("2023", a), ("2024", b), ("2025", c)]));

        var labels = ValueLabels(chart);
        labels.Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyHaveUniqueItems();
        labels[^1].Should().Be("0");
        labels.SkipLast(1).Should().AllSatisfy(l => l.Should().MatchRegex("^[0-9]{1,3}(,[0-9])? " + scale + "$"));
        SvgTexts(chart).Should().Contain(l => l.EndsWith("\u00A0" + scale, StringComparison.Ordinal), "the number and its scale are not parted in the SVG");
    }

    [Fact]
    public void Tiny_equal_and_zero_values_get_distinct_value_labels()
    {
        ValueLabels(Chart(Table("line", "Год", [("2023", "0,000001"), ("2024", "0,000003"), ("2025", "0,000002")])))
            .Should().OnlyHaveUniqueItems().And.Contain("0,000002").And.HaveCountGreaterThanOrEqualTo(3);
        ValueLabels(Chart(Table("bar", "Год", [("2023", "0"), ("2024", "0")]))).Should().Equal("1", "0");
        var equal = ValueLabels(Chart(Table("line", "Год", [("2023", "5"), ("2024", "5")])));
        equal.Should().OnlyHaveUniqueItems().And.Contain("5").And.HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Negative_values_are_printed_with_the_minus_sign()
    {
        var chart = Chart(Table("line", "Год", [("2023", "-3,5"), ("2024", "-1200"), ("2025", "4")]));

        var labels = ValueLabels(chart);
        labels.Should().Equal("500", "0", "\u2212500", "\u22121 000", "\u22121 500");
        Texts(chart).Should().NotContain(t => t.Contains('-', StringComparison.Ordinal));
        chart.AltText.Should().Contain("\u22123,5").And.Contain("\u22121\u00A0200").And.NotContain("-");
    }

    [Fact]
    public void A_unit_ending_in_a_full_stop_is_not_followed_by_another()
    {
        var chart = Chart("::: chart bar y=\"Объём\" unit=\"тыс. ед.\"\n| Год | Объём |\n|---|---|\n| 2023 | 3 |\n:::\n");
        chart.AltText.Should().Be("Объём, тыс. ед. Год — 2023: Объём 3.");
        Texts(chart).Should().Contain("Объём, тыс. ед.").And.NotContain(t => t.Contains("..", StringComparison.Ordinal));
    }

    [Fact]
    public void Pie_shares_are_never_printed_as_0_or_100_per_cent_for_a_part_that_is_not()
    {
        var chart = Chart(Table("pie", "Государство", [("Россия", "99 990"), ("Армения", "1"), ("Беларусь", "0"), ("Казахстан", "400")]));

        var legend = SvgTexts(chart);
        legend.Should().Equal("Россия — 99\u00A0990 (>\u00A099\u00A0%)", "Армения — 1 (<\u00A01\u00A0%)", "Беларусь — 0 (0\u00A0%)", "Казахстан — 400 (<\u00A01\u00A0%)");
        Texts(chart).Should().Contain("Армения — 1 (< 1 %)");
    }

    [Theory]
    [InlineData(1, 3, "33\u00A0%")]
    [InlineData(1, 200, "1\u00A0%")]
    [InlineData(1, 201, "<\u00A01\u00A0%")]
    [InlineData(0, 5, "0\u00A0%")]
    [InlineData(198, 200, "99\u00A0%")]
    [InlineData(199, 200, ">\u00A099\u00A0%")]
    [InlineData(1999, 2000, ">\u00A099\u00A0%")]
    [InlineData(7, 7, "100\u00A0%")]
    public void A_share_is_rounded_to_whole_per_cent_but_never_to_0_or_100_for_a_part_that_is_not(double part, double total, string expected) =>
        Csto.Reporting.Charts.ChartNumbers.Share(part, total).Should().Be(expected);

    [Fact]
    public void A_pie_of_more_slices_than_the_theme_has_colours_gives_every_slice_its_own_colour()
    {
        var chart = Chart(Table("pie", "Государство", Enumerable.Range(1, 24).Select(i => ($"Страна {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var white = new VectorColor(255, 255, 255);
        var fills = chart.Drawing!.Items.OfType<VectorPath>().Select(p => p.Fill).OfType<VectorColor>().Where(c => c != white).Distinct().ToList();
        fills.Should().HaveCount(24, "24 slices and their 24 legend keys show 24 colours, so each key names one slice");
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("pie")]
    public void A_chart_has_no_black_rectangle_under_its_white_background(string kind)
    {
        var chart = Chart(Table(kind, "Год", [("2023", "1"), ("2024", "2")]));

        var black = new VectorColor(0, 0, 0);
        chart.Drawing!.Items.OfType<VectorPath>().Should().NotContain(p => p.Fill == black, "a black fill under the white background shows as a grey frame where anti-aliasing blends their edges");
        chart.Drawing.Items.OfType<VectorPath>().First().Fill.Should().Be(new VectorColor(255, 255, 255));
    }
}
