namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// Total-fit line breaking after Knuth and Plass: among all ways to break a paragraph into lines whose glue stays
/// within the pass's ratios, chooses the one with the least total demerits (looseness 0). Demerits follow TeX: the
/// squared sum of <see cref="BreakPass.LinePenalty"/> and the line's badness (100·|ratio|³), plus the squared break
/// penalty, plus <see cref="BreakPass.DoubleHyphenDemerits"/>, <see cref="BreakPass.FinalHyphenDemerits"/> and
/// <see cref="BreakPass.AdjacentFitnessDemerits"/>. Besides the fitness class, a candidate remembers how many
/// hyphenated lines end with it, so a pass can refuse a run longer than <see cref="BreakPass.MaxHyphenRun"/>.
/// Adjacent lines whose spaces differ by more than <see cref="BreakPass.ContrastLimit"/> cost the adjacent-fitness
/// demerits too. The
/// item list must end with a forced penalty (the builder ends every paragraph with fill glue and a forced break).
/// </summary>
internal static class KnuthPlassBreaker
{
    private const int FitnessClasses = 4;
    private const int RunClasses = 3;

    private sealed class Node(int position, int line, int fitness, int hyphenRun, double width, double stretch, double shrink, double demerits, double ratio, Node? previous)
    {
        public int Position { get; } = position;
        public int Line { get; } = line;
        public int Fitness { get; } = fitness;
        public int HyphenRun { get; } = hyphenRun;
        public double TotalWidth { get; } = width;
        public double TotalStretch { get; } = stretch;
        public double TotalShrink { get; } = shrink;
        public double Demerits { get; } = demerits;
        public double Ratio { get; } = ratio;
        public Node? Previous { get; } = previous;
    }

    /// <summary>The best line so far that ends at the break being tried, in one fitness class and hyphen run.</summary>
    private readonly record struct Candidate(Node? Previous, int Fitness, int HyphenRun, double Demerits, double Ratio);

    /// <summary>Returns the best breaks, or null when no way keeps every line within the pass's rules.</summary>
    public static IReadOnlyList<LineBreak>? Break(ReadOnlySpan<Item> items, LineWidths widths, BreakPass pass)
    {
        var count = items.Length;
        var active = new List<Node> { new(-1, 0, 1, 0, 0, 0, 0, 0, 0, null) };
        double sumWidth = 0, sumStretch = 0, sumShrink = 0;
        // The best way to reach the break being tried, by fitness class and hyphen run; a node is made only for the
        // winners, which join the active list (most candidates lose to a better one of their class).
        var best = new Candidate[FitnessClasses * RunClasses];
        for (var b = 0; b < count; b++)
        {
            ref readonly var item = ref items[b];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    sumWidth += item.Width;
                    sumStretch += item.Stretch;
                    sumShrink += item.Shrink;
                    break;
                case ItemKind.Glue:
                    if (b > 0 && items[b - 1].Kind == ItemKind.Box)
                    {
                        TryBreak(items, b);
                    }
                    sumWidth += item.Width;
                    sumStretch += item.Stretch;
                    sumShrink += item.Shrink;
                    break;
                default:
                    if (item.Penalty < Item.Forbidden && (pass.Hyphenate || !item.IsHyphenation))
                    {
                        TryBreak(items, b);
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

        // The items come as a parameter: a local function cannot capture a span.
        void TryBreak(ReadOnlySpan<Item> items, int b)
        {
            ref readonly var item = ref items[b];
            var isPenalty = item.Kind == ItemKind.Penalty;
            var forced = isPenalty && item.Penalty <= Item.Forced;
            var final = forced && b == count - 1;
            Array.Clear(best);
            var found = false;
            // Nodes that a line from them to here would overfill (or a forced break) are deactivated; the rest are
            // moved down in place, in order, so the active list is compacted in one sweep.
            var kept = 0;
            var activeCount = active.Count;
            for (var a = 0; a < activeCount; a++)
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
                if (ratio >= -1 && !forced)
                {
                    active[kept++] = node;
                }
                if (ratio < pass.MinRatio || ratio > pass.MaxRatio)
                {
                    continue;
                }
                if (final && node.Position >= 0 && width < pass.LastLineMinimum)
                {
                    // The last line would be a lone fragment shorter than the rule allows.
                    continue;
                }
                var hyphenRun = item.Flagged ? node.HyphenRun + 1 : 0;
                if (hyphenRun > pass.MaxHyphenRun)
                {
                    continue;
                }
                var badness = 100 * Math.Pow(Math.Abs(ratio), 3);
                var demerits = (BreakPass.LinePenalty + badness) * (BreakPass.LinePenalty + badness);
                if (isPenalty && item.Penalty >= 0)
                {
                    demerits += (double)item.Penalty * item.Penalty;
                }
                else if (isPenalty && !forced)
                {
                    demerits -= (double)item.Penalty * item.Penalty;
                }
                var previousFlagged = node.Position >= 0 && items[node.Position].Flagged;
                if (item.Flagged && previousFlagged)
                {
                    demerits += BreakPass.DoubleHyphenDemerits;
                }
                if (forced && previousFlagged)
                {
                    demerits += BreakPass.FinalHyphenDemerits;
                }
                var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                if (Math.Abs(fitness - node.Fitness) > 1 || (node.Position >= 0 && !forced && Math.Abs(Space(ratio) - Space(node.Ratio)) > BreakPass.ContrastLimit))
                {
                    demerits += BreakPass.AdjacentFitnessDemerits;
                }
                demerits += node.Demerits;
                var slot = fitness * RunClasses + Math.Min(hyphenRun, RunClasses - 1);
                if (best[slot].Previous is null || demerits < best[slot].Demerits)
                {
                    found = true;
                    best[slot] = new Candidate(node, fitness, hyphenRun, demerits, ratio);
                }
            }
            active.RemoveRange(kept, activeCount - kept);
            if (!found)
            {
                return;
            }
            var after = TotalsAfter(items, b);
            foreach (var candidate in best)
            {
                if (candidate.Previous is { } previous)
                {
                    active.Add(new Node(b, previous.Line + 1, candidate.Fitness, candidate.HyphenRun, after.Width, after.Stretch, after.Shrink, candidate.Demerits, candidate.Ratio, previous));
                }
            }
        }

        // Totals after a break at b: the glue at the break and what follows up to the next box are discarded.
        (double Width, double Stretch, double Shrink) TotalsAfter(ReadOnlySpan<Item> items, int b)
        {
            double width = sumWidth, stretch = sumStretch, shrink = sumShrink;
            for (var i = b; i < count; i++)
            {
                ref readonly var next = ref items[i];
                if (next.Kind == ItemKind.Box || (next.Kind == ItemKind.Penalty && next.Penalty <= Item.Forced && i > b))
                {
                    break;
                }
                if (next.Kind == ItemKind.Glue)
                {
                    width += next.Width;
                    stretch += next.Stretch;
                    shrink += next.Shrink;
                }
            }
            return (width, stretch, shrink);
        }
    }

    /// <summary>A space's width at <paramref name="ratio"/> relative to its natural width, for glue of TeX's stretch ½ and shrink ⅓.</summary>
    private static double Space(double ratio) => 1 + (ratio >= 0 ? Math.Min(ratio, 4) / 2 : ratio / 3);

    private static List<LineBreak> Collect(ReadOnlySpan<Item> items, Node last)
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
