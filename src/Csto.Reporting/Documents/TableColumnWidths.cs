namespace Csto.Reporting.Documents;

/// <summary>
/// The widths of a table's columns, decided the way browsers' automatic table layout and Word's AutoFit decide
/// them: each automatic column gets at least its minimum content width (its longest unbreakable word) and at most
/// needs its maximum (all of its content on one line); what the table width leaves over the minimums goes to the
/// columns in proportion to what they lack of their maximums, and what is left over the maximums in proportion to
/// the maximums, so the table always fills the width it is given. A column with an explicit
/// <see cref="TableColumn.RelativeWidth"/> keeps its share of the width (an automatic column counting as 1 for the
/// share); the automatic columns divide the rest. When the minimums do not fit, the long tokens give way first (as
/// CSS lets a URL with <c>overflow-wrap: anywhere</c> break): every column keeps its longest ordinary word
/// (<see cref="ContentExtent.WordMinimum"/>) and what is left goes to the columns in proportion to how far their
/// long tokens' pieces reach beyond it, so the URL breaks between characters and «2025» stays whole. Only when the
/// ordinary words do not fit either do the widest columns give up their words, each cut in proportion to its word
/// (so the widths still follow the content), while the narrow ones keep theirs with their slack (the text of the cut
/// columns then breaks inside words, in the PDF and in Word and LibreOffice alike).
/// Every extent keeps <see cref="Slack"/> of room over its text and padding. Both renderers read the widths from here through the PDF layout's measure
/// (<see cref="Rendering.ITableColumnSizer"/>), so a table looks alike in the PDF and the DOCX.
/// </summary>
internal static class TableColumnWidths
{
    /// <summary>The padding on each side of a cell's content, in points, in the PDF and the DOCX alike.</summary>
    public const double CellPadding = 3;

    /// <summary>
    /// The room in points a column keeps over its text and padding. LibreOffice sets a cell's text inside its
    /// borders as well as its margins (the rules are 0.5 pt), and Word and LibreOffice place text on their own
    /// grids (twips, 1/100 mm): a column sized exactly to «Душанбе» broke the word there. One point more lets
    /// every word that fits in the PDF fit in Word and LibreOffice.
    /// </summary>
    public const double Slack = 1;

    /// <summary>Computes the column widths.</summary>
    /// <param name="table">The table.</param>
    /// <param name="width">The table width in points; positive.</param>
    /// <param name="measure">The minimum and maximum content widths of a cell in points, padding excluded.</param>
    /// <returns>The width of every grid column in points, left to right; they add up to <paramref name="width"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is not positive.</exception>
    /// <exception cref="InvalidOperationException">The measure gave a negative, infinite or inverted extent.</exception>
    public static double[] Compute(Table table, double width, Func<TableCell, ContentExtent> measure)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(measure);
        if (!(width > 0) || !double.IsFinite(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A table width must be a positive number of points.");
        }
        var columns = table.Columns;
        var count = columns.Count;
        var result = new double[count];
        var explicitTotal = columns.Sum(c => c.RelativeWidth ?? 0);
        var automatic = columns.Where(c => c.RelativeWidth is null).Count();
        var shares = explicitTotal + automatic;
        for (var c = 0; c < count; c++)
        {
            if (columns[c].RelativeWidth is { } share)
            {
                result[c] = width * share / shares;
            }
        }
        if (automatic == 0)
        {
            return result;
        }
        var (words, minimum, maximum) = Extents(table, measure);
        var auto = Enumerable.Range(0, count).Where(c => columns[c].RelativeWidth is null).ToArray();
        var room = width * automatic / shares;
        var sumWords = auto.Sum(c => words[c]);
        var sumMin = auto.Sum(c => minimum[c]);
        var sumMax = auto.Sum(c => maximum[c]);
        if (sumWords >= room)
        {
            Capped(words, auto, room, result);
            return result;
        }
        foreach (var c in auto)
        {
            result[c] = sumMin > room ? words[c] + (minimum[c] - words[c]) * (room - sumWords) / (sumMin - sumWords)
                : sumMax > room ? minimum[c] + (maximum[c] - minimum[c]) * (room - sumMin) / (sumMax - sumMin)
                : maximum[c] + (room - sumMax) * maximum[c] / sumMax;
        }
        return result;
    }

    /// <summary>
    /// The word minimum, minimum and maximum width of every column, padding and slack included: the widest
    /// single-column cells first, then each spanning cell widens the columns it spans, in proportion to their
    /// maximums, where they fall short of it.
    /// </summary>
    private static (double[] Words, double[] Minimum, double[] Maximum) Extents(Table table, Func<TableCell, ContentExtent> measure)
    {
        const double cellPadding = CellPadding + Slack / 2;
        var count = table.Columns.Count;
        var words = Enumerable.Repeat(2 * CellPadding, count).ToArray();
        var minimum = Enumerable.Repeat(2 * CellPadding, count).ToArray();
        var maximum = Enumerable.Repeat(2 * cellPadding, count).ToArray();
        var spanning = new List<(GridCell Cell, ContentExtent Extent)>();
        foreach (var cell in TableGrid.For(table).Cells)
        {
            var extent = measure(cell.Cell);
            if (!(extent.WordMinimum >= 0) || !(extent.Minimum >= extent.WordMinimum) || !(extent.Maximum >= extent.Minimum) || !double.IsFinite(extent.Maximum))
            {
                throw new InvalidOperationException($"A cell measure must be finite with 0 <= word minimum <= minimum <= maximum; got {extent}.");
            }
            if (cell.ColumnSpan == 1)
            {
                words[cell.Column] = Math.Max(words[cell.Column], extent.WordMinimum + 2 * cellPadding);
                minimum[cell.Column] = Math.Max(minimum[cell.Column], extent.Minimum + 2 * cellPadding);
                maximum[cell.Column] = Math.Max(maximum[cell.Column], extent.Maximum + 2 * cellPadding);
            }
            else
            {
                spanning.Add((cell, extent));
            }
        }
        foreach (var (cell, extent) in spanning.OrderBy(s => s.Cell.ColumnSpan))
        {
            var range = Enumerable.Range(cell.Column, cell.ColumnSpan).ToArray();
            Widen(words, range, extent.WordMinimum + 2 * cellPadding, maximum);
            Widen(minimum, range, extent.Minimum + 2 * cellPadding, maximum);
            Widen(maximum, range, extent.Maximum + 2 * cellPadding, maximum);
        }
        for (var c = 0; c < count; c++)
        {
            minimum[c] = Math.Max(minimum[c], words[c]);
            maximum[c] = Math.Max(maximum[c], minimum[c]);
        }
        return (words, minimum, maximum);
    }

    /// <summary>
    /// When not even the word minimums fit: the narrow columns keep their words (with their padding and slack) while
    /// each is no wider than an equal share of what the others leave, and the other columns share the rest in
    /// proportion to their word minimums, so that each breaks its longest word into the same number of pieces and
    /// the widths follow the content (at the width where the words just fit, every column has exactly its word: the
    /// widths change continuously as the table narrows). A cut column that would lose less than <see cref="Slack"/>
    /// keeps its word too (the PDF would set its word whole in the slack where Word and LibreOffice would break it),
    /// and the others share what is left.
    /// </summary>
    private static void Capped(double[] words, int[] auto, double room, double[] result)
    {
        var kept = new List<int>();
        var cut = auto.OrderBy(c => words[c]).ToList();
        while (true)
        {
            var left = room - kept.Sum(c => words[c]);
            while (cut.Count > 1 && words[cut[0]] * cut.Count <= left)
            {
                left -= words[cut[0]];
                kept.Add(cut[0]);
                cut.RemoveAt(0);
            }
            var scale = left / cut.Sum(c => words[c]);
            var close = cut.Where(c => words[c] * (1 - scale) < Slack).ToList();
            if (close.Count == 0 || close.Count == cut.Count)
            {
                foreach (var c in kept)
                {
                    result[c] = words[c];
                }
                foreach (var c in cut)
                {
                    result[c] = words[c] * scale;
                }
                return;
            }
            kept.AddRange(close);
            cut.RemoveAll(close.Contains);
        }
    }

    private static void Widen(double[] widths, int[] range, double need, double[] weights)
    {
        var have = range.Sum(c => widths[c]);
        if (need <= have)
        {
            return;
        }
        var weight = range.Sum(c => weights[c]);
        foreach (var c in range)
        {
            widths[c] += (need - have) * (weight > 0 ? weights[c] / weight : 1.0 / range.Length);
        }
    }
}

/// <summary>The content widths of a table cell in points.</summary>
/// <param name="Minimum">
/// The narrowest the content can be set without breaking a word between its break points: its longest unbreakable
/// run (of a long token — a URL, a path, an identifier — its longest piece between the points it breaks at).
/// </param>
/// <param name="Maximum">The width of the content with no line broken except where it says so; at least <paramref name="Minimum"/>.</param>
/// <param name="WordMinimum">
/// The narrowest the content can be set without breaking an ordinary word: <paramref name="Minimum"/>, except that
/// long tokens, which may break between any characters, count for little; at most <paramref name="Minimum"/>.
/// </param>
internal readonly record struct ContentExtent(double Minimum, double Maximum, double WordMinimum)
{
    /// <summary>An extent with no long tokens: the word minimum is the minimum.</summary>
    /// <param name="minimum">The longest unbreakable word in points.</param>
    /// <param name="maximum">The content on one line in points.</param>
    public ContentExtent(double minimum, double maximum)
        : this(minimum, maximum, minimum)
    {
    }
}
