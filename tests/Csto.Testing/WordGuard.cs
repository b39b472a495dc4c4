using System.Text;
using Csto.Reporting.Documents;
using UglyToad.PdfPig;

namespace Csto.Testing;

/// <summary>
/// The guard against text lost in a PDF: every word of a document's input (its tree: paragraphs, headings with
/// their numbers, captions, table cells, signatures, footnotes) must come back from the PDF's text as read by PdfPig
/// at least as often as the input has it. The PDF may have more (running headers, page numbers, the table of
/// contents' entries), never fewer. Words are compared by their letters and digits, case-insensitively, with
/// hyphens, soft hyphens and a word hyphenated across a line end («сло-» «во») joined.
/// </summary>
public static class WordGuard
{
    /// <summary>The input words the PDF lacks, each as «word ×missing», in the input's order; empty when nothing is lost.</summary>
    public static IReadOnlyList<string> MissingFromPdf(ReportDocument document, byte[] pdf) =>
        Missing(Multiset(InputWords(document)), Multiset(PdfWords(pdf)));

    /// <summary>The words of a document's input, from its tree.</summary>
    public static List<string> InputWords(ReportDocument document)
    {
        var blocks = document.Sections.SelectMany(s => s.Blocks).Concat(document.Footnotes.SelectMany(f => f.Blocks))
            .SelectMany(DocumentWalker.DescendantsAndSelf);
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.AppendLine(DocumentWalker.PlainText(paragraph.Content));
                    break;
                case Heading heading:
                    text.AppendLine(heading.Number + " " + DocumentWalker.PlainText(heading.Content));
                    break;
                case Table { Caption: { } caption }:
                    text.AppendLine(DocumentWalker.PlainText(caption));
                    break;
                case Image { Caption: { } caption }:
                    text.AppendLine(DocumentWalker.PlainText(caption));
                    break;
                case TableOfContents contents:
                    text.AppendLine(contents.Title);
                    break;
                case SignatureBlock signatures:
                    foreach (var signatory in signatures.Signatories)
                    {
                        text.AppendLine(signatory.Office).AppendLine(signatory.Name);
                    }
                    break;
            }
        }
        return Words(text.ToString());
    }

    /// <summary>
    /// The words of a PDF's text from PdfPig's letters in the order they are drawn (so a word hyphenated at the end of
    /// a table cell's line meets its rest on the cell's next line, not a neighbour cell's words): a word ends at a
    /// space, where the baseline changes, and at a gap wider than a tenth of the letters' size or a step back.
    /// </summary>
    public static List<string> PdfWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            UglyToad.PdfPig.Content.Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                if (previous is not null)
                {
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    var size = Math.Max(1, Math.Max(letter.PointSize, previous.PointSize));
                    if (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5)
                    {
                        text.Append('\n');
                    }
                    else if (gap > 0.1 * size || gap < -0.5 * size)
                    {
                        text.Append(' ');
                    }
                }
                text.Append(letter.Value);
                previous = letter;
            }
            text.Append('\f');
        }
        return Words(text.ToString());
    }

    /// <summary>The words of a text with hyphenated line ends joined («сло-\nво» → «слово»), hyphens and soft hyphens dropped.</summary>
    public static List<string> Words(string text)
    {
        var tokens = text.Split([' ', '\n', '\r', '\f', '\t', '\u00A0', '\u202F', '\u2009', '\u2060'], StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        var carry = string.Empty;
        foreach (var token in tokens)
        {
            if (token.Length > 1 && (token.EndsWith('-') || token.EndsWith('\u00AD')) && char.IsLetterOrDigit(token[^2]))
            {
                carry += token[..^1];
                continue;
            }
            words.Add(Normalize(carry + token));
            carry = string.Empty;
        }
        if (carry.Length > 0)
        {
            words.Add(Normalize(carry));
        }
        return words.Where(w => w.Length > 0).ToList();

        // Letters and digits only: a footnote number raised after «слово». splits the punctuation off the word.
        static string Normalize(string word) => new(word.Where(char.IsLetterOrDigit).ToArray());
    }

    /// <summary>How often each word occurs (case-insensitive).</summary>
    public static Dictionary<string, int> Multiset(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words.Where(w => w.Length > 0))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    /// <summary>The input words (with how many are missing) that the output has fewer of.</summary>
    public static IReadOnlyList<string> Missing(Dictionary<string, int> input, Dictionary<string, int> output) =>
        input.Where(p => output.GetValueOrDefault(p.Key) < p.Value).Select(p => $"{p.Key} ×{p.Value - output.GetValueOrDefault(p.Key)}").ToList();
}
