namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// Chooses the breaker: total fit for justified text (a strict pass, then a looser one), first fit for ragged text
/// and as the last resort, so that every paragraph gets lines.
/// </summary>
internal static class ParagraphBreaker
{
    /// <summary>The strictest pass: spaces stretch at most 1.4 times their stretchability.</summary>
    public const double StrictRatio = 1.4;

    /// <summary>The second pass.</summary>
    public const double LooseRatio = 4;

    /// <summary>Breaks a paragraph into lines.</summary>
    public static IReadOnlyList<LineBreak> Break(IReadOnlyList<Item> items, LineWidths widths, bool justified)
    {
        if (!justified)
        {
            return FirstFitBreaker.Break(items, widths, allowShrink: false);
        }
        return KnuthPlassBreaker.Break(items, widths, StrictRatio)
            ?? KnuthPlassBreaker.Break(items, widths, LooseRatio)
            ?? FirstFitBreaker.Break(items, widths, allowShrink: true);
    }
}
