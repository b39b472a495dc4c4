using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>chart</c> prints a chart of figures by year: <c>{{ model.figures | chart: "bar", "Рисунок 1 — …", y: "Число", unit: "ед." }}</c>.
/// Each item of the input is one series (an activity report's <c>Figure</c>): its <c>label</c> names it and its
/// <c>by_year</c> lists points, each with a <c>year</c> and a <c>value</c>; items without points are skipped. The
/// categories are the years in order of first appearance (the category axis is titled by the named argument
/// <c>x</c>, «Год» by default). The filter writes the <c>::: chart KIND</c> container around a pipe
/// table (one row per category, one column per series) and the caption, so a chart from a template is read, checked
/// and drawn exactly as one written by hand; every text from the record is printed as a value (plain text, never
/// Markdown). KIND is <c>bar</c>, <c>stacked-bar</c>, <c>line</c> or <c>pie</c>; a series without a value for some
/// category is an error naming both.
/// </summary>
internal static class ChartFilters
{
    private static readonly string[] Kinds = ["bar", "stacked-bar", "line", "pie"];

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("chart", async (input, arguments, context) =>
        {
            var kind = arguments.At(0).ToStringValue();
            if (!Kinds.Contains(kind, StringComparer.Ordinal))
            {
                throw FilterValues.Fail("chart", $"the first argument is the chart kind: bar, stacked-bar, line or pie; got '{kind}'.");
            }
            var caption = arguments.Count > 1 ? arguments.At(1).ToStringValue() : string.Empty;
            var y = Option(arguments, "y");
            var unit = Option(arguments, "unit");
            var series = new List<(string Label, Dictionary<string, decimal> Values)>();
            var categories = new List<string>();
            foreach (var item in FilterValues.Items(input, context))
            {
                var label = (await item.GetValueAsync("label", context).ConfigureAwait(false)).ToStringValue();
                var points = await item.GetValueAsync("by_year", context).ConfigureAwait(false);
                var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var point in FilterValues.Items(points, context))
                {
                    var year = await point.GetValueAsync("year", context).ConfigureAwait(false);
                    var category = year.ToStringValue();
                    var value = await point.GetValueAsync("value", context).ConfigureAwait(false);
                    if (year is not NumberValue || value is not NumberValue)
                    {
                        throw FilterValues.Fail("chart", $"a point of the series «{label}» needs a year and a value, both numbers; got {FilterValues.Describe(point)}.");
                    }
                    if (!values.TryAdd(category, value.ToNumberValue()))
                    {
                        throw FilterValues.Fail("chart", $"the series «{label}» has two values for «{category}».");
                    }
                    if (!categories.Contains(category, StringComparer.Ordinal))
                    {
                        categories.Add(category);
                    }
                }
                if (values.Count > 0)
                {
                    series.Add((label, values));
                }
            }
            if (series.Count == 0)
            {
                throw FilterValues.Fail("chart", "expected a list of figures, each with a label and by_year points of a year and a value; found no points.");
            }
            foreach (var (label, values) in series)
            {
                if (categories.FirstOrDefault(c => !values.ContainsKey(c)) is { } missing)
                {
                    throw FilterValues.Fail("chart", $"the series «{label}» has no value for «{missing}», which another series has.");
                }
            }
            var x = Option(arguments, "x") ?? "Год";
            return new ChartMarkdownValue(kind, y, unit, x, categories, series, caption);
        });
    }

    /// <summary>A named argument that goes into the container's line: one line, no double quotes.</summary>
    private static string? Option(FilterArguments arguments, string name)
    {
        if (!arguments.HasNamed(name))
        {
            return null;
        }
        var value = arguments[name].ToStringValue();
        return value.AsSpan().IndexOfAny('"', '\n', '\r') < 0
            ? value
            : throw FilterValues.Fail("chart", $"the argument {name}: is one line without double quotes; got '{value}'.");
    }

    /// <summary>
    /// The chart as Markdown: the container, table and caption lines are written as they are, every text from the
    /// record through the run's encoder (so it stays plain text); printed anywhere else, it is its plain text.
    /// </summary>
    private sealed class ChartMarkdownValue(string kind, string? y, string? unit, string x, List<string> categories,
        List<(string Label, Dictionary<string, decimal> Values)> series, string caption) : FluidValue
    {
        public override FluidValues Type => FluidValues.String;

        public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => 0;

        public override string ToStringValue() => Write(NullEncoder.Default);

        public override object ToObjectValue() => ToStringValue();

        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
            new(writer.WriteAsync(Write(encoder)));

        [Obsolete("Use WriteToAsync.")]
        public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => writer.Write(Write(encoder));

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

        private string Write(TextEncoder encoder)
        {
            var text = new StringBuilder();
            text.Append("::: chart ").Append(kind);
            if (y is not null)
            {
                text.Append(" y=\"").Append(y).Append('"');
            }
            if (unit is not null)
            {
                text.Append(" unit=\"").Append(unit).Append('"');
            }
            text.Append("\n| ").Append(encoder.Encode(x)).Append(" |");
            foreach (var (label, _) in series)
            {
                text.Append(' ').Append(encoder.Encode(label)).Append(" |");
            }
            text.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", series.Count))).Append('\n');
            foreach (var category in categories)
            {
                text.Append("| ").Append(encoder.Encode(category)).Append(" |");
                foreach (var (_, values) in series)
                {
                    text.Append(' ').Append(encoder.Encode(values[category].ToString(CultureInfo.InvariantCulture))).Append(" |");
                }
                text.Append('\n');
            }
            if (caption.Length > 0)
            {
                text.Append('\n').Append(encoder.Encode(caption)).Append('\n');
            }
            return text.Append(":::\n").ToString();
        }
    }
}
