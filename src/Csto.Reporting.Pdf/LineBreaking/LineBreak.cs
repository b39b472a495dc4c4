namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>
/// One line chosen by a line breaker: items <see cref="Start"/> up to (not including) <see cref="End"/>, the break
/// item at <see cref="End"/>, and how much the glue stretches (positive) or shrinks (negative) to fill the width.
/// </summary>
/// <param name="Start">The first item of the line.</param>
/// <param name="End">The break item (glue or penalty), or the item count for the last line.</param>
/// <param name="Ratio">The adjustment ratio of the glue, −1 to some positive value; 0 for natural width.</param>
/// <param name="NaturalWidth">The width of the line with natural glue, including a hyphen when it breaks at one.</param>
/// <param name="Expansion">How much the line's expandable boxes are scaled horizontally: 0.01 draws them 1 % wider, −0.01 1 % narrower.</param>
internal readonly record struct LineBreak(int Start, int End, float Ratio, float NaturalWidth, float Expansion = 0)
{
    /// <summary>The horizontal scale of the line's expandable boxes (1 + <see cref="Expansion"/>).</summary>
    public float Scale => 1 + Expansion;
}
