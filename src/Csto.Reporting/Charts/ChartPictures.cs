using System.Runtime.CompilerServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Pictures;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Charts;

/// <summary>
/// A picture as a theme shows it. A chart (<see cref="Image.Chart"/>) is drawn in the theme's
/// <see cref="ChartStyle"/>: its SVG and vector drawing are made once per chart and style and kept while the chart is
/// alive (the drawing made when the chart was read serves the default style). Any other picture is shown as it is.
/// </summary>
internal static class ChartPictures
{
    private static readonly ConditionalWeakTable<Image, Dictionary<ChartStyle, (ReadOnlyMemory<byte> Svg, VectorDrawing Drawing)>> Drawn = [];

    /// <summary>
    /// The bytes and the vector drawing of <paramref name="image"/> under <paramref name="theme"/>: for a chart its
    /// SVG in the theme's chart style, for other pictures <see cref="Image.Data"/> and <see cref="Image.Drawing"/>.
    /// </summary>
    public static (ReadOnlyMemory<byte> Data, VectorDrawing? Drawing) For(Image image, Theme theme)
    {
        if (image.Chart is not { } chart)
        {
            return (image.Data, image.Drawing);
        }
        var style = ChartStyle.Of(theme);
        if (style == ChartStyle.Default)
        {
            return (image.Data, image.Drawing);
        }
        var drawn = Drawn.GetValue(image, _ => []);
        lock (drawn)
        {
            if (!drawn.TryGetValue(style, out var picture))
            {
                picture = Draw(chart, style);
                drawn.Add(style, picture);
            }
            return picture;
        }
    }

    /// <summary>The SVG of <paramref name="chart"/> in <paramref name="style"/> and its vector drawing.</summary>
    public static (ReadOnlyMemory<byte> Svg, VectorDrawing Drawing) Draw(ChartData chart, ChartStyle style)
    {
        var svg = System.Text.Encoding.UTF8.GetBytes(ChartSvg.Render(chart, style));
        var problems = new List<Diagnostics.InputProblem>();
        var drawing = SvgReader.Read(svg, "chart", problems)
            ?? throw new InvalidOperationException("ScottPlot drew a chart our SVG reader cannot read: " + string.Join("; ", problems));
        return (svg, drawing);
    }
}
