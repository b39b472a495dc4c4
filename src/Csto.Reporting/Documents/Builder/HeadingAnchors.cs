using System.Globalization;

namespace Csto.Reporting.Documents.Builder;

/// <summary>
/// Gives headings their anchors: an explicit id when there is one, else <c>h-N</c> where N is the heading's
/// position (from 1) among all headings of the document, so an anchor does not move when another heading gets
/// an explicit id. Remembers every anchor to detect duplicates.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private int count;

    /// <summary>The anchor of the next heading; <paramref name="duplicate"/> is true when it was already used.</summary>
    public string Next(string? explicitId, out bool duplicate)
    {
        count++;
        var anchor = string.IsNullOrEmpty(explicitId) ? "h-" + count.ToString(CultureInfo.InvariantCulture) : explicitId;
        duplicate = !used.Add(anchor);
        return anchor;
    }

    /// <summary>True when <paramref name="anchor"/> is a valid anchor: ASCII letters, digits, '-' or '_'.</summary>
    public static bool IsValid(string anchor) =>
        anchor.Length > 0 && anchor.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
