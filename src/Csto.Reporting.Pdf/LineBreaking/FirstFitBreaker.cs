namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// First-fit line breaking: each line takes as much as fits (with glue shrunk when <c>allowShrink</c>). A word is
/// hyphenated only when breaking at the last space would leave the line less than <see cref="FullEnough"/> full,
/// so ragged text is not needlessly hyphenated. Used for ragged text and as the fallback when total fit finds no
/// feasible solution; it always succeeds, because the builder splits any box wider than a line beforehand. A line
/// that still overflows is kept, never dropped.
/// </summary>
internal static class FirstFitBreaker
{
    /// <summary>How full a line ending at a space must be for a hyphenation to be skipped.</summary>
    public const float FullEnough = 0.85f;

    /// <summary>Breaks the items into lines.</summary>
    public static IReadOnlyList<LineBreak> Break(ReadOnlySpan<Item> items, LineWidths widths, bool allowShrink)
    {
        var lines = new List<LineBreak>();
        var count = items.Length;
        var start = 0;
        while (start < count)
        {
            var lineWidth = widths.Of(lines.Count);
            float width = 0, shrink = 0;
            var lastFeasible = -1;
            var lastUnflagged = -1;
            var lastUnflaggedWidth = 0f;
            var end = -1;
            for (var i = start; i < count; i++)
            {
                ref readonly var item = ref items[i];
                var legal = i > start && item.IsLegalBreak(items[i - 1]);
                if (legal)
                {
                    var candidate = width + (item.Kind == ItemKind.Penalty ? item.Width : 0);
                    var fits = candidate - (allowShrink ? shrink : 0) <= lineWidth + 0.01f;
                    if (item.Kind == ItemKind.Penalty && item.Penalty <= Item.Forced)
                    {
                        end = fits || lastFeasible < 0 ? i : lastFeasible;
                        break;
                    }
                    if (fits)
                    {
                        lastFeasible = i;
                        if (!item.Flagged)
                        {
                            lastUnflagged = i;
                            lastUnflaggedWidth = candidate;
                        }
                    }
                    else
                    {
                        end = lastUnflagged >= 0 && lastUnflagged != lastFeasible && lastUnflaggedWidth >= FullEnough * lineWidth
                            ? lastUnflagged
                            : lastFeasible >= 0 ? lastFeasible : i;
                        break;
                    }
                }
                if (item.Kind != ItemKind.Penalty)
                {
                    width += item.Width;
                    shrink += item.Shrink;
                }
            }
            if (end < 0)
            {
                end = count;
            }
            var natural = LineMeasure.NaturalWidth(items, start, end);
            var (stretch, shrinkTotal) = LineMeasure.Elasticity(items, start, end);
            lines.Add(new LineBreak(start, end, LineMeasure.Ratio(natural, lineWidth, stretch, shrinkTotal), natural));
            start = end >= count ? count : LineMeasure.NextLineStart(items, end);
        }
        return lines;
    }
}
