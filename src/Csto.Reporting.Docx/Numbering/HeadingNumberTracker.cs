using System.Globalization;

namespace Csto.Reporting.Docx.Numbering;

/// <summary>
/// Follows the counters Word keeps for the heading numbering, so that real numbering is used only where the
/// number Word would show equals the tree's (<c>«1.2.»</c>); any other number is written as text.
/// </summary>
internal sealed class HeadingNumberTracker
{
    private readonly int[] counters = new int[9];

    /// <summary>
    /// Whether Word's multilevel numbering, advanced by a heading at <paramref name="level"/>, shows
    /// <paramref name="number"/>; when it does the counters advance.
    /// </summary>
    /// <param name="level">The heading level, 1 to 4.</param>
    /// <param name="number">The tree's number, such as <c>«1.2.»</c> or <c>«1.2»</c>.</param>
    /// <param name="trailingDot">Whether the numbering in use ends numbers with a dot; null before the first numbered heading.</param>
    public bool TryAdvance(int level, string number, bool? trailingDot)
    {
        var dotted = number.EndsWith('.');
        if (trailingDot is { } expected && expected != dotted)
        {
            return false;
        }
        var parts = number.TrimEnd('.').Split('.');
        if (parts.Length != level)
        {
            return false;
        }
        var candidate = (int[])counters.Clone();
        candidate[level - 1]++;
        for (var deeper = level; deeper < candidate.Length; deeper++)
        {
            candidate[deeper] = 0;
        }
        for (var i = 0; i < level; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value != candidate[i])
            {
                return false;
            }
        }
        candidate.CopyTo(counters, 0);
        return true;
    }
}
