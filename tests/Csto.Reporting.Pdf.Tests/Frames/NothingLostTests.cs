using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Testing;

namespace Csto.Reporting.Pdf.Tests.Frames;

/// <summary>
/// Nothing the input says is silently lost: every word of the document tree is placed visibly on a page of the
/// frames and extracted from the PDF, for every sample, the showcase, and hostile documents (a title page longer
/// than a page, a deeply nested quote). What cannot be placed is an input error, never a quiet cut.
/// </summary>
public sealed class NothingLostTests
{
    public static TheoryData<string, string> Cases() => SampleCases.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_word_of_a_sample_is_placed_and_extracted(string file, string template) =>
        EveryWordPlaced(SampleCases.Build(file, template));

    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public void Every_word_of_the_showcase_is_placed_and_extracted(string theme) => EveryWordPlaced(Samples.Showcase(theme));

    [Fact]
    public void A_title_page_longer_than_a_page_flows_onto_further_pages()
    {
        var paragraphs = Enumerable.Range(0, 4).SelectMany(_ => Samples.SeedParagraphs).Select(p => (Block)new Paragraph(p)).ToList();
        var document = new ReportDocument(new DocumentMetadata("Титульный лист") { Date = Samples.Date },
            [new Section([new TitlePage(paragraphs, [new Paragraph([new TextRun("Середина")], ParagraphStyle.Title)], [new Paragraph("Москва")]), new Paragraph("После титульного листа.")])]);
        var pages = EveryWordPlaced(document);
        pages.Should().BeGreaterThan(3, "the title page's text alone takes more than three pages");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(14)]
    [InlineData(16)]
    public void A_deeply_nested_quote_is_drawn_whole_or_is_an_input_error(int depth)
    {
        Block block = new Paragraph(Samples.SeedParagraphs[0]);
        for (var i = 0; i < depth; i++)
        {
            block = new BlockQuote([block]);
        }
        var document = new ReportDocument(new DocumentMetadata("Цитата") { Date = Samples.Date }, [new Section([new Paragraph("Перед цитатой."), block])]);
        try
        {
            EveryWordPlaced(document);
        }
        catch (ReportInputException error)
        {
            error.Problems.Should().ContainSingle().Which.Message.Should().Contain("outside the page");
        }
    }

    /// <summary>Checks the frames (the very glyphs the PDF and PNG writers paint) against the tree; returns the page count.</summary>
    private static int EveryWordPlaced(ReportDocument document)
    {
        var input = Multiset(InputWords(document));
        input.Count.Should().BeGreaterThan(0);
        var frames = FrameCollector.Collect(document, Render.Options(document));
        Missing(input, Multiset(VisibleTextByElement(frames).SelectMany(PdfTools.Words))).Should().BeEmpty("every input word is placed on a page");
        return frames.Count;
    }

    /// <summary>
    /// The text of each structure element, from the glyphs inside their page, in order across pages: a line break
    /// where the baseline changes, a space where a gap separates two runs.
    /// </summary>
    private static IEnumerable<string> VisibleTextByElement(IEnumerable<PageFrame> frames)
    {
        var texts = new Dictionary<StructureNode, (StringBuilder Text, GlyphRun Last)>();
        foreach (var frame in frames)
        {
            foreach (var run in frame.AllItems().OfType<GlyphRun>().Where(r => !r.Mark.IsArtifact))
            {
                var node = run.Mark.Node!;
                var text = texts.TryGetValue(node, out var known) ? known.Text : new StringBuilder();
                if (known.Last is { } previous)
                {
                    text.Append(run.Baseline != previous.Baseline ? "\n" : run.Start - previous.End > run.Size * 0.1f ? " " : string.Empty);
                }
                var utf8 = run.Utf8.Span;
                for (var i = 0; i < run.Glyphs.Count; i++)
                {
                    var next = i + 1 < run.Glyphs.Count ? (int)run.Clusters[i + 1] : utf8.Length;
                    var x = run.Positions[i];
                    if (next > run.Clusters[i] && x >= 0 && x < frame.Width && run.Baseline > 0 && run.Baseline <= frame.Height)
                    {
                        text.Append(Encoding.UTF8.GetString(utf8[(int)run.Clusters[i]..next]));
                    }
                }
                texts[node] = (text, run);
            }
        }
        return texts.Values.Select(t => t.Text.ToString());
    }

    private static List<string> InputWords(ReportDocument document)
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
        return PdfTools.Words(text.ToString());
    }

    private static Dictionary<string, int> Multiset(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Letters and digits only: a footnote number raised after «слово». splits the punctuation off the word.
        foreach (var word in words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    /// <summary>The input words (with how many are missing) that the output has fewer of.</summary>
    private static List<string> Missing(Dictionary<string, int> input, Dictionary<string, int> output) =>
        input.Where(p => output.GetValueOrDefault(p.Key) < p.Value).Select(p => $"{p.Key} ×{p.Value - output.GetValueOrDefault(p.Key)}").ToList();
}
