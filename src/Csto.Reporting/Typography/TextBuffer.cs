using System.Text.RegularExpressions;

namespace Csto.Reporting.Typography;

/// <summary>
/// The text of a paragraph's runs joined together, remembering which run each character came from so that rules
/// can look across run boundaries and the runs can be rebuilt afterwards. Locked characters (URLs, placeholders
/// for footnote references and line breaks) are never changed, nor is any match that touches them.
/// </summary>
/// <remarks>
/// A rule computes all its edits against the current text and hands them over together; they are applied in one
/// pass over the buffer, so a paragraph with many edits costs no more than copying it once per rule that changed
/// something. One buffer is reused for every paragraph of a document (<see cref="Clear"/>).
/// </remarks>
internal sealed class TextBuffer
{
    private char[] chars = new char[256];
    private int[] owners = new int[256];
    private bool[] locked = new bool[256];
    private int length;
    private string? cached;
    private readonly List<TextEdit> edits = [];

    /// <summary>The current text.</summary>
    public string Text => cached ??= new string(chars, 0, length);

    /// <summary>The current text, without making a string of it.</summary>
    public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

    /// <summary>The number of characters.</summary>
    public int Length => length;

    /// <summary>True once any rule has changed a character since the last <see cref="Clear"/>.</summary>
    public bool Changed { get; private set; }

    /// <summary>Empties the buffer for the next paragraph.</summary>
    public void Clear()
    {
        length = 0;
        cached = null;
        Changed = false;
    }

    /// <summary>Appends the text of run <paramref name="owner"/> (−1 for a placeholder).</summary>
    public void Append(string value, int owner, bool isLocked)
    {
        EnsureCapacity(length + value.Length);
        value.CopyTo(chars.AsSpan(length));
        owners.AsSpan(length, value.Length).Fill(owner);
        locked.AsSpan(length, value.Length).Fill(isLocked);
        length += value.Length;
        cached = null;
    }

    /// <summary>Locks every match of <paramref name="pattern"/>.</summary>
    public void Lock(Regex pattern)
    {
        foreach (var match in pattern.EnumerateMatches(Span))
        {
            locked.AsSpan(match.Index, match.Length).Fill(true);
        }
    }

    /// <summary>True when any character of the range is locked; for an empty range, the character before it.</summary>
    public bool IsLocked(int start, int length)
    {
        var from = Math.Max(0, start - (length == 0 ? 1 : 0));
        return locked.AsSpan(from, start + length - from).Contains(true);
    }

    /// <summary>True when the character at <paramref name="index"/> is locked.</summary>
    public bool IsLocked(int index) => locked[index];

    /// <summary>
    /// Applies the edits every match of <paramref name="pattern"/> asks for, skipping matches that touch locked
    /// characters and edits that change nothing.
    /// </summary>
    public void Rewrite(Regex pattern, Func<Match, IEnumerable<TextEdit>> editsOf)
    {
        foreach (Match match in pattern.Matches(Text))
        {
            if (!IsLocked(match.Index, match.Length))
            {
                edits.AddRange(editsOf(match));
            }
        }
        ApplyEdits();
    }

    /// <summary>Replaces one named group of every match by <paramref name="replacement"/>.</summary>
    public void ReplaceGroup(Regex pattern, string group, string replacement)
    {
        var number = pattern.GroupNumberFromName(group);
        foreach (Match match in pattern.Matches(Text))
        {
            if (!IsLocked(match.Index, match.Length))
            {
                var target = match.Groups[number];
                edits.Add(new TextEdit(target.Index, target.Length, replacement));
            }
        }
        ApplyEdits();
    }

    /// <summary>Queues one edit; <see cref="ApplyEdits"/> applies the queue.</summary>
    /// <remarks>Queued edits must be in text order and must not overlap.</remarks>
    public void Add(TextEdit edit) => edits.Add(edit);

    /// <summary>
    /// Applies the queued edits, all computed against the current text, in text order and not overlapping. New
    /// characters belong to the run of the characters they replace; an insertion belongs to the run of the
    /// character before it. An edit that changes nothing is skipped.
    /// </summary>
    public void ApplyEdits()
    {
        if (edits.Count == 0)
        {
            return;
        }
        if (KeepLength())
        {
            ApplyInPlace();
        }
        else
        {
            ApplyByCopying();
        }
        edits.Clear();
    }

    private bool KeepLength()
    {
        foreach (var edit in edits)
        {
            if (edit.Length != edit.Replacement.Length)
            {
                return false;
            }
        }
        return true;
    }

    private void ApplyInPlace()
    {
        foreach (var (start, count, replacement) in edits)
        {
            if (!replacement.AsSpan().SequenceEqual(chars.AsSpan(start, count)))
            {
                replacement.CopyTo(chars.AsSpan(start));
                locked.AsSpan(start, count).Clear();
                MarkChanged();
            }
        }
    }

    private void ApplyByCopying()
    {
        var grown = length;
        foreach (var edit in edits)
        {
            grown += edit.Replacement.Length - edit.Length;
        }
        // Sized to the text, not to the buffer's capacity: the buffer is reused, and after one long paragraph every
        // short one would otherwise copy into arrays of the long one's size (thousands of footnotes took minutes).
        var newChars = new char[Math.Max(grown, 16)];
        var newOwners = new int[newChars.Length];
        var newLocked = new bool[newChars.Length];
        var from = 0;
        var to = 0;
        foreach (var (start, count, replacement) in edits)
        {
            var kept = start - from;
            Array.Copy(chars, from, newChars, to, kept);
            Array.Copy(owners, from, newOwners, to, kept);
            Array.Copy(locked, from, newLocked, to, kept);
            to += kept;
            if (count == replacement.Length && replacement.AsSpan().SequenceEqual(chars.AsSpan(start, count)))
            {
                Array.Copy(chars, start, newChars, to, count);
                Array.Copy(owners, start, newOwners, to, count);
                Array.Copy(locked, start, newLocked, to, count);
            }
            else
            {
                replacement.CopyTo(newChars.AsSpan(to));
                var insertionOwner = start > 0 ? owners[start - 1] : owners[start];
                for (var i = 0; i < replacement.Length; i++)
                {
                    newOwners[to + i] = count > 0 ? owners[start + Math.Min(i, count - 1)] : insertionOwner;
                }
                MarkChanged();
            }
            to += replacement.Length;
            from = start + count;
        }
        var rest = length - from;
        Array.Copy(chars, from, newChars, to, rest);
        Array.Copy(owners, from, newOwners, to, rest);
        Array.Copy(locked, from, newLocked, to, rest);
        (chars, owners, locked, length) = (newChars, newOwners, newLocked, to + rest);
    }

    private void MarkChanged()
    {
        cached = null;
        Changed = true;
    }

    /// <summary>The text now belonging to each run, in run order.</summary>
    public string[] Split(int runCount)
    {
        var starts = new int[runCount + 1];
        for (var i = 0; i < length; i++)
        {
            if (owners[i] >= 0)
            {
                starts[owners[i] + 1]++;
            }
        }
        for (var run = 0; run < runCount; run++)
        {
            starts[run + 1] += starts[run];
        }
        var gathered = new char[starts[runCount]];
        var next = starts.AsSpan(0, runCount).ToArray();
        for (var i = 0; i < length; i++)
        {
            if (owners[i] >= 0)
            {
                gathered[next[owners[i]]++] = chars[i];
            }
        }
        var texts = new string[runCount];
        for (var run = 0; run < runCount; run++)
        {
            texts[run] = new string(gathered, starts[run], starts[run + 1] - starts[run]);
        }
        return texts;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= chars.Length)
        {
            return;
        }
        var size = Math.Max(needed, chars.Length * 2);
        Array.Resize(ref chars, size);
        Array.Resize(ref owners, size);
        Array.Resize(ref locked, size);
    }
}

/// <summary>One change to a <see cref="TextBuffer"/>.</summary>
/// <param name="Start">The first character replaced.</param>
/// <param name="Length">How many characters are replaced (0 to insert).</param>
/// <param name="Replacement">The new text.</param>
internal readonly record struct TextEdit(int Start, int Length, string Replacement);
