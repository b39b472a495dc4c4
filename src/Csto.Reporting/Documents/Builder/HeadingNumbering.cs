using System.Globalization;
using System.Text;

namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Numbers headings «1.», «1.1.», «1.1.1.» for levels 1 to 3 in document order; level 4 is never numbered.
/// Shared by the fluent builder and the Markdown reader so both number alike.
/// </summary>
internal sealed class HeadingNumbering
{
    /// <summary>The deepest level that gets a number.</summary>
    public const int MaxNumberedLevel = 3;

    private readonly int[] counters = new int[MaxNumberedLevel];

    /// <summary>Advances the counters for a numbered heading of <paramref name="level"/> and returns its number, or null for level 4.</summary>
    public string? Next(int level)
    {
        if (level > MaxNumberedLevel)
        {
            return null;
        }
        counters[level - 1]++;
        Array.Clear(counters, level, MaxNumberedLevel - level);
        var number = new StringBuilder();
        for (var i = 0; i < level; i++)
        {
            number.Append(counters[i].ToString(CultureInfo.InvariantCulture)).Append('.');
        }
        return number.ToString();
    }
}
