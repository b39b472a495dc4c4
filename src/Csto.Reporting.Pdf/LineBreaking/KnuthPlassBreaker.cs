namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// Total-fit line breaking after Knuth and Plass: among all ways to break a paragraph into lines whose glue stays
/// within <c>maxRatio</c>, chooses the one with the least total demerits (looseness 0). The item list must end with
/// a forced penalty (the builder ends every paragraph with fill glue and a forced break).
/// </summary>
internal static class KnuthPlassBreaker
{
    /// <summary>Demerits added to every line, so that fewer lines are preferred.</summary>
    public const double LinePenalty = 10;

    /// <summary>Demerits for two consecutive lines ending at flagged penalties (hyphens).</summary>
    public const double FlaggedDemerits = 20000;

    /// <summary>Demerits for adjacent lines whose fitness classes differ by more than one (tight next to loose).</summary>
    public const double FitnessDemerits = 3000;

    private sealed class Node(int position, int line, int fitness, double width, double stretch, double shrink, double demerits, double ratio, Node? previous)
    {
        public int Position { get; } = position;
        public int Line { get; } = line;
        public int Fitness { get; } = fitness;
        public double TotalWidth { get; } = width;
        public double TotalStretch { get; } = stretch;
        public double TotalShrink { get; } = shrink;
        public double Demerits { get; } = demerits;
        public double Ratio { get; } = ratio;
        public Node? Previous { get; } = previous;
    }

    /// <summary>Returns the best breaks, or null when no way keeps every line's ratio between −1 and <paramref name="maxRatio"/>.</summary>
    public static IReadOnlyList<LineBreak>? Break(IReadOnlyList<Item> items, LineWidths widths, double maxRatio)
    {
        var count = items.Count;
        var active = new List<Node> { new(-1, 0, 1, 0, 0, 0, 0, 0, null) };
        double sumWidth = 0, sumStretch = 0, sumShrink = 0;
        var best = new Node?[4];
        var bestDemerits = new double[4];
        for (var b = 0; b < count; b++)
        {
            var item = items[b];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    sumWidth += item.Width;
                    break;
                case ItemKind.Glue:
                    if (b > 0 && items[b - 1].Kind == ItemKind.Box)
                    {
                        TryBreak(b);
                    }
                    sumWidth += item.Width;
                    sumStretch += item.Stretch;
                    sumShrink += item.Shrink;
                    break;
                default:
                    if (item.Penalty < Item.Forbidden)
                    {
                        TryBreak(b);
                    }
                    break;
            }
            if (active.Count == 0)
            {
                return null;
            }
        }
        Node? last = null;
        foreach (var node in active)
        {
            if (node.Position == count - 1 && (last is null || node.Demerits < last.Demerits))
            {
                last = node;
            }
        }
        return last is null ? null : Collect(items, last);

        void TryBreak(int b)
        {
            var item = items[b];
            var isPenalty = item.Kind == ItemKind.Penalty;
            Array.Fill(best, null);
            Array.Fill(bestDemerits, double.MaxValue);
            var found = false;
            for (var a = 0; a < active.Count; a++)
            {
                var node = active[a];
                var lineWidth = widths.Of(node.Line);
                var width = sumWidth - node.TotalWidth + (isPenalty ? item.Width : 0);
                double ratio;
                if (width < lineWidth)
                {
                    var stretch = sumStretch - node.TotalStretch;
                    ratio = stretch > 0 ? (lineWidth - width) / stretch : double.PositiveInfinity;
                }
                else if (width > lineWidth)
                {
                    var shrink = sumShrink - node.TotalShrink;
                    ratio = shrink > 0 ? (lineWidth - width) / shrink : double.NegativeInfinity;
                }
                else
                {
                    ratio = 0;
                }
                if (ratio < -1 || (isPenalty && item.Penalty <= Item.Forced))
                {
                    active.RemoveAt(a);
                    a--;
                }
                if (ratio < -1 || ratio > maxRatio)
                {
                    continue;
                }
                var badness = 100 * Math.Pow(Math.Abs(ratio), 3);
                var demerits = (LinePenalty + badness) * (LinePenalty + badness);
                if (isPenalty && item.Penalty >= 0)
                {
                    demerits += (double)item.Penalty * item.Penalty;
                }
                else if (isPenalty && item.Penalty > Item.Forced)
                {
                    demerits -= (double)item.Penalty * item.Penalty;
                }
                if (item.Flagged && node.Position >= 0 && items[node.Position].Flagged)
                {
                    demerits += FlaggedDemerits;
                }
                var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                if (Math.Abs(fitness - node.Fitness) > 1)
                {
                    demerits += FitnessDemerits;
                }
                demerits += node.Demerits;
                if (demerits < bestDemerits[fitness])
                {
                    bestDemerits[fitness] = demerits;
                    best[fitness] = new Node(b, node.Line + 1, fitness, 0, 0, 0, demerits, ratio, node);
                    found = true;
                }
            }
            if (!found)
            {
                return;
            }
            // Totals after the break: the glue at the break and what follows up to the next box are discarded.
            double width2 = sumWidth, stretch2 = sumStretch, shrink2 = sumShrink;
            for (var i = b; i < count; i++)
            {
                var next = items[i];
                if (next.Kind == ItemKind.Box || (next.Kind == ItemKind.Penalty && next.Penalty <= Item.Forced && i > b))
                {
                    break;
                }
                if (next.Kind == ItemKind.Glue)
                {
                    width2 += next.Width;
                    stretch2 += next.Stretch;
                    shrink2 += next.Shrink;
                }
            }
            foreach (var candidate in best)
            {
                if (candidate is not null)
                {
                    active.Add(new Node(candidate.Position, candidate.Line, candidate.Fitness, width2, stretch2, shrink2,
                        candidate.Demerits, candidate.Ratio, candidate.Previous));
                }
            }
        }
    }

    private static List<LineBreak> Collect(IReadOnlyList<Item> items, Node last)
    {
        var nodes = new List<Node>();
        for (var node = last; node is not null && node.Position >= 0; node = node.Previous)
        {
            nodes.Add(node);
        }
        nodes.Reverse();
        var lines = new List<LineBreak>(nodes.Count);
        var start = 0;
        foreach (var node in nodes)
        {
            lines.Add(new LineBreak(start, node.Position, (float)node.Ratio, LineMeasure.NaturalWidth(items, start, node.Position)));
            start = LineMeasure.NextLineStart(items, node.Position);
        }
        return lines;
    }
}
