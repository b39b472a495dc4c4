namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// The rules of one total-fit pass, after TeX's <c>\pretolerance</c>/<c>\tolerance</c> passes: how far a line's
/// glue may stretch, whether hyphenation points are considered, how many hyphenated lines may follow each other and
/// how short a paragraph's last line may be and how far its glue may shrink.
/// </summary>
/// <param name="MaxRatio">The largest adjustment ratio a line may have (1 = all its stretch; TeX's tolerance 200 ≈ 1.26).</param>
/// <param name="Hyphenate">Whether breaks at hyphenation points (penalties that draw a hyphen) are considered.</param>
/// <param name="MaxHyphenRun">The most consecutive lines that may end in a hyphen or a dash; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="LastLineMinimum">The least natural width, in points, of a paragraph's last line when the paragraph has more than one line.</param>
/// <param name="MinRatio">The most a line may shrink, as a (negative) ratio of its shrink; TeX allows −1.</param>
internal readonly record struct BreakPass(double MaxRatio, bool Hyphenate, int MaxHyphenRun, float LastLineMinimum, double MinRatio = -1)
{
    /// <summary>Demerits added to every line, so that fewer lines are preferred (TeX's <c>\linepenalty</c>).</summary>
    public const double LinePenalty = 10;

    /// <summary>Demerits for two consecutive lines ending in a hyphen or dash (TeX's <c>\doublehyphendemerits</c>).</summary>
    public const double DoubleHyphenDemerits = 10_000;

    /// <summary>Demerits for a hyphen on the next-to-last line of a paragraph (TeX's <c>\finalhyphendemerits</c>).</summary>
    public const double FinalHyphenDemerits = 5_000;

    /// <summary>
    /// Demerits for adjacent lines whose fitness classes differ by more than one (TeX's <c>\adjdemerits</c>), or
    /// whose spaces differ by more than <see cref="ContrastLimit"/>.
    /// </summary>
    public const double AdjacentFitnessDemerits = 10_000;

    /// <summary>
    /// The largest difference between the spaces of adjacent lines, as a share of the natural space, that costs no
    /// <see cref="AdjacentFitnessDemerits"/>: 0.6 of a 0.25 em space is 0.15 em. Finer than the fitness classes,
    /// which let a line at ratio 1 sit next to one at −0.5 (spaces 0.375 em and 0.21 em).
    /// </summary>
    public const double ContrastLimit = 0.6;
}
