using System.Globalization;
using System.Text.RegularExpressions;
using Csto.Reporting.Charts;
using Csto.Reporting.Markdown.Conversion;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Csto.Reporting.Markdown.Containers;

/// <summary>
/// <c>::: chart KIND [y="value axis title"] [unit="unit"]</c> around one pipe table and an optional caption
/// paragraph: KIND is <c>bar</c>, <c>stacked-bar</c>, <c>line</c> or <c>pie</c>; the first column gives the
/// categories (its heading is the category axis' title), every other column a series (its heading names it). The
/// chart becomes an SVG <see cref="Documents.Image"/> (drawn by <see cref="ChartSvg"/> in the default style, and again in a render's theme when its style differs: <see cref="ChartPictures"/>) whose alternative text is
/// its data. Every value must be a number (<c>1 234,5</c> and <c>1234.5</c> are read alike) and every row as long
/// as the heading; each cell that is not is a problem at its line and column.
/// </summary>
internal sealed partial class ChartContainer : IContainerConverter
{
    public string Name => "chart";

    public Documents.Block? Convert(CustomContainer container, BlockConverter blocks)
    {
        var context = blocks.Context;
        var arguments = ArgumentsPattern().Match(container.Arguments ?? string.Empty);
        ChartKind? kind = arguments.Success ? arguments.Groups["kind"].Value switch
        {
            "bar" => ChartKind.Bar,
            "stacked-bar" => ChartKind.StackedBar,
            "line" => ChartKind.Line,
            "pie" => ChartKind.Pie,
            _ => null,
        } : null;
        if (kind is null && arguments.Success && arguments.Groups["kind"].Value is "stacked" or "stacked-bars" or "stackedbar")
        {
            context.Problem(container, $"'::: chart {arguments.Groups["kind"].Value}' is not a chart kind: did you mean '::: chart stacked-bar'?");
            return null;
        }
        if (kind is null)
        {
            context.Problem(container, $"A chart is written '::: chart KIND' with KIND bar, stacked-bar, line or pie, then optional y=\"value axis title\" unit=\"unit\"; got '::: chart {container.Arguments}'.");
            return null;
        }
        var options = arguments.Groups["key"].Captures.Select((key, i) => (Key: key.Value, Value: arguments.Groups["value"].Captures[i].Value)).ToList();
        foreach (var (key, _) in options.Where(o => o.Key is not ("y" or "unit")))
        {
            context.Problem(container, $"A chart knows the options y=\"…\" (the value axis' title) and unit=\"…\"; '{key}' is not one of them.");
            return null;
        }
        var tables = container.OfType<MarkdigTable>().ToList();
        var others = container.Where(b => b is not MarkdigTable && b is not ParagraphBlock).ToList();
        var paragraphs = container.OfType<ParagraphBlock>().ToList();
        if (tables.Count != 1 || others.Count > 0 || paragraphs.Count > 1)
        {
            context.Problem(container, $"A ::: chart container holds one pipe table and at most one caption paragraph; found {tables.Count} tables, {paragraphs.Count} paragraphs and {others.Count} other blocks.");
            return null;
        }
        var unit = options.Where(o => o.Key == "unit").Select(o => o.Value).LastOrDefault();
        var data = Read(tables[0], kind.Value, ValueTitle(options), unit, blocks);
        if (data is null)
        {
            return null;
        }
        if (ChartSvg.LabelProblem(data, ChartStyle.Default) is { } labels)
        {
            context.Problem(container, labels);
            return null;
        }
        var (svg, drawing) = ChartPictures.Draw(data, ChartStyle.Default);
        var caption = paragraphs.Count == 1 ? blocks.Inlines.Convert(paragraphs[0].Inline) : null;
        return new Documents.Image(svg, drawing.Width, drawing.Height, drawing)
        {
            AltText = data.DataText(),
            Caption = caption,
            Chart = data,
        };
    }

    private static string? ValueTitle(List<(string Key, string Value)> options)
    {
        var y = options.Where(o => o.Key == "y").Select(o => o.Value).LastOrDefault();
        var unit = options.Where(o => o.Key == "unit").Select(o => o.Value).LastOrDefault();
        return (y, unit) switch
        {
            (null, null) => null,
            ({ } title, null) => title,
            (null, { } u) => u,
            ({ } title, { } u) => title + ", " + u,
        };
    }

    private static ChartData? Read(MarkdigTable table, ChartKind kind, string? valueTitle, string? unit, BlockConverter blocks)
    {
        var context = blocks.Context;
        var rows = table.OfType<MarkdigTableRow>().ToList();
        if (rows.Count < 2 || !rows[0].IsHeader)
        {
            context.Problem(table, "A chart's table needs a heading row (category, then one heading per series) and at least one row of values.");
            return null;
        }
        string Text(MarkdigTableCell cell) => InlineConverter.PlainText(blocks.Inlines.Convert(cell.OfType<ParagraphBlock>().FirstOrDefault()?.Inline)).Trim();
        // Markdig pads every row, the heading too, to the widest row with cells that come from no source text (an
        // empty span), and gives a cell written empty (`| 2025 | | 3 |`) an empty span as well: a row's written cells
        // run up to its last cell with source text.
        static int Written(List<MarkdigTableCell> cells) => cells.FindLastIndex(c => !c.Span.IsEmpty) + 1;
        var heading = rows[0].OfType<MarkdigTableCell>().ToList();
        heading = heading.GetRange(0, Written(heading));
        if (heading.Count < 2)
        {
            context.Problem(rows[0], "A chart's table needs at least two columns: the categories and one series of values.");
            return null;
        }
        if (kind == ChartKind.Pie && heading.Count != 2)
        {
            context.Problem(rows[0], $"A pie chart shows one series: its table has two columns (category, value); this one has {heading.Count}.");
            return null;
        }
        var valid = true;
        var categories = new List<string>();
        var values = Enumerable.Range(1, heading.Count - 1).Select(_ => new List<double>()).ToList();
        foreach (var row in rows.Skip(1))
        {
            var cells = row.OfType<MarkdigTableCell>().ToList();
            var written = Written(cells);
            if (written != heading.Count)
            {
                context.Problem(row, $"This chart row has {written} cells but the heading has {heading.Count}; every row gives a category and one value per series.");
                valid = false;
                continue;
            }
            categories.Add(Text(cells[0]));
            for (var i = 1; i < heading.Count; i++)
            {
                var text = Text(cells[i]);
                if (text.Length == 0)
                {
                    // An empty cell has no source span of its own: its row gives the place.
                    context.Problem(row, $"The chart value of series «{Text(heading[i])}», category «{categories[^1]}» is missing; write a number, such as 0.");
                    valid = false;
                    continue;
                }
                if (Number(text) is not { } value || (kind is ChartKind.Pie or ChartKind.StackedBar && value < 0))
                {
                    var expected = kind is ChartKind.Pie or ChartKind.StackedBar ? "a number that is not negative (a pie or stacked bar adds its parts)" : "a number";
                    context.Problem(cells[i], $"The chart value '{text}' (series «{Text(heading[i])}», category «{categories[^1]}») is not {expected}, such as 12 or 1 234,5.");
                    valid = false;
                    continue;
                }
                values[i - 1].Add(value);
            }
        }
        if (!valid)
        {
            return null;
        }
        if (kind == ChartKind.Pie && !(values[0].Sum() > 0))
        {
            context.Problem(table, "A pie chart's values add up to nothing; at least one must be positive.");
            return null;
        }
        var series = heading.Skip(1).Select((cell, i) => new ChartSeries(Text(cell), values[i])).ToList();
        return new ChartData(kind, Text(heading[0]), categories, series, valueTitle, unit);
    }

    /// <summary>A number written in Russian (1 234,5; −3) or international (1234.5) style, or null.</summary>
    internal static double? Number(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u2009", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace('\u2212', '-').Replace(',', '.');
        return compact.Length > 0 && double.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
    }

    [GeneratedRegex(@"^\s*(?<kind>[a-z-]+)(?:\s+(?<key>[a-z]+)=""(?<value>[^""]*)"")*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentsPattern();
}
