using System.Text;
using Csto.Reporting.Documents;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// Maps heading anchors to Word bookmark names: letters, digits and '_' only, starting with a letter, at most
/// 40 characters, unique. The mapping depends only on the anchors in document order.
/// </summary>
internal sealed class BookmarkNames
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> byAnchor;

    private BookmarkNames(Dictionary<string, string> byAnchor) => this.byAnchor = byAnchor;

    /// <summary>Builds the names of every heading of <paramref name="document"/>.</summary>
    public static BookmarkNames For(ReportDocument document)
    {
        var byAnchor = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in document.Headings())
        {
            if (byAnchor.ContainsKey(heading.Anchor))
            {
                continue;
            }
            var name = Sanitise(heading.Anchor);
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = "_" + Units.Text(n);
                var stem = Sanitise(heading.Anchor);
                name = stem[..Math.Min(stem.Length, MaxLength - suffix.Length)] + suffix;
            }
            byAnchor.Add(heading.Anchor, name);
        }
        return new BookmarkNames(byAnchor);
    }

    /// <summary>The bookmark name of a heading anchor; null when no heading has it.</summary>
    public string? Find(string anchor) => byAnchor.GetValueOrDefault(anchor);

    private static string Sanitise(string anchor)
    {
        var text = new StringBuilder(anchor.Length + 2);
        foreach (var c in anchor)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            text.Insert(0, "h_");
        }
        return text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
    }
}
