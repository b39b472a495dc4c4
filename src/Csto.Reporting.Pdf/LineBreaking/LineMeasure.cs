namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>Measures shared by the line breakers.</summary>
internal static class LineMeasure
{
    /// <summary>The natural width of items <paramref name="start"/>..<paramref name="end"/>, plus the break penalty's width.</summary>
    public static float NaturalWidth(IReadOnlyList<Item> items, int start, int end)
    {
        var width = 0f;
        for (var i = start; i < end; i++)
        {
            var item = items[i];
            if (item.Kind != ItemKind.Penalty)
            {
                width += item.Width;
            }
        }
        if (end < items.Count && items[end].Kind == ItemKind.Penalty)
        {
            width += items[end].Width;
        }
        return width;
    }

    /// <summary>The stretch and shrink of the glue in items <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static (float Stretch, float Shrink) Elasticity(IReadOnlyList<Item> items, int start, int end)
    {
        float stretch = 0, shrink = 0;
        for (var i = start; i < end; i++)
        {
            if (items[i].Kind == ItemKind.Glue)
            {
                stretch += items[i].Stretch;
                shrink += items[i].Shrink;
            }
        }
        return (stretch, shrink);
    }

    /// <summary>The first item of the line after a break at <paramref name="breakAt"/>: discardable glue and penalties are skipped.</summary>
    public static int NextLineStart(IReadOnlyList<Item> items, int breakAt)
    {
        var start = breakAt + 1;
        while (start < items.Count && items[start].Kind != ItemKind.Box && !(items[start].Kind == ItemKind.Penalty && items[start].Penalty <= Item.Forced))
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
