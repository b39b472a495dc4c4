using System.Globalization;

namespace Csto.Reporting.Charts;

/// <summary>
/// Numbers as a chart prints them, in Russian style: digits grouped by the ru-RU group separator (a no-break
/// space), a decimal comma and U+2212 MINUS SIGN for negative values («−1 200,5»); and the value axis' ticks of a
/// range: a step of 1, 2 or 5 times a power of ten, labels with as many decimals as the step needs and, from a
/// million on, counted in «млн», «млрд» or «трлн» («2,5 млрд») so that no tick label is longer than a few digits
/// (from 10¹⁵ the trillions are grouped: «5 000 трлн»).
/// </summary>
internal static class ChartNumbers
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>The scales a value axis counts in, largest first.</summary>
    private static readonly (double Factor, string Name)[] Scales = [(1e12, "трлн"), (1e9, "млрд"), (1e6, "млн")];

    /// <summary>
    /// <paramref name="value"/> with two decimals at most, or, below 1, as many as its first three significant
    /// digits need (0,000001 stays 0,000001), never in exponent notation.
    /// </summary>
    public static string Value(double value)
    {
        var magnitude = Math.Abs(value);
        var decimals = magnitude is > 0 and < 1 ? Math.Clamp(2 - (int)Math.Floor(Math.Log10(magnitude)), 2, 15) : 2;
        return Format(value, decimals);
    }

    /// <summary>
    /// <paramref name="value"/> rounded to <paramref name="decimals"/> decimals (trailing zeros dropped), digits
    /// grouped, a decimal comma, U+2212 for a negative value and no sign for a value that rounds to zero.
    /// </summary>
    public static string Format(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("#,0." + new string('#', decimals), Russian);
        return rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>
    /// <paramref name="part"/>'s share of <paramref name="total"/> in whole per cent («8 %»), each share rounded on
    /// its own (so a pie's shares may add up to 99 or 101 %), except that a share is never printed as a figure it is
    /// not: a part above zero that rounds to 0 % is «&lt; 1 %», a part short of the total that rounds to 100 % is
    /// «&gt; 99 %»; a zero part is «0 %». No-break spaces stand before the per cent sign and after «&lt;» and «&gt;».
    /// </summary>
    /// <param name="part">The part, not negative.</param>
    /// <param name="total">The sum of the parts, above zero.</param>
    public static string Share(double part, double total)
    {
        var percent = Math.Round(part / total * 100, MidpointRounding.AwayFromZero);
        var text = part > 0 && percent == 0 ? "<\u00A01" : part < total && percent == 100 ? ">\u00A099" : Format(percent, 0);
        return text + "\u00A0%";
    }

    /// <summary>
    /// The ticks of a value axis that shows <paramref name="low"/> to <paramref name="high"/>: about five steps of
    /// 1, 2 or 5 times a power of ten (at least 1 when <paramref name="integers"/>), from the last step at or below
    /// <paramref name="low"/> to the first at or above <paramref name="high"/>. Equal ends are widened (0 to 1 for
    /// all zeros, else by a tenth of the value, so a flat line sits mid-axis).
    /// </summary>
    /// <param name="low">The smallest value shown.</param>
    /// <param name="high">The largest value shown.</param>
    /// <param name="integers">Whether every value is a whole number (no fractional ticks then).</param>
    /// <returns>The axis' ends (the first and last tick) and every tick's position and label.</returns>
    public static (double Low, double High, IReadOnlyList<(double Position, string Label)> Ticks) Axis(double low, double high, bool integers)
    {
        if (!(low < high))
        {
            var spread = low == 0 ? 1 : Math.Abs(low) / 10;
            (low, high) = low == 0 ? (0, 1) : low > 0 && low - spread < 0 ? (0, high + spread) : (low - spread, high + spread);
        }
        var rough = (high - low) / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1d, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough * 0.999);
        if (integers)
        {
            step = Math.Max(step, 1);
        }
        var first = Math.Floor(low / step + 1e-9);
        var last = Math.Ceiling(high / step - 1e-9);
        var magnitude = Math.Max(Math.Abs(first), Math.Abs(last)) * step;
        var (factor, name) = Scales.FirstOrDefault(s => magnitude >= s.Factor, (1, string.Empty));
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step / factor) + 1e-9));
        var ticks = new List<(double, string)>();
        for (var i = first; i <= last; i++)
        {
            var position = i * step;
            var label = Format(position / factor, decimals);
            ticks.Add((position, name.Length == 0 || label == "0" ? label : label + "\u00A0" + name));
        }
        return (first * step, last * step, ticks);
    }
}
