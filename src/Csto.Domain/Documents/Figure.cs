namespace Csto.Domain.Documents;

/// <summary>
/// A figure in an activity report: a label, a value, an optional unit, where the number comes from and, when the
/// source gives them, its values year by year (JSON <c>"byYear": [{ "year": 2023, "value": 1 }, …]</c>).
/// </summary>
public sealed record Figure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="label">What is counted or measured, in Russian («Заседания Рабочей группы по Афганистану»).</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, or null for a plain count.</param>
    /// <param name="source">Where the number comes from.</param>
    /// <param name="byYear">The value of each year, years ascending and each once; null or empty when not known.</param>
    /// <exception cref="ArgumentException">The label is empty, or the years are not ascending and distinct.</exception>
    public Figure(string label, decimal value, string? unit = null, string? source = null, IReadOnlyList<YearValue>? byYear = null)
    {
        Label = Guard.NotEmpty(label, nameof(label), "The label of a figure");
        Value = value;
        Unit = Guard.NullOrNotEmpty(unit, nameof(unit), "The unit of a figure");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source of a figure");
        ByYear = Guard.List(byYear, nameof(byYear));
        for (var i = 1; i < ByYear.Count; i++)
        {
            if (ByYear[i].Year <= ByYear[i - 1].Year)
            {
                throw new ArgumentException($"The years of figure «{Label}» must ascend, each once; {ByYear[i].Year} follows {ByYear[i - 1].Year}.", nameof(byYear));
            }
        }
    }

    /// <summary>What is counted or measured.</summary>
    public string Label { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>Where the number comes from, or null.</summary>
    public string? Source { get; }

    /// <summary>The value of each year, years ascending; empty when not known.</summary>
    public IReadOnlyList<YearValue> ByYear { get; }
}

/// <summary>A figure's value in one calendar year.</summary>
/// <param name="Year">The year, e.g. 2024.</param>
/// <param name="Value">The value in that year.</param>
public sealed record YearValue(int Year, decimal Value);
