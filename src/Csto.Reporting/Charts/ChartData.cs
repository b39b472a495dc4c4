namespace Csto.Reporting.Charts;

/// <summary>The kinds of chart a <c>::: chart KIND</c> container draws.</summary>
internal enum ChartKind
{
    /// <summary>Grouped vertical bars, one group per category, one bar per series.</summary>
    Bar,
    /// <summary>Bars of every series stacked on each other, one bar per category.</summary>
    StackedBar,
    /// <summary>One line with markers per series over the categories.</summary>
    Line,
    /// <summary>One pie of the first series' values over the categories.</summary>
    Pie,
}

/// <summary>One named row of values across a chart's categories.</summary>
/// <param name="Name">The series' name (its column heading), shown in the legend.</param>
/// <param name="Values">One value per category.</param>
internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// What a chart shows: categories (the first column of its table) and series (the other columns), with the texts
/// around it. Built only from a table that was checked (every value a number, every row as long as the heading).
/// </summary>
/// <param name="Kind">The chart kind.</param>
/// <param name="CategoryTitle">The first column's heading (the x axis' title).</param>
/// <param name="Categories">The categories in table order.</param>
/// <param name="Series">The series in column order.</param>
/// <param name="ValueTitle">The value axis' title (with its unit), or null.</param>
/// <param name="Unit">The values' unit (<c>unit="ед."</c>), which a pie's legend prints after each value, or null.</param>
internal sealed record ChartData(ChartKind Kind, string CategoryTitle, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string? ValueTitle, string? Unit = null)
{
    /// <summary>
    /// The chart's data as text, for its alternative text: "value title. heading — category: series value; …." (no
    /// full stop added after a title that ends in one, such as «тыс. ед.»), numbers as the chart prints them.
    /// </summary>
    public string DataText()
    {
        var rows = Categories.Select((category, i) => category + ": " + string.Join(", ", Series.Select(s => s.Name + " " + ChartNumbers.Value(s.Values[i]))));
        var title = ValueTitle is null or "" ? string.Empty : ".!?…".Contains(ValueTitle[^1], StringComparison.Ordinal) ? ValueTitle + " " : ValueTitle + ". ";
        return title + CategoryTitle + " — " + string.Join("; ", rows) + ".";
    }
}
