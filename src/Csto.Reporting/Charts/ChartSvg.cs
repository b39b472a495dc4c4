using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Csto.Reporting.Fonts;
using ScottPlot;
using SkiaSharp;

namespace Csto.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartData"/> with ScottPlot 5 as SVG: text set in the bundled Liberation Sans (registered with
/// ScottPlot, so no machine font is ever measured), a restrained palette, numbers in Russian style (1 234,5), the
/// value axis' title above the plot (upright, so it stays text in every format). The SVG is deterministic: its
/// clip-path ids are renumbered from 1 in document order.
/// </summary>
internal static partial class ChartSvg
{
    /// <summary>The chart's width in CSS pixels (16.5 cm at 96 px per inch).</summary>
    public const int Width = 624;

    /// <summary>The chart's height in CSS pixels (about 9 cm).</summary>
    public const int Height = 340;

    private const string FontName = "Liberation Sans";

    /// <summary>The series colours in order: dark blue, steel, brick, olive, grey, sand.</summary>
    private static readonly string[] Palette = ["#1F4E8C", "#6F9FCF", "#B5523B", "#7A8B3A", "#7F7F7F", "#D9B26F"];

    private static readonly object Gate = new();
    private static bool registered;

    /// <summary>The SVG text of <paramref name="chart"/>.</summary>
    public static string Render(ChartData chart)
    {
        Register();
        var plot = new Plot();
        plot.Font.Set(FontName);
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
                    FillColor = Color.FromHex(Palette[i % Palette.Length]),
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
                    line.Color = Color.FromHex(Palette[s % Palette.Length]);
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
                            FillColor = Color.FromHex(Palette[s % Palette.Length]),
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
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s].Name, FillColor = Color.FromHex(Palette[s % Palette.Length]) });
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
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex("#D0D0D0");
            plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
            plot.Axes.Left.TickLabelStyle.FontSize = 13;
            plot.Axes.Bottom.Label.Text = chart.CategoryTitle;
            plot.Axes.Bottom.Label.FontSize = 13;
            plot.Axes.Bottom.Label.Bold = false;
            if (chart.ValueTitle is { } valueTitle)
            {
                plot.Axes.Title.Label.Text = valueTitle;
                plot.Axes.Title.Label.FontSize = 13;
                plot.Axes.Title.Label.Bold = false;
            }
        }
        var legend = chart.Kind == ChartKind.Pie || chart.Series.Count > 1;
        if (legend)
        {
            plot.Legend.IsVisible = true;
            plot.Legend.FontSize = 13;
            plot.Legend.FontName = FontName;
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

    /// <summary>Registers the bundled sans faces with ScottPlot once per process.</summary>
    private static void Register()
    {
        lock (Gate)
        {
            if (!registered)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, new BundledFontResolver());
                registered = true;
            }
        }
    }

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();

    /// <summary>Gives ScottPlot the bundled Liberation Sans faces (loaded once) and nothing for other names.</summary>
    private sealed class BundledFontResolver : IFontResolver
    {
        private readonly SKTypeface?[] faces = new SKTypeface?[4];

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        {
            if (!string.Equals(fontName, FontName, StringComparison.Ordinal))
            {
                return null;
            }
            var face = FontFaces.Of(bold, italic);
            lock (faces)
            {
                return faces[(int)face] ??= SKTypeface.FromData(SKData.CreateCopy(FontFamily.LiberationSans.Load(face).Span));
            }
        }

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
