using System.Globalization;
using Csto.Reporting.Fonts;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Charts;

/// <summary>
/// How a theme draws charts: the family of every chart text (<see cref="Theme.ChartFont"/>, else the body font), its
/// size (the theme's table size, so a chart's labels read like a table's cells), the text and axis colours (the
/// theme's text and rule colours) and the series colours (<see cref="Theme.ChartColors"/>). Two themes with the same
/// style share one drawing of a chart.
/// </summary>
/// <param name="Font">The family of the chart's texts.</param>
/// <param name="FontSize">The size of the chart's texts in points when the chart is printed at its own width.</param>
/// <param name="TextColor">The colour of labels and titles, <c>#RRGGBB</c>.</param>
/// <param name="AxisColor">The colour of the axis lines, <c>#RRGGBB</c>.</param>
/// <param name="Palette">The series colours in order, <c>#RRGGBB</c> each, separated by spaces (a string, so that styles compare by value).</param>
internal sealed record ChartStyle(FontFamily Font, double FontSize, string TextColor, string AxisColor, string Palette)
{
    /// <summary>The style of <paramref name="theme"/>.</summary>
    /// <exception cref="ArgumentException">A colour of the theme is not <c>#RRGGBB</c>, or it has no chart colours.</exception>
    public static ChartStyle Of(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (theme.ChartColors.Count == 0)
        {
            throw new ArgumentException($"Theme '{theme.Name}' has no chart colours: ChartColors needs at least one #RRGGBB colour.", nameof(theme));
        }
        return new(theme.ChartFont ?? theme.BodyFont, theme.TableFontSize,
            Checked(theme.TextColor, nameof(Theme.TextColor), theme), Checked(theme.RuleColor, nameof(Theme.RuleColor), theme),
            string.Join(' ', theme.ChartColors.Select((c, i) => Checked(c, $"{nameof(Theme.ChartColors)}[{i}]", theme))));
    }

    /// <summary>The style of the built-in <see cref="BuiltInThemes.Gost"/> theme: what a chart is drawn with when it is read.</summary>
    public static ChartStyle Default { get; } = Of(BuiltInThemes.Gost);

    /// <summary>The series colours in order.</summary>
    public IReadOnlyList<string> Colors => Palette.Split(' ');

    private static string Checked(string color, string property, Theme theme) =>
        color is ['#', .. var hex] && hex.Length == 6 && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)
            ? color.ToUpperInvariant()
            : throw new ArgumentException($"Theme '{theme.Name}': {property} must be a colour written #RRGGBB; got '{color}'.", nameof(theme));
}
