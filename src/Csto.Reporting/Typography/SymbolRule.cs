using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>Three dots to «…» (not four or more), (c) to ©.</summary>
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
    }

    [GeneratedRegex(@"(?<!\.)(?<dots>\.\.\.)(?!\.)")]
    private static partial Regex ThreeDots();

    [GeneratedRegex(@"(?<mark>\([cCсС]\))")]
    private static partial Regex Copyright();
}
