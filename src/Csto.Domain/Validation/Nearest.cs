using System.Runtime.CompilerServices;

// The console suggests the closest command and option with the same measure.
[assembly: InternalsVisibleTo("csto-reports")]

// The templates suggest the nearest partial name with the same measure.
[assembly: InternalsVisibleTo("Csto.Reporting")]

namespace Csto.Domain.Validation;

/// <summary>
/// The known names nearest to a mistyped one, by edit distance (insertions, deletions, substitutions and swaps of
/// two neighbouring characters each count 1, letter case ignored): «did you mean» for ids and keys.
/// </summary>
internal static class Nearest
{
    /// <summary>
    /// The known names at the smallest distance from <paramref name="name"/>, at most three, in the order given;
    /// none when even the nearest needs more edits than a third of the longer name (at least one).
    /// </summary>
    public static IReadOnlyList<string> Of(string name, IEnumerable<string> known)
    {
        var scored = known
            .Select(k => (Name: k, Distance: Distance(name, k), Limit: Math.Max(1, Math.Max(name.Length, k.Length) / 3)))
            .Where(s => s.Distance <= s.Limit)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }
        var best = scored.Min(s => s.Distance);
        return scored.Where(s => s.Distance == best).Select(s => s.Name).Take(3).ToList();
    }

    /// <summary>The optimal-string-alignment distance between two names, case ignored.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, rows[i - 2, j - 2] + 1);
                }
                rows[i, j] = d;
            }
        }
        return rows[a.Length, b.Length];
    }
}
