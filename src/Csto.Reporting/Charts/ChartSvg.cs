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
    private static readonly FamilyFontResolver Resolver = new();
    private static bool registered;

    /// <summary>The most categories a bar or line chart shows (below about 5 px a bar is no longer read).</summary>
    public const int MaxCategories = 100;

    /// <summary>
    /// The most slices a pie shows: its legend stands right of the pie in at most two columns of about twelve lines
    /// (the chart's height at the style's size), and a slice below about 1 % can no longer be told from its neighbours.
    /// </summary>
    public const int MaxSlices = 24;

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
        var positions = Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray();
        switch (chart.Kind)
        {
            case ChartKind.Pie:
            {
                var legendLines = PieLabels(chart);
                var slices = chart.Categories.Select((category, i) => new PieSlice
                {
                    Value = chart.Series[0].Values[i],
                    FillColor = palette[i % palette.Length],
                    LegendText = legendLines[i],
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
                    if (chart.Series.Count > 1)
                    {
                        line.LegendText = chart.Series[s].Name;
                    }
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
                for (var s = 0; s < chart.Series.Count && chart.Series.Count > 1; s++)
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s].Name, FillColor = palette[s % palette.Length] });
                }
                break;
            }
        }
        if (chart.Kind != ChartKind.Pie)
        {
            var axis = ValueAxis(chart);
            using var font = new SKFont(Typeface(fontName, bold: false, italic: false), fontSize);
            var tickWidth = axis.Ticks.Max(t => font.MeasureText(t.Label));
            var labels = CategoryLabels(chart.Categories, PlotWidth(tickWidth, fontSize), font) ?? chart.Categories.Select((c, i) => i == 0 ? c : string.Empty).ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(axis.Ticks.Select(t => t.Position).ToArray(), axis.Ticks.Select(t => t.Label).ToArray());
            // A line keeps a twentieth of the axis free at each end so no marker is cut; bars stand on the axis.
            var pad = chart.Kind == ChartKind.Line ? (axis.High - axis.Low) / 20 : 0;
            var categoryPad = chart.Kind == ChartKind.Line ? 0.25 : 0.5;
            plot.Axes.SetLimits(-categoryPad, chart.Categories.Count - 1 + categoryPad, axis.Low - pad, axis.High + pad);
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Axes.Right.FrameLineStyle.Width = 0;
            plot.Axes.Top.FrameLineStyle.Width = 0;
            plot.Axes.Left.FrameLineStyle.Color = Color.FromHex(style.AxisColor);
            plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex(style.AxisColor);
            plot.Axes.Left.MajorTickStyle.Color = Color.FromHex(style.AxisColor);
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
        // ScottPlot renders again while a render moves the axis limits (its first render, and square units after each
        // layout), and an SVG keeps every pass (a pie's legend lines were written up to four times): settle layout and
        // limits on a canvas that draws nothing (ScottPlot's own SVG export rasterises the chart for this), fix both
        // for the pie, then draw the SVG in one pass.
        using (var settle = new SKNoDrawCanvas(Width, Height))
        {
            plot.Render(settle, Width, Height);
        }
        if (chart.Kind == ChartKind.Pie)
        {
            plot.Layout.Fixed(plot.RenderManager.LastRender.DataRect);
            plot.Axes.Rules.Clear();
        }
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
        {
            plot.Render(canvas, Width, Height);
        }
        var svg = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
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

    /// <summary>
    /// The category axis' labels when the categories are printed <paramref name="plotWidth"/> pixels wide in
    /// <paramref name="font"/>: each label whole when all fit their share of the width, else each wrapped at its
    /// spaces onto two lines when that fits, else every k-th label (the others empty) with k the fewest shares the
    /// widest label needs; null when no second label would fit beside the widest (not even two labels would show).
    /// </summary>
    public static string[]? CategoryLabels(IReadOnlyList<string> categories, double plotWidth, SKFont font)
    {
        var gap = font.Size / 2;
        var share = plotWidth / categories.Count;
        var widest = categories.Max(c => font.MeasureText(c));
        if (widest + gap <= share)
        {
            return [.. categories];
        }
        // Lines of one label stand under each other, so wrapped labels need only half the gap.
        var wrapped = categories.Select(c => Wrap(c, share - gap / 2, font)).ToArray();
        if (wrapped.All(w => w is not null))
        {
            return wrapped!;
        }
        var every = (int)Math.Ceiling((widest + gap) / share);
        if (every >= Math.Max(categories.Count, 2))
        {
            return null;
        }
        return categories.Select((c, i) => i % every == 0 ? c : string.Empty).ToArray();
    }

    /// <summary>
    /// Whether <paramref name="chart"/>'s category labels can be read in <paramref name="style"/>: null, or what is
    /// wrong and what to do (too many categories, or labels too long for the chart's width).
    /// </summary>
    public static string? LabelProblem(ChartData chart, ChartStyle style)
    {
        if (chart.Kind == ChartKind.Pie)
        {
            return PieProblem(chart, style);
        }
        if (chart.Categories.Count > MaxCategories)
        {
            return $"A bar or line chart shows at most {MaxCategories} categories; this one has {chart.Categories.Count}. Group them (by year, by state) or show them as a table.";
        }
        Register(style.Font);
        using var font = new SKFont(Typeface(style.Font.Name, bold: false, italic: false), (float)style.FontSize * PixelsPerPoint);
        var tickWidth = ValueAxis(chart).Ticks.Max(t => font.MeasureText(t.Label));
        if (CategoryLabels(chart.Categories, PlotWidth(tickWidth, font.Size), font) is not null)
        {
            return null;
        }
        var longest = chart.Categories.MaxBy(c => font.MeasureText(c))!;
        var millimetres = (double pixels) => ChartNumbers.Format(pixels / PixelsPerPoint / 72 * 25.4, 0);
        return $"The category «{longest}» is too long for the chart ({millimetres(font.MeasureText(longest))} mm of the plot's {millimetres(PlotWidth(tickWidth, font.Size))} mm): no second category label fits beside it. Shorten the categories, or show them as a table.";
    }

    /// <summary>
    /// Whether a pie's legend fits beside it: at most <see cref="MaxSlices"/> slices, and the legend's columns (lines
    /// the chart's height holds at the style's size, each line a colour key and the widest label) no wider than
    /// <see cref="MaxLegendShare"/> of the chart, so the legend stays inside the picture; null, or what to do.
    /// </summary>
    private static string? PieProblem(ChartData chart, ChartStyle style)
    {
        var count = chart.Categories.Count;
        if (count > MaxSlices)
        {
            return $"A pie chart shows at most {MaxSlices} slices (its legend would not fit beside it, and slices this thin are not told apart); this one has {count}. Use '::: chart bar', group the small values into one slice («Прочие»), or show them as a table.";
        }
        Register(style.Font);
        using var font = new SKFont(Typeface(style.Font.Name, bold: false, italic: false), (float)style.FontSize * PixelsPerPoint);
        var labels = PieLabels(chart);
        var widest = labels.Max(l => font.MeasureText(l));
        var legendWidth = LegendColumns(count, font.Size) * (widest + LegendKeyWidth(font.Size));
        if (legendWidth <= Width * MaxLegendShare)
        {
            return null;
        }
        var longest = labels.MaxBy(l => font.MeasureText(l))!;
        var millimetres = (double pixels) => ChartNumbers.Format(pixels / PixelsPerPoint / 72 * 25.4, 0);
        return $"The pie's legend is too wide for the chart ({millimetres(legendWidth)} mm of at most {millimetres(Width * MaxLegendShare)} mm; its longest line is «{longest}»): shorten the categories, use fewer slices, or use '::: chart bar'.";
    }

    /// <summary>The share of the chart's width a pie's legend may take; the rest holds the pie.</summary>
    private const double MaxLegendShare = 0.7;

    /// <summary>The columns ScottPlot sets a legend of <paramref name="count"/> lines in: as many lines as the chart's height holds (a line about 1.66 em high with the legend's paddings) per column.</summary>
    private static int LegendColumns(int count, double fontSize) =>
        (int)Math.Ceiling(count / Math.Max(1, Math.Floor((Height - 20) / (fontSize * 1.66))));

    /// <summary>A legend line's width besides its text: the colour key, the paddings about it and between columns.</summary>
    private static double LegendKeyWidth(double fontSize) => 20 + 2 * fontSize;

    /// <summary>A pie's legend lines: each category with its value and share («Страна — 12 (8 %)»).</summary>
    private static List<string> PieLabels(ChartData chart)
    {
        var values = chart.Series[0].Values;
        var total = values.Sum();
        return chart.Categories.Select((category, i) => category + " — " + ChartNumbers.Value(values[i]) + (total > 0 ? " (" + ChartNumbers.Format(values[i] / total * 100, 0) + "\u00A0%)" : string.Empty)).ToList();
    }

    /// <summary>The value axis of a bar or line chart: from its smallest to its largest value (bars from zero; stacks as their sums).</summary>
    private static (double Low, double High, IReadOnlyList<(double Position, string Label)> Ticks) ValueAxis(ChartData chart)
    {
        var values = chart.Kind == ChartKind.StackedBar
            ? Enumerable.Range(0, chart.Categories.Count).Select(c => chart.Series.Sum(s => s.Values[c])).ToList()
            : chart.Series.SelectMany(s => s.Values).ToList();
        var (low, high) = (values.Min(), values.Max());
        var integers = values.All(v => v == Math.Floor(v));
        return chart.Kind == ChartKind.Line ? ChartNumbers.Axis(low, high, integers) : ChartNumbers.Axis(Math.Min(low, 0), Math.Max(high, 0), integers);
    }

    /// <summary>
    /// The plot area's width in pixels beside a value axis whose widest tick label is <paramref name="tickWidth"/>:
    /// the chart's width less the axis (labels, tick, ScottPlot's paddings) and the right edge's padding.
    /// </summary>
    private static double PlotWidth(double tickWidth, double fontSize) => Width - tickWidth - fontSize - 24;

    /// <summary><paramref name="label"/> on two lines broken at a space, each at most <paramref name="width"/> wide, or null.</summary>
    private static string? Wrap(string label, double width, SKFont font)
    {
        if (font.MeasureText(label) <= width)
        {
            return label;
        }
        for (var space = label.LastIndexOf(' '); space > 0; space = label.LastIndexOf(' ', space - 1))
        {
            var (first, second) = (label[..space].TrimEnd(), label[(space + 1)..].TrimStart());
            if (font.MeasureText(first) <= width)
            {
                return font.MeasureText(second) <= width && first.Length > 0 ? first + "\n" + second : null;
            }
        }
        return null;
    }

    private static SKTypeface Typeface(string fontName, bool bold, bool italic) =>
        Resolver.CreateTypeface(fontName, bold, italic) ?? throw new InvalidOperationException($"The chart family '{fontName}' is not registered.");

    /// <summary>Registers our font resolver with ScottPlot once per process and <paramref name="family"/> with it.</summary>
    private static void Register(FontFamily family)
    {
        Families.TryAdd(family.Name, family);
        lock (Gate)
        {
            if (!registered)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, Resolver);
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
