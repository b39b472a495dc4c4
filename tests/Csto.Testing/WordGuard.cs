using System.Globalization;
using System.Text;
using Csto.Reporting.Charts;
using Csto.Reporting.Documents;
using Csto.Reporting.Pictures;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Csto.Testing;

/// <summary>
/// The guard against text lost in a PDF. It compares, exactly, how often each word occurs in two places:
/// <list type="bullet">
/// <item>what the layout should print as content: the words of the document tree (paragraphs, headings with their
/// numbers, captions, table cells, title-page blocks, signatures, footnotes, the contents' title) plus the text the
/// layout generates from it (<see cref="ExpectedWords"/>: every contents entry with its number, title and page,
/// ordered list numbers, footnote reference marks and the footnotes' own numbers);</item>
/// <item>the words of the PDF's content as PdfPig reads it: the letters of marked content that is not an artifact
/// (<see cref="ContentWords"/>). Running headers, page numbers, leaders and repeated table header rows are artifacts
/// and are left out, so a word the body lost cannot hide behind its copy in a running header.</item>
/// </list>
/// Removing one occurrence of a word anywhere, or printing one more, makes the two differ. Words are compared by their
/// letters and digits, case-insensitively, with hyphens, soft hyphens and a word hyphenated across a line end
/// («сло-» «во») joined; the signs «№», «%», «§», «—» count as tokens of their own. Only letters whose glyphs lie
/// inside the page's media and crop boxes count (<see cref="Visible"/>): text drawn past the page's edge is lost.
/// Text drawn under a clipping path is reported (<see cref="ClippedText"/>), since PdfPig cannot tell what the path hides.
/// </summary>
public static class WordGuard
{
    /// <summary>
    /// The differences between the words the layout should print and the content words of <paramref name="pdf"/>:
    /// «word ×n missing» for each word the PDF has n fewer of, then «word ×n extra» for each it has n more of;
    /// empty when they agree.
    /// </summary>
    /// <param name="document">The document the PDF was rendered from.</param>
    /// <param name="pdf">A tagged PDF.</param>
    /// <param name="locator">Where the headings land (for the page numbers of the contents' entries).</param>
    /// <param name="options">The options the PDF was rendered with.</param>
    public static IReadOnlyList<string> Check(ReportDocument document, byte[] pdf, IHeadingPageLocator locator, RenderOptions options)
    {
        var pages = document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).Any(b => b is TableOfContents)
            ? locator.LocateHeadings(document, options)
            : new Dictionary<string, int>();
        var (words, footnotePages) = Read(pdf);
        return [.. Compare(Multiset(ExpectedWords(document, options.Theme, pages, footnotePages)), Multiset(words)), .. ClippedText(pdf)];
    }

    /// <summary>
    /// The pages of <paramref name="pdf"/> that draw text while a clipping path is in force («page 3: 2 text
    /// operators under a clipping path»). PdfPig reports a letter under a clipping path as drawn whatever the path
    /// hides, so the guard cannot count such letters as visible: it reports them instead. The PDF writer clips only a
    /// vector picture's paths, never text, so for its output this is empty.
    /// </summary>
    public static IReadOnlyList<string> ClippedText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var problems = new List<string>();
        foreach (var page in document.GetPages())
        {
            var clipped = new Stack<bool>();
            var clip = false;
            var shown = 0;
            foreach (var operation in page.Operations)
            {
                switch (operation.Operator)
                {
                    case "q":
                        clipped.Push(clip);
                        break;
                    case "Q":
                        clip = clipped.Count > 0 && clipped.Pop();
                        break;
                    case "W" or "W*":
                        clip = true;
                        break;
                    case "Tj" or "TJ" or "'" or "\"" when clip:
                        shown++;
                        break;
                }
            }
            if (shown > 0)
            {
                problems.Add($"page {page.Number}: {shown} text operators under a clipping path");
            }
        }
        return problems;
    }

    /// <summary>
    /// On how many pages of a tagged PDF each footnote is referred to, by number: the digits of the PDF's
    /// <c>/Reference</c> marked content, counted once per page. The layout sets a footnote on every page that refers to
    /// it; which pages those are is the layout's choice, read here, while every reference mark itself is expected from
    /// the tree.
    /// </summary>
    public static Dictionary<int, int> FootnotePages(byte[] pdf) => Read(pdf).FootnotePages;

    /// <summary>The content words (<see cref="ContentWords"/>) and footnote pages (<see cref="FootnotePages"/>) of a tagged PDF, in one reading.</summary>
    private static (List<string> Words, Dictionary<int, int> FootnotePages) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        if (!document.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")))
        {
            throw new InvalidOperationException("The word guard reads tagged PDFs: this one has no structure tree, so its artifacts cannot be told from its content.");
        }
        var text = new StringBuilder();
        var footnotePages = new Dictionary<int, int>();
        foreach (var page in document.GetPages())
        {
            // The page's letters in drawing order, less those of artifacts (PdfPig hands the same letter objects to
            // the page and to the marked-content sequences that hold them).
            var artifacts = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
            var references = new HashSet<int>();
            foreach (var element in page.GetMarkedContents())
            {
                Walk(element, false, artifacts, references);
            }
            text.Append(Text(page.Letters.Where(l => !artifacts.Contains(l) && Visible(page, l)))).Append('\f');
            foreach (var number in references)
            {
                footnotePages[number] = footnotePages.GetValueOrDefault(number) + 1;
            }
        }
        return (Words(text.ToString()), footnotePages);

        static void Walk(MarkedContentElement element, bool inArtifact, HashSet<Letter> artifacts, HashSet<int> references)
        {
            inArtifact |= element.IsArtifact;
            if (inArtifact)
            {
                artifacts.UnionWith(element.Letters);
            }
            else if (element.Tag == "Reference"
                && int.TryParse(string.Concat(element.Letters.Select(l => l.Value)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                references.Add(number);
            }
            foreach (var child in element.Children)
            {
                Walk(child, inArtifact, artifacts, references);
            }
        }
    }

    /// <summary>The words of a document's input, from its tree (no generated text).</summary>
    public static List<string> InputWords(ReportDocument document) =>
        BlockWords(document.Sections.SelectMany(s => s.Blocks).Concat(document.Footnotes.SelectMany(f => f.Blocks)));

    private static List<string> BlockWords(IEnumerable<Block> roots)
    {
        var text = new StringBuilder();
        foreach (var block in roots.SelectMany(DocumentWalker.DescendantsAndSelf))
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
    /// The words the layout should print as content: <see cref="InputWords"/> and the text it generates — each
    /// contents entry (number, title, page from <paramref name="headingPages"/>), the number of every ordered list item
    /// (continued lists go on from the previous list of their depth), every footnote reference mark and every
    /// footnote's own number — a footnote and its number once more for every further page that refers to it
    /// (<paramref name="footnotePages"/>, by number; the layout sets a footnote on each page of its references) — and
    /// the texts of every vector picture (a chart's labels, drawn in
    /// <paramref name="theme"/>'s chart style; the picture's content in the PDF, whose alternative text is no printed word).
    /// </summary>
    public static List<string> ExpectedWords(ReportDocument document, Theme theme, IReadOnlyDictionary<string, int> headingPages, IReadOnlyDictionary<int, int>? footnotePages = null)
    {
        var words = InputWords(document);
        var generated = new StringBuilder();
        foreach (var contents in Blocks(document).OfType<TableOfContents>())
        {
            foreach (var heading in document.Headings().Where(h => h.InTableOfContents && h.Level <= contents.MaxLevel))
            {
                var page = headingPages.TryGetValue(heading.Anchor, out var p) ? p : 0;
                generated.Append(heading.Number).Append(' ').Append(DocumentWalker.PlainText(heading.Content))
                    .Append(' ').AppendLine(page.ToString(CultureInfo.InvariantCulture));
            }
        }
        var counters = new Dictionary<int, int>();
        foreach (var block in document.Sections.SelectMany(s => s.Blocks).Concat(document.Footnotes.SelectMany(f => f.Blocks)))
        {
            ListNumbers(block, 0, counters, generated);
        }
        foreach (var block in Blocks(document))
        {
            foreach (var reference in References(block))
            {
                generated.AppendLine(reference.Number.ToString(CultureInfo.InvariantCulture));
            }
        }
        foreach (var footnote in document.Footnotes)
        {
            var copies = Math.Max(1, footnotePages?.GetValueOrDefault(footnote.Number) ?? 1);
            for (var copy = 0; copy < copies; copy++)
            {
                generated.AppendLine(footnote.Number.ToString(CultureInfo.InvariantCulture));
                if (copy > 0)
                {
                    words.AddRange(BlockWords(footnote.Blocks));
                }
            }
        }
        foreach (var image in Blocks(document).OfType<Image>())
        {
            foreach (var text in ChartPictures.For(image, theme).Drawing?.Items.OfType<VectorText>() ?? [])
            {
                generated.AppendLine(text.Text);
            }
        }
        words.AddRange(Words(generated.ToString()));
        return words;
    }

    /// <summary>
    /// The words of a tagged PDF's content: PdfPig's letters of every marked-content sequence that is not an artifact,
    /// in the order they are drawn (so a word hyphenated at the end of a table cell's line meets its rest on the cell's
    /// next line, not a neighbour cell's words). A word ends at a space, where the baseline changes, and at a gap wider
    /// than a tenth of the letters' size or a step back.
    /// </summary>
    /// <exception cref="InvalidOperationException">The PDF is not tagged (it has no structure tree).</exception>
    public static List<string> ContentWords(byte[] pdf) => Read(pdf).Words;

    /// <summary>The words of every letter of a PDF's pages, artifacts included (for untagged PDFs).</summary>
    public static List<string> AllWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Words(string.Join('\f', document.GetPages().Select(p => Text(p.Letters.Where(l => Visible(p, l))))));
    }

    /// <summary>
    /// Whether <paramref name="letter"/>'s glyph lies inside the page's visible area — its media box and crop box —
    /// to within half a point: a letter drawn past the page's edge (the text cut off at the edge of issue 16) is no
    /// content a reader sees, so it does not count.
    /// </summary>
    public static bool Visible(Page page, Letter letter)
    {
        const double Tolerance = 0.5;
        var media = page.MediaBox.Bounds;
        var crop = page.CropBox.Bounds;
        var glyph = letter.BoundingBox;
        return glyph.Left >= Math.Max(media.Left, crop.Left) - Tolerance && glyph.Right <= Math.Min(media.Right, crop.Right) + Tolerance
            && glyph.Bottom >= Math.Max(media.Bottom, crop.Bottom) - Tolerance && glyph.Top <= Math.Min(media.Top, crop.Top) + Tolerance;
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
            Normalize(carry + token, words);
            carry = string.Empty;
        }
        if (carry.Length > 0)
        {
            Normalize(carry, words);
        }
        return words.Where(w => w.Length > 0).ToList();

        // The word's letters and digits (a footnote number raised after «слово». splits the punctuation off the word),
        // then each of its symbols (Symbols) as a token of its own.
        static void Normalize(string word, List<string> words)
        {
            words.Add(new(word.Where(char.IsLetterOrDigit).ToArray()));
            foreach (var c in word)
            {
                if (Symbols.Contains(c, StringComparison.Ordinal))
                {
                    words.Add(c.ToString());
                }
            }
        }
    }

    /// <summary>The signs that carry meaning and count as tokens of their own: «№», «%», «§», «—».</summary>
    public const string Symbols = "№%§—";

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

    /// <summary>The expected words (with how many are missing) that the output has fewer of.</summary>
    public static IReadOnlyList<string> Missing(Dictionary<string, int> expected, Dictionary<string, int> output) =>
        expected.Where(p => output.GetValueOrDefault(p.Key) < p.Value).Select(p => $"{p.Key} ×{p.Value - output.GetValueOrDefault(p.Key)}").ToList();

    /// <summary>
    /// Every difference of two word counts: «word ×n missing» for each word <paramref name="output"/> has fewer of, in
    /// <paramref name="expected"/>'s order, then «word ×n extra» for each it has more of, in its own order.
    /// </summary>
    public static IReadOnlyList<string> Compare(Dictionary<string, int> expected, Dictionary<string, int> output) =>
        [.. Missing(expected, output).Select(m => m + " missing"), .. Missing(output, expected).Select(m => m + " extra")];

    private static IEnumerable<Block> Blocks(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).Concat(document.Footnotes.SelectMany(f => f.Blocks)).SelectMany(DocumentWalker.DescendantsAndSelf);

    /// <summary>The numbers of ordered list items as the layout counts them: per list depth, continued lists going on.</summary>
    private static void ListNumbers(Block block, int depth, Dictionary<int, int> counters, StringBuilder output)
    {
        if (block is ItemList list)
        {
            var number = list.Ordered && list.ContinuesPrevious && counters.TryGetValue(depth, out var next) ? next : list.Start;
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (list.Ordered && list.Items[i].Blocks.Count > 0)
                {
                    output.AppendLine((number + i).ToString(CultureInfo.InvariantCulture));
                }
                foreach (var child in list.Items[i].Blocks)
                {
                    ListNumbers(child, depth + 1, counters, output);
                }
            }
            if (list.Ordered)
            {
                counters[depth] = number + list.Items.Count;
            }
            return;
        }
        foreach (var child in DocumentWalker.Children(block))
        {
            ListNumbers(child, depth, counters, output);
        }
    }

    private static IEnumerable<FootnoteReference> References(Block block)
    {
        IEnumerable<IReadOnlyList<Inline>> inlines = block switch
        {
            Paragraph paragraph => [paragraph.Content],
            Heading heading => [heading.Content],
            Table { Caption: { } caption } => [caption],
            Image { Caption: { } caption } => [caption],
            _ => [],
        };
        return inlines.SelectMany(Flatten).OfType<FootnoteReference>();

        static IEnumerable<Inline> Flatten(IEnumerable<Inline> items) => items.SelectMany(inline => inline switch
        {
            Strong strong => Flatten(strong.Content).Prepend(inline),
            Emphasis emphasis => Flatten(emphasis.Content).Prepend(inline),
            Link link => Flatten(link.Content).Prepend(inline),
            _ => [inline],
        });
    }

    /// <summary>
    /// The text of letters in drawing order: a line break where the baseline changes, a space at a gap wider than a
    /// tenth of the letters' size or a step back.
    /// </summary>
    private static string Text(IEnumerable<Letter> letters)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
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
        return text.ToString();
    }
}
