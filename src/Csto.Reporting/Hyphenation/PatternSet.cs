using System.Globalization;
using System.Text;

namespace Csto.Reporting.Hyphenation;

/// <summary>
/// The Liang patterns of one language in a trie, read from a LibreOffice/hyphen <c>.dic</c> file: the first line
/// names the encoding; <c>LEFTHYPHENMIN</c>/<c>RIGHTHYPHENMIN</c> lines set the margins; when the file has a
/// <c>NEXTLEVEL</c> line only the patterns after it (the ordinary level) are used; compound-only directives and
/// non-standard patterns (with <c>/</c>) are skipped.
/// </summary>
internal sealed class PatternSet
{
    // Trie edges: (node << 16 | char) → child node; node 0 is the root.
    private readonly Dictionary<long, int> edges = [];
    private readonly List<byte[]?> values = [null];

    private PatternSet()
    {
    }

    /// <summary>The fewest letters before a break.</summary>
    public int LeftMin { get; private set; } = 2;

    /// <summary>The fewest letters after a break.</summary>
    public int RightMin { get; private set; } = 2;

    /// <summary>How many patterns were read.</summary>
    public int Count { get; private set; }

    /// <summary>Reads a pattern file.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="leftMin">Margins to use at least, whatever the file says.</param>
    /// <param name="rightMin">See <paramref name="leftMin"/>.</param>
    public static PatternSet Parse(byte[] bytes, int leftMin, int rightMin)
    {
        var firstLineEnd = Array.IndexOf(bytes, (byte)'\n');
        var encodingName = Encoding.ASCII.GetString(bytes, 0, firstLineEnd < 0 ? bytes.Length : firstLineEnd).Trim();
        var text = Decode(bytes.AsSpan(firstLineEnd + 1), encodingName);
        var lines = text.Split('\n');
        var nextLevel = Array.FindIndex(lines, l => l.Trim() == "NEXTLEVEL");
        var set = new PatternSet();
        foreach (var raw in lines.Skip(nextLevel + 1))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '%' || line.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }
            if (char.IsAsciiLetterUpper(line[0]))
            {
                set.ReadDirective(line);
                continue;
            }
            set.Add(line);
        }
        set.LeftMin = Math.Max(set.LeftMin, leftMin);
        set.RightMin = Math.Max(set.RightMin, rightMin);
        return set;
    }

    /// <summary>The Liang values between the letters of <c>.word.</c>: values[i] is the value before letter i of the padded word.</summary>
    public byte[] Values(string paddedWord)
    {
        var result = new byte[paddedWord.Length + 1];
        for (var start = 0; start < paddedWord.Length; start++)
        {
            var node = 0;
            for (var i = start; i < paddedWord.Length; i++)
            {
                if (!edges.TryGetValue(((long)node << 16) | paddedWord[i], out node))
                {
                    break;
                }
                if (values[node] is { } pattern)
                {
                    for (var k = 0; k < pattern.Length; k++)
                    {
                        if (pattern[k] > result[start + k])
                        {
                            result[start + k] = pattern[k];
                        }
                    }
                }
            }
        }
        return result;
    }

    private void ReadDirective(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            switch (parts[0])
            {
                case "LEFTHYPHENMIN": LeftMin = value; break;
                case "RIGHTHYPHENMIN": RightMin = value; break;
            }
        }
        // COMPOUNDLEFTHYPHENMIN, COMPOUNDRIGHTHYPHENMIN, NOHYPHEN and the like concern compounds only.
    }

    private void Add(string pattern)
    {
        var letters = new StringBuilder(pattern.Length);
        var digits = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[^1] = (byte)(c - '0');
            }
            else
            {
                letters.Append(char.ToLowerInvariant(c) == 'ё' ? 'е' : char.ToLowerInvariant(c));
                digits.Add(0);
            }
        }
        var node = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            var key = ((long)node << 16) | letters[i];
            if (!edges.TryGetValue(key, out var child))
            {
                child = values.Count;
                values.Add(null);
                edges[key] = child;
            }
            node = child;
        }
        values[node] = MergeInto(values[node], digits);
        Count++;
    }

    private static byte[] MergeInto(byte[]? existing, List<byte> digits)
    {
        var merged = digits.ToArray();
        if (existing is not null)
        {
            for (var i = 0; i < merged.Length; i++)
            {
                merged[i] = Math.Max(merged[i], existing[i]);
            }
        }
        return merged;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string encodingName) => encodingName.ToUpperInvariant() switch
    {
        "UTF-8" => Encoding.UTF8.GetString(bytes),
        "KOI8-R" => Koi8R.Decode(bytes),
        _ => throw new NotSupportedException($"Hyphenation pattern encoding '{encodingName}' is not supported; use UTF-8 or KOI8-R."),
    };
}
