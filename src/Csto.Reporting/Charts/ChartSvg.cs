using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Csto.Reporting.Fonts;
using ScottPlot;
using SkiaSharp;

namespace Csto.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartData"/> with ScottPlot 5 as SVG in a theme's <see cref="ChartStyle"/>: text set in the
/// style's family (registered with ScottPlot from the family's own files, so no machine font is ever measured) at the
/// style's size, the style's series and text colours, numbers in Russian style (1 234,5), the value axis' title above
/// the plot (upright, so it stays text in every format). The SVG is deterministic: its clip-path ids are renumbered
/// from 1 in document order.
/// </summary>
internal static partial class ChartSvg
{
    /// <summary>The chart's width in CSS pixels (16.5 cm at 96 px per inch).</summary>
    public const int Width = 624;

    /// <summary>The chart's height in CSS pixels (about 9 cm).</summary>
    public const int Height = 340;

    /// <summary>CSS pixels per point (96 px per 72 pt).</summary>
    private const float PixelsPerPoint = 96f / 72f;

    /// <summary>The families ScottPlot may ask for, by name: the style families charts were drawn with.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FontFamily> Families = new(StringComparer.Ordinal);

    private static readonly object Gate = new();
    private static bool registered;

    /// <summary>The SVG text of <paramref name="chart"/>.</summary>
    /// <param name="chart">The chart's data.</param>
    /// <param name="style">The theme's fonts and colours.</param>
    public static string Render(ChartData chart, ChartStyle style)
    {
        Register(style.Font);
        var fontName = style.Font.Name;
        var fontSize = (float)style.FontSize * PixelsPerPoint;
        var palette = style.Colors.Select(Color.FromHex).ToArray();
        var text = Color.FromHex(style.TextColor);
        var plot = new Plot();
        plot.Font.Set(fontName);
        plot.FigureBackground.Color = ScottPlot.Colors.White;
        var culture = CultureInfo.GetCultureInfo("ru-RU");
        string Number(double value) => value.ToString("#,0.##", culture);
        var positions = Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray();
        switch (chart.Kind)
        {
            case ChartKind.Pie:
            {
                var total = chart.Series[0].Values.Sum();
                var slices = chart.Categories.Select((category, i) => new PieSlice
                {
                    Value = chart.Series[0].Values[i],
                    FillColor = palette[i % palette.Length],
                    LegendText = category + " — " + Number(chart.Series[0].Values[i]) + (total > 0 ? " (" + (chart.Series[0].Values[i] / total).ToString("0 %", culture) + ")" : string.Empty),
                }).ToList();
                var pie = plot.Add.Pie(slices);
                pie.ExplodeFraction = 0;
                plot.Axes.Frameless();
                plot.HideGrid();
                plot.Axes.SquareUnits();
                break;
            }
            case ChartKind.Line:
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var line = plot.Add.Scatter(positions, chart.Series[s].Values.ToArray());
                    line.Color = palette[s % palette.Length];
                    line.LineWidth = 2;
                    line.MarkerSize = 7;
                    line.LegendText = chart.Series[s].Name;
                }
                break;
            default:
            {
                var bars = new List<Bar>();
                var stacked = chart.Kind == ChartKind.StackedBar;
                var groupWidth = 0.8;
                var barWidth = stacked ? groupWidth : groupWidth / chart.Series.Count;
                for (var c = 0; c < chart.Categories.Count; c++)
                {
                    var stackBase = 0d;
                    for (var s = 0; s < chart.Series.Count; s++)
                    {
                        var value = chart.Series[s].Values[c];
                        bars.Add(new Bar
                        {
                            Position = stacked ? c : c - groupWidth / 2 + barWidth * (s + 0.5),
                            Value = stackBase + value,
                            ValueBase = stackBase,
                            Size = barWidth * (stacked ? 1 : 0.92),
                            FillColor = palette[s % palette.Length],
                            LineWidth = 0,
                        });
                        if (stacked)
                        {
                            stackBase += value;
                        }
                    }
                }
                plot.Add.Bars(bars);
                plot.Axes.Margins(bottom: 0);
                for (var s = 0; s < chart.Series.Count && chart.Series.Count > 1; s++)
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s].Name, FillColor = palette[s % palette.Length] });
                }
                break;
            }
        }
        if (chart.Kind != ChartKind.Pie)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, chart.Categories.ToArray());
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number, IntegerTicksOnly = chart.Series.All(s => s.Values.All(v => v == Math.Floor(v))) };
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Axes.Right.FrameLineStyle.Width = 0;
            plot.Axes.Top.FrameLineStyle.Width = 0;
            plot.Axes.Left.FrameLineStyle.Color = Color.FromHex(style.AxisColor);
            plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex(style.AxisColor);
            plot.Axes.Left.MajorTickStyle.Color = Color.FromHex(style.AxisColor);
            plot.Axes.Left.MinorTickStyle.Color = Color.FromHex(style.AxisColor);
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex("#D0D0D0");
            foreach (var label in new[] { plot.Axes.Bottom.TickLabelStyle, plot.Axes.Left.TickLabelStyle, plot.Axes.Bottom.Label, plot.Axes.Title.Label })
            {
                label.FontName = fontName;
                label.FontSize = fontSize;
                label.ForeColor = text;
                label.Bold = false;
            }
            plot.Axes.Bottom.Label.Text = chart.CategoryTitle;
            if (chart.ValueTitle is { } valueTitle)
            {
                plot.Axes.Title.Label.Text = valueTitle;
            }
        }
        var legend = chart.Kind == ChartKind.Pie || chart.Series.Count > 1;
        if (legend)
        {
            plot.Legend.IsVisible = true;
            plot.Legend.FontSize = fontSize;
            plot.Legend.FontName = fontName;
            plot.Legend.FontColor = text;
            plot.Legend.ShadowFillStyle.IsVisible = false;
            plot.Legend.OutlineStyle.Width = 0;
            plot.ShowLegend(chart.Kind == ChartKind.Pie ? Edge.Right : Edge.Bottom);
        }
        var svg = plot.GetSvgXml(Width, Height);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, match =>
        {
            if (!ids.TryGetValue(match.Value, out var id))
            {
                id = "clip" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids.Add(match.Value, id);
            }
            return id;
        });
    }

    /// <summary>Registers our font resolver with ScottPlot once per process and <paramref name="family"/> with it.</summary>
    private static void Register(FontFamily family)
    {
        Families.TryAdd(family.Name, family);
        lock (Gate)
        {
            if (!registered)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, new FamilyFontResolver());
                registered = true;
            }
        }
    }

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();

    /// <summary>Gives ScottPlot the faces of the registered families (each face loaded once) and nothing for other names.</summary>
    private sealed class FamilyFontResolver : IFontResolver
    {
        private readonly Dictionary<(string, FontFace), SKTypeface> faces = [];

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        {
            if (!Families.TryGetValue(fontName, out var family))
            {
                return null;
            }
            var face = FontFaces.Of(bold, italic);
            lock (faces)
            {
                if (!faces.TryGetValue((fontName, face), out var typeface))
                {
                    typeface = SKTypeface.FromData(SKData.CreateCopy(family.Load(face).Span));
                    faces.Add((fontName, face), typeface);
                }
                return typeface;
            }
        }

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
