using System.Globalization;

namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Gives headings their anchors: an explicit id when there is one, else <c>h-N</c> where N is the heading's
/// position (from 1) among all headings of the document, so an anchor does not move when another heading gets
/// an explicit id. An automatic anchor never takes an id reserved for an explicit one (or already given): it
/// becomes <c>h-N-2</c>, <c>h-N-3</c>… instead. Remembers every anchor to detect duplicates.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly HashSet<string> automatic = new(StringComparer.Ordinal);
    private readonly HashSet<string> reserved = new(StringComparer.Ordinal);
    private int count;

    /// <summary>The least length of an anchor: Markdig ignores a one-character <c>{#x}</c>.</summary>
    public const int MinimumLength = 2;

    /// <summary>Keeps <paramref name="ids"/> (the explicit ids of the whole document) out of the automatic anchors.</summary>
    public void Reserve(IEnumerable<string> ids) => reserved.UnionWith(ids);

    /// <summary>The anchor of the next heading and whether it clashes with an anchor given before.</summary>
    public string Next(string? explicitId, out AnchorClash clash)
    {
        count++;
        clash = AnchorClash.None;
        if (!string.IsNullOrEmpty(explicitId))
        {
            reserved.Add(explicitId);
            if (!used.Add(explicitId))
            {
                clash = automatic.Remove(explicitId) ? AnchorClash.Automatic : AnchorClash.Explicit;
            }
            return explicitId;
        }
        var anchor = Free("h-" + count.ToString(CultureInfo.InvariantCulture));
        used.Add(anchor);
        automatic.Add(anchor);
        return anchor;
    }

    /// <summary>A new automatic anchor for a heading whose anchor an explicit id took later.</summary>
    public string Replacement(string anchor)
    {
        var replacement = Free(anchor);
        used.Add(replacement);
        automatic.Add(replacement);
        return replacement;
    }

    /// <summary>True when <paramref name="anchor"/> is a valid anchor: two or more ASCII letters, digits, '-' or '_'.</summary>
    public static bool IsValid(string anchor) =>
        anchor.Length >= MinimumLength && anchor.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private string Free(string candidate)
    {
        var anchor = candidate;
        for (var suffix = 2; used.Contains(anchor) || reserved.Contains(anchor); suffix++)
        {
            anchor = candidate + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }
        return anchor;
    }
}

/// <summary>How a heading's anchor clashes with one given before.</summary>
internal enum AnchorClash
{
    /// <summary>No clash.</summary>
    None,
    /// <summary>An explicit id repeats an earlier explicit id.</summary>
    Explicit,
    /// <summary>An explicit id takes the automatic anchor of an earlier heading (which must get another).</summary>
    Automatic,
}
