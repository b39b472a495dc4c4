namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>The widths available to the lines of a paragraph: the first line may differ (an indent or a list label).</summary>
/// <param name="First">The first line's width.</param>
/// <param name="Rest">Every other line's width.</param>
internal readonly record struct LineWidths(float First, float Rest)
{
    /// <summary>The width of line <paramref name="index"/> (0-based).</summary>
    public float Of(int index) => index == 0 ? First : Rest;
}
