using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pictures;

namespace Csto.Reporting.Tests.Pictures;

public sealed class ChartContainerTests
{
    private static ReportDocument Read(string markdown) => MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions
    {
        SourceName = "report.md",
        Metadata = new DocumentMetadata("Доклад"),
    });

    [Fact]
    public void A_bar_chart_is_a_vector_picture_with_its_data_as_alternative_text_and_its_caption()
    {
        var document = Read("""
            ::: chart bar y="Мероприятия" unit="ед."
            | Год  | Заседания | Учения |
            |------|----------:|-------:|
            | 2023 | 12        | 3      |
            | 2024 | 1 234,5   | 4      |

            Рисунок 1 — Мероприятия по годам
            :::
            """);

        var chart = document.Sections[0].Blocks.Should().ContainSingle().Which.Should().BeOfType<Image>().Subject;
        chart.Format.Should().Be(ImageFormat.Svg);
        chart.AltText.Should().Be("Мероприятия, ед. Год — 2023: Заседания 12, Учения 3; 2024: Заседания 1\u00A0234,5, Учения 4.");
        InlinePlain(chart.Caption!).Should().Be("Рисунок 1 — Мероприятия по годам");
        var texts = chart.Drawing!.Items.OfType<VectorText>().Select(t => t.Text).ToList();
        texts.Should().Contain(["2023", "2024", "Заседания", "Учения", "Мероприятия, ед.", "Год"]);
        // Four bars (two series, two categories) in the two series' colours, the taller one for 1 234,5.
        var bars = chart.Drawing.Items.OfType<VectorPath>().Where(p => p.Fill is { } f && (f == new VectorColor(0x1F, 0x4E, 0x8C) || f == new VectorColor(0x6F, 0x9F, 0xCF)) && p.Stroke is null).ToList();
        bars.Should().HaveCountGreaterThanOrEqualTo(4);
        Height(bars.Where(b => b.Fill == new VectorColor(0x1F, 0x4E, 0x8C)).MaxBy(Height)!).Should().BeGreaterThan(50 * Height(bars.Where(b => b.Fill == new VectorColor(0x1F, 0x4E, 0x8C)).MinBy(Height)!));
    }

    [Fact]
    public void The_same_chart_gives_the_same_svg_bytes()
    {
        const string markdown = "::: chart line\n| Год | Сессии |\n|---|---|\n| 2024 | 1 |\n| 2025 | 2 |\n:::\n";
        var first = ((Image)Read(markdown).Sections[0].Blocks[0]).Data.ToArray();
        var second = ((Image)Read(markdown).Sections[0].Blocks[0]).Data.ToArray();
        second.Should().Equal(first);
        Encoding.UTF8.GetString(first).Should().Contain("clip1").And.NotContain("cl_");
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("pie")]
    public void Every_text_position_list_is_valid_svg_numbers_one_per_letter(string kind)
    {
        var markdown = $"::: chart {kind} y=\"Мероприятия\"\n| Год | Сессии |\n|---|---|\n| 2024 | 1 |\n| 2025 | 2 |\n:::\n";
        var svg = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(((Image)Read(markdown).Sections[0].Blocks[0]).Data.ToArray()));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").ToList();
        texts.Should().NotBeEmpty();
        foreach (var text in texts)
        {
            // SVG's list of numbers: separated by commas and/or spaces, no comma at either end (strict readers refuse it).
            var xs = ((string)text.Attribute("x")!).Split(',').Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            double.Parse((string)text.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(-1000, 1000);
            xs.Should().HaveCount(text.Value.Trim().Length, $"«{text.Value.Trim()}» is placed letter by letter");
            xs.Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void Non_numeric_values_and_ragged_rows_are_all_reported_at_their_cells()
    {
        var read = () => Read("Текст\n\n::: chart bar\n| Год | Сессии |\n|---|---|\n| 2024 | один |\n| 2025 |\n| 2026 | 3 |\n:::\n");

        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Should().HaveCount(2);
        problems[0].Line.Should().Be(6);
        problems[0].Column.Should().BeGreaterThan(1);
        problems[0].Message.Should().Contain("'один'").And.Contain("«Сессии»").And.Contain("«2024»");
        problems[1].Message.Should().Contain("1 cells but the heading has 2");
        problems[1].Line.Should().Be(7);
    }

    [Fact]
    public void A_ragged_row_is_reported_at_its_own_line()
    {
        var read = () => Read("Текст\n\n::: chart bar\n| Год | Сессии |\n|---|---|\n| 2024 | 1 |\n| 2025 |\n:::\n");
        read.Should().Throw<ReportInputException>().Which.Problems.Single().Line.Should().Be(7);
    }

    [Fact]
    public void A_row_longer_than_the_heading_is_reported_at_its_own_line_and_an_empty_value_as_missing()
    {
        var read = () => Read("::: chart bar\n| Год | А | Б |\n|---|---|---|\n| 2023 | 1 | 2 |\n| 2024 | 3 | 4 | 5 |\n| 2025 | | 6 |\n| 2026 | абв | 7 |\n:::\n");

        var problems = read.Should().Throw<ReportInputException>().Which.Problems;
        problems.Select(p => p.Line).Should().Equal(5, 6, 7);
        problems[0].Message.Should().Contain("has 4 cells but the heading has 3");
        problems[1].Message.Should().Contain("«А», category «2025» is missing");
        problems[2].Message.Should().Contain("'абв'");
    }

    [Fact]
    public void Unknown_kinds_and_negative_pie_values_are_problems()
    {
        var kind = () => Read("::: chart radar\n| a | b |\n|---|---|\n| x | 1 |\n:::\n");
        kind.Should().Throw<ReportInputException>().Which.Problems.Single().Message.Should().Contain("bar, stacked-bar, line or pie");
        var pie = () => Read("::: chart pie\n| a | b |\n|---|---|\n| x | -1 |\n| y | 2 |\n:::\n");
        pie.Should().Throw<ReportInputException>().Which.Problems.Single().Line.Should().Be(4);
    }

    [Theory]
    [InlineData("pie")]
    [InlineData("stacked-bar")]
    [InlineData("line")]
    public void Every_kind_draws_without_problems(string kind)
    {
        var document = Read($"::: chart {kind}\n| Государство | Участники |\n|---|---|\n| Армения | 3 |\n| Беларусь | 5 |\n| Казахстан | 4 |\n:::\n");
        var chart = (Image)document.Sections[0].Blocks[0];
        chart.Drawing!.Items.OfType<VectorText>().Select(t => t.Text).Should().Contain(t => t.Contains("Беларусь"));
    }

    [Fact]
    public void A_pies_legend_prints_the_unit_after_each_value()
    {
        var document = Read("::: chart pie unit=\"чел.\"\n| Государство | Участники |\n|---|---|\n| Армения | 3 |\n| Беларусь | 5 |\n:::\n");
        var texts = ((Image)document.Sections[0].Blocks[0]).Drawing!.Items.OfType<VectorText>().Select(t => t.Text).ToList();

        texts.Should().Contain(t => t.StartsWith("Армения — 3", StringComparison.Ordinal) && char.IsWhiteSpace(t[11]) && t.Substring(12).StartsWith("чел. (", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("Беларусь — 5", StringComparison.Ordinal) && char.IsWhiteSpace(t[12]) && t.Substring(13).StartsWith("чел. (", StringComparison.Ordinal));
        var plain = Read("::: chart pie\n| Государство | Участники |\n|---|---|\n| Армения | 3 |\n| Беларусь | 5 |\n:::\n");
        ((Image)plain.Sections[0].Blocks[0]).Drawing!.Items.OfType<VectorText>().Should().Contain(t => t.Text.StartsWith("Армения — 3 (", StringComparison.Ordinal));
    }

    [Fact]
    public void Stacked_is_refused_with_the_kind_it_most_likely_means()
    {
        var read = () => Read("::: chart stacked\n| a | b |\n|---|---|\n| x | 1 |\n:::\n");

        read.Should().Throw<ReportInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "report.md:1:1: '::: chart stacked' is not a chart kind: did you mean '::: chart stacked-bar'?");
    }

    [Fact]
    public void A_pies_slices_are_outlined_in_the_backgrounds_white_not_black()
    {
        var document = Read("::: chart pie\n| Государство | Участники |\n|---|---|\n| Армения | 3 |\n| Беларусь | 5 |\n| Казахстан | 4 |\n:::\n");
        var drawing = ((Image)document.Sections[0].Blocks[0]).Drawing!;

        var slices = drawing.Items.OfType<VectorPath>().Where(p => p.Fill is { } f && f == new VectorColor(0x1F, 0x4E, 0x8C)).ToList();
        slices.Should().NotBeEmpty("the first slice takes the theme's first chart colour");
        var outlines = drawing.Items.OfType<VectorPath>().Where(p => p.Stroke is not null).ToList();
        outlines.Should().HaveCountGreaterThanOrEqualTo(3, "each slice is outlined");
        outlines.Should().OnlyContain(p => p.Stroke!.Color == new VectorColor(0xFF, 0xFF, 0xFF), "the outlines part the slices in the background's colour");
    }

    private static double Height(VectorPath path) => path.Segments.Max(s => s.Y1) - path.Segments.Where(s => s.Kind != SegmentKind.Close).Min(s => s.Y1);

    private static string InlinePlain(IReadOnlyList<Inline> inlines) => string.Concat(inlines.OfType<TextRun>().Select(r => r.Text));
}
