using System.Text;
using Csto.Reporting.Typography;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// Writes ordinary spaces for the no-break spaces of the runs the PDF layout breaks at them in a table cell (runs of
/// words joined by no-break spaces that are wider than the cell, <see cref="Rendering.ITableColumnSizer.OpenedRuns"/>).
/// Word and LibreOffice never break at a no-break space: they would break such a run between characters, in the
/// middle of a word; with ordinary spaces they break it between its words, as the PDF does.
/// </summary>
internal static class OpenedRuns
{
    /// <summary>Replaces the no-break spaces of every occurrence of <paramref name="runs"/> in the cell's own paragraphs.</summary>
    /// <param name="cell">The written cell (its nested tables' paragraphs are left alone: they belong to their own cells).</param>
    /// <param name="runs">The runs' texts without soft hyphens, no-break spaces written U+00A0.</param>
    public static void Open(W.TableCell cell, IReadOnlyList<string> runs)
    {
        if (runs.Count == 0)
        {
            return;
        }
        foreach (var paragraph in cell.Descendants<W.Paragraph>().Where(p => p.Ancestors<W.TableCell>().First() == cell).ToList())
        {
            Open(paragraph, runs);
        }
    }

    private static void Open(W.Paragraph paragraph, IReadOnlyList<string> runs)
    {
        // The paragraph's text as the runs' text elements hold it, each character with its element and offset there
        // (-1 for characters written as elements of their own: a no-break hyphen, a tab, a break).
        var text = new StringBuilder();
        var at = new List<(W.Text? Element, int Offset)>();
        foreach (var element in paragraph.Descendants().Where(e => e is W.Text or W.NoBreakHyphen or W.TabChar or W.Break))
        {
            if (element is W.Text t)
            {
                for (var i = 0; i < t.Text.Length; i++)
                {
                    text.Append(t.Text[i] == '\u202F' ? '\u00A0' : t.Text[i]);
                    at.Add((t, i));
                }
            }
            else
            {
                text.Append(element is W.NoBreakHyphen ? '\u2011' : element is W.TabChar ? '\t' : '\n');
                at.Add((null, -1));
            }
        }
        var flat = text.ToString();
        var open = new SortedSet<int>();
        // The runs as the run writer wrote them: with its word joiner after a range's dash («15–⁠19»).
        foreach (var run in runs.Where(r => r.Length > 0).Select(RangeDash.Joined))
        {
            for (var start = flat.IndexOf(run, StringComparison.Ordinal); start >= 0; start = flat.IndexOf(run, start + run.Length, StringComparison.Ordinal))
            {
                for (var i = start; i < start + run.Length; i++)
                {
                    if (flat[i] == '\u00A0')
                    {
                        open.Add(i);
                    }
                }
            }
        }
        foreach (var group in open.Select(i => at[i]).Where(a => a.Element is not null).GroupBy(a => a.Element!))
        {
            var chars = group.Key.Text.ToCharArray();
            foreach (var (_, offset) in group)
            {
                chars[offset] = ' ';
            }
            var opened = new string(chars);
            group.Key.Text = opened;
            if (opened[0] == ' ' || opened[^1] == ' ' || opened.Contains("  ", StringComparison.Ordinal))
            {
                group.Key.Space = SpaceProcessingModeValues.Preserve;
            }
        }
    }
}
