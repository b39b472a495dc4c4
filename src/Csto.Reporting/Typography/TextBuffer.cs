using System.Text;
using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// The text of a paragraph's runs joined together, remembering which run each character came from so that rules
/// can look across run boundaries and the runs can be rebuilt afterwards. Locked characters (URLs, placeholders
/// for footnote references and line breaks) are never changed, nor is any match that touches them.
/// </summary>
internal sealed class TextBuffer
{
    private readonly StringBuilder text = new();
    private readonly List<int> owners = [];
    private readonly List<bool> locked = [];
    private string? cached;

    /// <summary>The current text.</summary>
    public string Text => cached ??= text.ToString();

    /// <summary>The number of characters.</summary>
    public int Length => text.Length;

    /// <summary>Appends the text of run <paramref name="owner"/> (−1 for a placeholder).</summary>
    public void Append(string value, int owner, bool isLocked)
    {
        text.Append(value);
        for (var i = 0; i < value.Length; i++)
        {
            owners.Add(owner);
            locked.Add(isLocked);
        }
        cached = null;
    }

    /// <summary>Locks every match of <paramref name="pattern"/>.</summary>
    public void Lock(Regex pattern)
    {
        foreach (Match match in pattern.Matches(Text))
        {
            for (var i = match.Index; i < match.Index + match.Length; i++)
            {
                locked[i] = true;
            }
        }
    }

    /// <summary>True when any character of the range is locked.</summary>
    public bool IsLocked(int start, int length)
    {
        for (var i = Math.Max(0, start - (length == 0 ? 1 : 0)); i < start + length; i++)
        {
            if (locked[i])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the character at <paramref name="index"/> is locked.</summary>
    public bool IsLocked(int index) => locked[index];

    /// <summary>
    /// Applies the edits every match of <paramref name="pattern"/> asks for, skipping matches that touch locked
    /// characters and edits that change nothing.
    /// </summary>
    public void Rewrite(Regex pattern, Func<Match, IEnumerable<TextEdit>> edits)
    {
        var all = new List<TextEdit>();
        foreach (Match match in pattern.Matches(Text))
        {
            if (!IsLocked(match.Index, match.Length))
            {
                all.AddRange(edits(match));
            }
        }
        for (var i = all.Count - 1; i >= 0; i--)
        {
            Replace(all[i]);
        }
    }

    /// <summary>Replaces one named group of every match by <paramref name="replacement"/>.</summary>
    public void ReplaceGroup(Regex pattern, string group, string replacement) =>
        Rewrite(pattern, m => [new TextEdit(m.Groups[group].Index, m.Groups[group].Length, replacement)]);

    /// <summary>Replaces a range; new characters belong to the run of the characters they replace.</summary>
    public void Replace(TextEdit edit)
    {
        var (start, length, replacement) = edit;
        if (length == replacement.Length && IsSame(start, replacement))
        {
            return;
        }
        var owner = length > 0 ? owners[start] : start > 0 ? owners[start - 1] : owners[start];
        var newOwners = new int[replacement.Length];
        for (var i = 0; i < replacement.Length; i++)
        {
            newOwners[i] = length > 0 ? owners[start + Math.Min(i, length - 1)] : owner;
        }
        text.Remove(start, length).Insert(start, replacement);
        owners.RemoveRange(start, length);
        owners.InsertRange(start, newOwners);
        locked.RemoveRange(start, length);
        locked.InsertRange(start, new bool[replacement.Length]);
        cached = null;
    }

    private bool IsSame(int start, string replacement)
    {
        for (var i = 0; i < replacement.Length; i++)
        {
            if (text[start + i] != replacement[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The text now belonging to each run, in run order.</summary>
    public string[] Split(int runCount)
    {
        var runs = new StringBuilder[runCount];
        for (var i = 0; i < runCount; i++)
        {
            runs[i] = new StringBuilder();
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (owners[i] >= 0)
            {
                runs[owners[i]].Append(text[i]);
            }
        }
        return runs.Select(r => r.ToString()).ToArray();
    }
}

/// <summary>One change to a <see cref="TextBuffer"/>.</summary>
/// <param name="Start">The first character replaced.</param>
/// <param name="Length">How many characters are replaced (0 to insert).</param>
/// <param name="Replacement">The new text.</param>
internal readonly record struct TextEdit(int Start, int Length, string Replacement);
