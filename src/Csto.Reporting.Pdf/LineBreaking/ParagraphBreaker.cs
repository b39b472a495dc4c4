namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// Chooses the breaker. Justified text gets total fit in TeX's order of passes — without hyphenation within
/// <see cref="PretoleranceRatio"/>, then with hyphenation within <see cref="ToleranceRatio"/> — and then emergency
/// passes that let spaces reach 0.5 em (<see cref="EmergencyRatio"/>) and 0.75 em (<see cref="LooseRatio"/>). The
/// first four passes keep at most <see cref="MaxHyphenRun"/> hyphenated lines in a row (any number in the fifth and
/// sixth); all but the sixth keep the last line no shorter than the paragraph's minimum; the strict passes
/// shrink a space at most to <see cref="StrictShrinkRatio"/> of its shrink (0.18 em). First fit is the last resort,
/// so every paragraph gets lines. With glyph expansion, each line's ratio is then split between its glyphs (in steps
/// of <see cref="ExpansionStep"/>) and its glue. Ragged text gets first fit; a balanced paragraph (a heading) gets its first-fit
/// line count at the narrowest width that keeps it, so its lines come out of even length.
/// </summary>
/// <remarks>
/// The pass ratios were chosen by measuring the bench report with <c>typeset_metrics.py</c> (see the README): TeX's
/// <c>\emergencystretch</c> of 3 em, tried as the third pass, judged lines so leniently that one in five came out
/// wider than 0.5 em per space. A pass that allowed three hyphenated lines before the loose ones was dropped once
/// glyph expansion gave the lines enough flexibility.
/// </remarks>
internal static class ParagraphBreaker
{
    /// <summary>The first pass, without hyphenation: spaces stretch at most by all their stretch (TeX's pretolerance 100).</summary>
    public const double PretoleranceRatio = 1.0;

    /// <summary>The second pass, with hyphenation (TeX's tolerance 200: badness 200 at a ratio of 1.26).</summary>
    public const double ToleranceRatio = 1.26;

    /// <summary>The emergency passes: a space of 0.25 em reaches 0.5 em.</summary>
    public const double EmergencyRatio = 2.0;

    /// <summary>The passes of last resort before first fit: a space reaches 0.75 em.</summary>
    public const double LooseRatio = 4;

    /// <summary>The most a space shrinks in all but the loose passes: 0.8 of its shrink, to 0.18 em.</summary>
    public const double StrictShrinkRatio = -0.8;

    /// <summary>The most lines in a row that may end in a hyphen or dash.</summary>
    public const int MaxHyphenRun = 2;

    /// <summary>Breaks a paragraph into lines.</summary>
    /// <param name="items">The paragraph's items, ending with a forced break.</param>
    /// <param name="widths">The line widths in points.</param>
    /// <param name="rules">How the paragraph is set.</param>
    public static IReadOnlyList<LineBreak> Break(ReadOnlySpan<Item> items, LineWidths widths, BreakRules rules)
    {
        if (!rules.Justified)
        {
            var lines = FirstFitBreaker.Break(items, widths, allowShrink: false);
            return rules.Balanced && lines.Count > 1 ? Balance(items, widths, lines) : lines;
        }
        var last = rules.LastLineMinimum;
        var justified = KnuthPlassBreaker.Break(items, widths, new BreakPass(PretoleranceRatio, false, MaxHyphenRun, last, StrictShrinkRatio))
            ?? KnuthPlassBreaker.Break(items, widths, new BreakPass(ToleranceRatio, true, MaxHyphenRun, last, StrictShrinkRatio))
            ?? KnuthPlassBreaker.Break(items, widths, new BreakPass(EmergencyRatio, true, MaxHyphenRun, last, StrictShrinkRatio))
            ?? KnuthPlassBreaker.Break(items, widths, new BreakPass(LooseRatio, true, MaxHyphenRun, last))
            ?? KnuthPlassBreaker.Break(items, widths, new BreakPass(LooseRatio, true, int.MaxValue, last))
            ?? KnuthPlassBreaker.Break(items, widths, new BreakPass(LooseRatio, true, int.MaxValue, 0))
            ?? FirstFitBreaker.Break(items, widths, allowShrink: true);
        if (rules.GlyphExpansion <= 0)
        {
            return justified;
        }
        var settled = new LineBreak[justified.Count];
        for (var i = 0; i < settled.Length; i++)
        {
            settled[i] = LineMeasure.Settle(items, justified[i], widths.Of(i), rules.GlyphExpansion, ExpansionStep);
        }
        return settled;
    }

    /// <summary>The step of glyph expansion, as a share of the glyph width: microtype's default step of 5 (0.5 %).</summary>
    public const float ExpansionStep = 0.005f;

    /// <summary>
    /// The lines of ragged text at the narrowest width (found by bisection to 0.5 pt) that still gives the same
    /// number of lines as <paramref name="lines"/>; the lines keep the full width for alignment.
    /// </summary>
    private static IReadOnlyList<LineBreak> Balance(ReadOnlySpan<Item> items, LineWidths widths, IReadOnlyList<LineBreak> lines)
    {
        var count = lines.Count;
        var indent = widths.Rest - widths.First;
        float low = widths.Rest / count, high = widths.Rest;
        var bestLines = lines;
        while (high - low > 0.5f)
        {
            var middle = (low + high) / 2;
            var narrower = new LineWidths(middle - indent, middle);
            var trial = FirstFitBreaker.Break(items, narrower, allowShrink: false);
            if (trial.Count <= count && trial.Select((l, i) => l.NaturalWidth <= narrower.Of(i) + 0.01f).All(fits => fits))
            {
                high = middle;
                bestLines = trial;
            }
            else
            {
                low = middle;
            }
        }
        return bestLines;
    }
}

/// <summary>How a paragraph is broken into lines.</summary>
/// <param name="Justified">Whether lines are justified (total fit) or ragged (first fit).</param>
/// <param name="Balanced">Whether ragged lines are balanced to even lengths (headings).</param>
/// <param name="LastLineMinimum">The least natural width, in points, of a justified paragraph's last line (the first-line indent).</param>
/// <param name="GlyphExpansion">The most a justified line's expandable boxes may be scaled, as a share of their width; 0 for none.</param>
internal readonly record struct BreakRules(bool Justified, bool Balanced, float LastLineMinimum, float GlyphExpansion = 0);
