using Csto.Domain.Documents;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Templates;

/// <summary>The <c>chart</c> filter: figures by year from a record become a chart read exactly as a <c>::: chart</c> container.</summary>
public sealed class ChartFilterTests
{
    private static readonly DateInterval Period = new(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31));

    private static ReportDocument Build(string body, params Figure[] figures)
    {
        var template = $"---\nname: t\ntitle: Test\nmodel: activityReport\n---\n{body}";
        var generator = new ReportGenerator(TemplateCatalog.FromTexts([new("t", template)]), []);
        return generator.BuildDocument("t", new ActivityReport("Отчёт", Period, figures: figures));
    }

    private static YearValue[] Years(params decimal[] values) =>
        values.Select((v, i) => new YearValue(2023 + i, v)).ToArray();

    [Fact]
    public void Figures_by_year_become_a_bar_chart_with_one_series_per_figure_and_the_years_as_categories()
    {
        var document = Build("Текст.\n\n{{ model.figures | chart: \"bar\", \"Рисунок 1 — Мероприятия | по **годам**\", y: \"Число\", unit: \"ед.\" }}",
            new Figure("Учения | *совместные*", 5, byYear: Years(1, 2, 2)),
            new Figure("Без разбивки по годам", 7),
            new Figure("Заседания", 1234.5m, byYear: Years(400, 434.5m, 400)));

        var image = document.Sections[0].Blocks.OfType<Image>().Should().ContainSingle().Subject;
        var chart = image.Chart!;
        chart.Kind.Should().Be(Charts.ChartKind.Bar);
        chart.CategoryTitle.Should().Be("Год");
        chart.Categories.Should().Equal("2023", "2024", "2025");
        chart.Series.Select(s => s.Name).Should().Equal(["Учения | *совместные*", "Заседания"], "record text stays plain text, a figure without years is left out");
        chart.Series[0].Values.Should().Equal(1, 2, 2);
        chart.Series[1].Values.Should().Equal(400, 434.5, 400);
        chart.ValueTitle.Should().Be("Число, ед.");
        DocumentWalker.PlainText(image.Caption!).Replace('\u00A0', ' ').Should().Be("Рисунок 1 — Мероприятия | по **годам**", "the caption is plain text (the typography pass binds its spaces)");
        image.Drawing!.Items.OfType<Csto.Reporting.Pictures.VectorText>().Select(t => t.Text).Should().Contain(["2023", "2025", "Заседания"]);
    }

    [Fact]
    public void A_series_without_a_year_another_has_and_an_unknown_kind_are_template_errors()
    {
        var missing = () => Build("{{ model.figures | chart: \"bar\", \"Рисунок 1\" }}",
            new Figure("Учения", 3, byYear: Years(1, 2)),
            new Figure("Заседания", 3, byYear: Years(1, 1, 1)));
        missing.Should().Throw<ReportInputException>().WithMessage("*series «Учения» has no value for «2025»*");

        var kind = () => Build("{{ model.figures | chart: \"donut\" }}", new Figure("Учения", 3, byYear: Years(1, 2)));
        kind.Should().Throw<ReportInputException>().WithMessage("*chart kind: bar, stacked-bar, line or pie; got 'donut'*");

        var quote = () => Build("{{ model.figures | chart: \"bar\", \"Рисунок\", y: 'Число \"штук\"' }}", new Figure("Учения", 3, byYear: Years(1, 2)));
        quote.Should().Throw<ReportInputException>().WithMessage("*y: is one line without double quotes*");
    }

    [Fact]
    public void Years_must_ascend_in_a_figure()
    {
        var act = () => new Figure("Учения", 3, byYear: [new YearValue(2024, 1), new YearValue(2023, 2)]);
        act.Should().Throw<ArgumentException>().WithMessage("*must ascend*2023 follows 2024*");
    }
}
