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
        var palette = Palette(style, chart.Kind == ChartKind.Pie ? chart.Categories.Count : chart.Series.Count);
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
                    FillColor = palette[i],
                    LegendText = legendLines[i],
                }).ToList();
                var pie = plot.Add.Pie(slices);
                pie.ExplodeFraction = 0;
                // ScottPlot strokes each slice even at its default width 0, which Skia writes as a black hairline:
                // outline the slices in the background's white instead, so neighbours are parted by a thin gap.
                pie.LineColor = ScottPlot.Colors.White;
                pie.LineWidth = 1;
                plot.Axes.Frameless();
                plot.HideGrid();
                plot.Axes.SquareUnits();
                break;
            }
            case ChartKind.Line:
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var line = plot.Add.Scatter(positions, chart.Series[s].Values.ToArray());
                    line.Color = palette[s];
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
                            FillColor = palette[s],
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
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s].Name, FillColor = palette[s] });
                }
                break;
            }
        }
        if (chart.Kind != ChartKind.Pie)
        {
            var axis = ValueAxis(chart);
            using var font = new SKFont(Typeface(fontName, bold: false, italic: false), fontSize);
            var tickWidth = axis.Ticks.Max(t => font.MeasureText(t.Label));
            var labels = CategoryLabels(chart.Categories, PlotWidth(tickWidth, fontSize), font, chart.Kind)
                ?? throw new InvalidOperationException("A chart whose category labels do not fit is drawn; ChartSvg.LabelProblem reports it first.");
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
        // ScottPlot clears the canvas first, which Skia's SVG canvas writes as a rectangle of the picture's size with
        // no fill, that is black, under the white background: its anti-aliased edges showed as a grey frame in PNG.
        var svg = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length)
            .Replace(FormattableString.Invariant($"<rect width=\"{Width}\" height=\"{Height}\"/>"), string.Empty, StringComparison.Ordinal);
        // Skia writes a text's glyph positions as «x="-16, -8, 0, 8, "»: the trailing comma makes the list invalid SVG,
        // which strict readers refuse or misplace (Firefox shifts such labels; ScottPlot issue 5246).
        svg = TrailingComma().Replace(svg, "$1\"");
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
    /// The category axis' labels of a <paramref name="kind"/> chart whose categories are printed
    /// <paramref name="plotWidth"/> pixels wide in <paramref name="font"/> (the others empty), or null when they cannot
    /// be read. Every k-th label is named (k = 1, 2, … the first that fits; from the first category, else from the
    /// second, …), each whole or wrapped at a space onto two lines, at most as wide as k categories less a gap (half a
    /// letter's size; a quarter for wrapped labels, so neighbours never touch) and centred on its category inside the
    /// plot's span (so none reaches past the plot's ends); null when no k names at least two categories (or the only
    /// one) so.
    /// </summary>
    public static string[]? CategoryLabels(IReadOnlyList<string> categories, double plotWidth, SKFont font, ChartKind kind)
    {
        var count = categories.Count;
        // A bar chart spans its categories with half a category at each end, a line chart with a quarter.
        var (first, span) = kind == ChartKind.Line ? (0.25, count - 0.5) : (0.5, (double)count);
        var unit = plotWidth / span;
        var gap = font.Size / 2;
        var labels = categories.Select(c => Label.Of(c, font)).ToArray();
        for (var every = 1; every == 1 || every < count; every++)
        {
            for (var offset = 0; offset < every && (offset < count - every || count == 1); offset++)
            {
                var shown = new string[count];
                Array.Fill(shown, string.Empty);
                var fits = true;
                for (var i = offset; i < count && fits; i += every)
                {
                    var centre = (i + first) * unit;
                    if (labels[i].Fitted(every * unit, gap, 2 * Math.Min(centre, plotWidth - centre)) is { } text)
                    {
                        shown[i] = text;
                    }
                    else
                    {
                        fits = false;
                    }
                }
                if (fits)
                {
                    return shown;
                }
            }
        }
        return null;
    }

    /// <summary>A category label measured once: its width whole, and its narrowest two-line form broken at a space.</summary>
    private sealed record Label(string Text, double Width, string? TwoLines, double TwoLinesWidth)
    {
        public static Label Of(string text, SKFont font)
        {
            var (twoLines, twoLinesWidth) = ((string?)null, double.PositiveInfinity);
            for (var space = text.IndexOf(' ', StringComparison.Ordinal); space > 0; space = text.IndexOf(' ', space + 1))
            {
                var (head, tail) = (text[..space].TrimEnd(), text[(space + 1)..].TrimStart());
                var width = Math.Max(font.MeasureText(head), font.MeasureText(tail));
                if (head.Length > 0 && tail.Length > 0 && width < twoLinesWidth)
                {
                    (twoLines, twoLinesWidth) = (head + "\n" + tail, width);
                }
            }
            return new(text, font.MeasureText(text), twoLines, twoLinesWidth);
        }

        /// <summary>
        /// The text when it fits <paramref name="share"/> pixels less <paramref name="gap"/>, else its two lines when they
        /// fit the share less half the gap (lines of one label stand under each other, so a wrapped label's neighbours
        /// are seldom as wide), else null; either no wider than <paramref name="edge"/>.
        /// </summary>
        public string? Fitted(double share, double gap, double edge) =>
            Width <= Math.Min(share - gap, edge) ? Text : TwoLinesWidth <= Math.Min(share - gap / 2, edge) ? TwoLines : null;

        /// <summary>The least room the label needs.</summary>
        public double Least => Math.Min(Width, TwoLinesWidth);
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
        var plotWidth = PlotWidth(tickWidth, font.Size);
        if (CategoryLabels(chart.Categories, plotWidth, font, chart.Kind) is not null)
        {
            return null;
        }
        var longest = chart.Categories.Select(c => Label.Of(c, font)).MaxBy(l => l.Least)!;
        var millimetres = (double pixels) => ChartNumbers.Format(pixels / PixelsPerPoint / 72 * 25.4, 0);
        return $"The category «{longest.Text}» is too long for the chart ({millimetres(longest.Least)} mm wide even on two lines, of the plot's {millimetres(plotWidth)} mm for {chart.Categories.Count} categories): its label fits neither beside its neighbours nor with only every k-th category named. Shorten the categories, or show them as a table.";
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

    /// <summary>
    /// <paramref name="count"/> series (or slice) colours: the style's colours in order, then again darkened by 45 %,
    /// then lightened by 55 % toward white, then darkened by 70 %, and so on, so no two legend keys look alike.
    /// </summary>
    private static Color[] Palette(ChartStyle style, int count)
    {
        var colors = style.Colors.Select(Color.FromHex).ToArray();
        double[] shades = [0, -0.45, 0.55, -0.7];
        return Enumerable.Range(0, count).Select(i =>
        {
            var color = colors[i % colors.Length];
            var shade = shades[i / colors.Length % shades.Length];
            byte Mix(byte channel) => (byte)Math.Round(shade < 0 ? channel * (1 + shade) : channel + (255 - channel) * shade);
            return new Color(Mix(color.R), Mix(color.G), Mix(color.B));
        }).ToArray();
    }

    /// <summary>A pie's legend lines: each category with its value and share («Страна — 12 (8 %)», «Страна — 1 (&lt; 1 %)»; <see cref="ChartNumbers.Share"/>).</summary>
    private static List<string> PieLabels(ChartData chart)
    {
        var values = chart.Series[0].Values;
        var total = values.Sum();
        return chart.Categories.Select((category, i) => category + " — " + ChartNumbers.Value(values[i]) + (chart.Unit is null or "" ? string.Empty : "\u00A0" + chart.Unit) + (total > 0 ? " (" + ChartNumbers.Share(values[i], total) + ")" : string.Empty)).ToList();
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

    [GeneratedRegex(@"(\s[xy]=""[^""]*?),\s*""", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingComma();

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
