using System.Globalization;
using Csto.Reporting.Documents;

namespace Csto.Reporting.Docx.Writing;

/// <summary>Conversions from the tree's points to WordprocessingML units, as invariant strings.</summary>
internal static class Units
{
    /// <summary>English Metric Units in one point (DrawingML extents).</summary>
    public const long EmusPerPoint = 12700;

    /// <summary>Twentieths of a point.</summary>
    public static int Twips(double points) => Length.ToTwips(points);

    /// <summary>Twentieths of a point as text.</summary>
    public static string TwipsText(double points) => Twips(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>Half-points (font sizes) as text.</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Line spacing as a multiple of single spacing, in 240ths (w:spacing w:line with lineRule auto).</summary>
    public static string AutoLine(double multiple) =>
        ((int)Math.Round(multiple * 240, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A theme colour <c>#RRGGBB</c> as WordprocessingML hex <c>RRGGBB</c>.</summary>
    public static string Color(string themeColor) => themeColor.TrimStart('#').ToUpperInvariant();

    /// <summary>An integer as invariant text.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
