namespace Csto.Domain.Documents;

/// <summary>A figure in an activity report: a label, a value, an optional unit and where the number comes from.</summary>
public sealed record Figure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="label">What is counted or measured, in Russian («Заседания Рабочей группы по Афганистану»).</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, or null for a plain count.</param>
    /// <param name="source">Where the number comes from.</param>
    /// <exception cref="ArgumentException">The label is empty.</exception>
    public Figure(string label, decimal value, string? unit = null, string? source = null)
    {
        Label = Guard.NotEmpty(label, nameof(label), "The label of a figure");
        Value = value;
        Unit = Guard.NullOrNotEmpty(unit, nameof(unit), "The unit of a figure");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source of a figure");
    }

    /// <summary>What is counted or measured.</summary>
    public string Label { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>Where the number comes from, or null.</summary>
    public string? Source { get; }
}
