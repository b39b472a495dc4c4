using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// Three dots to «…» (not four or more), (c) to ©, and a hyphen or en dash that opens a number to the minus sign
/// U+2212 («−35 °C», «−100,0» in a table cell): only at the start of the text or after a space, an opening bracket,
/// «=», «:» or «;», so «10-12», «ID-5» and «- 5» (a dash with a space after it) are left to the dash rules.
/// </summary>
internal static partial class SymbolRule
{
    public static void Apply(TextBuffer buffer)
    {
        if (buffer.Span.Contains("...", StringComparison.Ordinal))
        {
            buffer.ReplaceGroup(ThreeDots(), "dots", "…");
        }
        if (buffer.Span.Contains('('))
        {
            buffer.ReplaceGroup(Copyright(), "mark", "©");
        }
        if (Triggers.HasDigit(buffer.Span) && buffer.Span.ContainsAny('-', '–'))
        {
            buffer.ReplaceGroup(NegativeNumber(), "sign", "\u2212");
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[\s(\[=:;]))(?<sign>[-–])(?=\d)")]
    private static partial Regex NegativeNumber();

    [GeneratedRegex(@"(?<!\.)(?<dots>\.\.\.)(?!\.)")]
    private static partial Regex ThreeDots();

    [GeneratedRegex(@"(?<mark>\([cCсС]\))")]
    private static partial Regex Copyright();
}
