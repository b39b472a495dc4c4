namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>Measures shared by the line breakers.</summary>
internal static class LineMeasure
{
    /// <summary>The natural width of items <paramref name="start"/>..<paramref name="end"/>, plus the break penalty's width.</summary>
    public static float NaturalWidth(ReadOnlySpan<Item> items, int start, int end)
    {
        var width = 0f;
        for (var i = start; i < end; i++)
        {
            ref readonly var item = ref items[i];
            if (item.Kind != ItemKind.Penalty)
            {
                width += item.Width;
            }
        }
        if (end < items.Length && items[end].Kind == ItemKind.Penalty)
        {
            width += items[end].Width;
        }
        return width;
    }

    /// <summary>The stretch and shrink of the glue and expandable boxes in items <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static (float Stretch, float Shrink) Elasticity(ReadOnlySpan<Item> items, int start, int end)
    {
        float stretch = 0, shrink = 0;
        for (var i = start; i < end; i++)
        {
            if (items[i].Kind != ItemKind.Penalty)
            {
                stretch += items[i].Stretch;
                shrink += items[i].Shrink;
            }
        }
        return (stretch, shrink);
    }

    /// <summary>
    /// Splits a line's adjustment between its glyphs and its glue. Unlike pdfTeX, which gives the glyphs the line's
    /// ratio of their own stretch or shrink, the glyphs take as much of the adjustment as they can first, rounded to
    /// <paramref name="step"/> (a share of the width) and never past <paramref name="limit"/>; the glue takes the
    /// rest, so the line still fills <paramref name="lineWidth"/> and its spaces stay as near their natural width as
    /// the step allows. A line without expandable boxes, and a paragraph's last line (fill glue) that does not need
    /// to shrink, are returned as they are.
    /// </summary>
    /// <param name="items">The paragraph's items.</param>
    /// <param name="line">The line, with the ratio the breaker chose over glue and glyphs together.</param>
    /// <param name="lineWidth">The width the line fills, in points.</param>
    /// <param name="limit">The largest expansion, as a share of the glyph width (0.02 = ±2 %).</param>
    /// <param name="step">The expansion step, as a share of the glyph width (0.005 = 0.5 %).</param>
    public static LineBreak Settle(ReadOnlySpan<Item> items, LineBreak line, float lineWidth, float limit, float step)
    {
        float glueStretch = 0, glueShrink = 0, boxStretch = 0, boxShrink = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            ref readonly var item = ref items[i];
            if (item.Kind == ItemKind.Glue)
            {
                glueStretch += item.Stretch;
                glueShrink += item.Shrink;
            }
            else if (item.Kind == ItemKind.Box)
            {
                boxStretch += item.Stretch;
                boxShrink += item.Shrink;
            }
        }
        if (boxStretch > 0 && line.End < items.Length && items[line.End] is { Kind: ItemKind.Penalty, Width: > 0 } hyphen)
        {
            // The hyphen is drawn at the line's scale too.
            boxStretch += hyphen.Width * limit;
            boxShrink += hyphen.Width * limit;
        }
        var needed = lineWidth - line.NaturalWidth;
        if (boxStretch <= 0 || limit <= 0 || (needed >= 0 && glueStretch >= Item.Fill))
        {
            return line;
        }
        var expansion = Math.Clamp(needed / (needed >= 0 ? boxStretch : boxShrink), -1f, 1f) * limit;
        expansion = Math.Clamp(MathF.Round(expansion / step) * step, -limit, limit);
        var change = expansion / limit * (expansion >= 0 ? boxStretch : boxShrink);
        var rest = needed - change;
        var ratio = rest >= 0
            ? (glueStretch > 0 ? rest / glueStretch : 0)
            : (glueShrink > 0 ? Math.Max(-1, rest / glueShrink) : 0);
        return line with { Ratio = ratio, Expansion = expansion };
    }

    /// <summary>The first item of the line after a break at <paramref name="breakAt"/>: discardable glue and penalties are skipped.</summary>
    public static int NextLineStart(ReadOnlySpan<Item> items, int breakAt)
    {
        var start = breakAt + 1;
        while (start < items.Length && items[start].Kind != ItemKind.Box && !(items[start].Kind == ItemKind.Penalty && items[start].Penalty <= Item.Forced))
        {
            start++;
        }
        return start;
    }

    /// <summary>The adjustment ratio that makes a line of the given natural width fill <paramref name="lineWidth"/>.</summary>
    public static float Ratio(float natural, float lineWidth, float stretch, float shrink)
    {
        if (natural < lineWidth)
        {
            return stretch > 0 ? (lineWidth - natural) / stretch : 0;
        }
        if (natural > lineWidth)
        {
            return shrink > 0 ? Math.Max(-1, (lineWidth - natural) / shrink) : 0;
        }
        return 0;
    }
}
