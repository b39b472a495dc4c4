using System.Text;

namespace Csto.Testing;

/// <summary>A short, line-based description of how two texts differ.</summary>
public static class TextDiff
{
    /// <summary>Returns null when the texts are equal, else the first differing lines (at most <paramref name="maxLines"/>).</summary>
    public static string? Describe(string expected, string actual, int maxLines = 12)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var text = new StringBuilder();
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{left.Length} verified lines, {right.Length} received lines");
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < maxLines; i++)
        {
            var l = i < left.Length ? left[i] : null;
            var r = i < right.Length ? right[i] : null;
            if (string.Equals(l, r, StringComparison.Ordinal))
            {
                continue;
            }
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  line {i + 1}:\n    - {l ?? "(none)"}\n    + {r ?? "(none)"}");
            shown++;
        }
        return text.ToString();
    }
}
