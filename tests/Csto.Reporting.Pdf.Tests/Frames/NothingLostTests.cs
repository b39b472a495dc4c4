using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Tests.Pictures;
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
    public void The_gradient_picture_snapshot_has_no_words_to_lose_and_its_pdf_no_text()
    {
        // Its only text is the picture's alternative text, which is no printed word (the structure tree carries it).
        var document = GradientPdfTests.Document();
        WordGuard.InputWords(document).Should().BeEmpty();
        WordGuard.PdfWords(Render.Pdf(document)).Should().BeEmpty();
    }

    [Fact]
    public void Every_word_of_the_seed_text_is_placed_and_extracted() => EveryWordPlaced(Samples.Seed());

    [Fact]
    public void The_guard_names_the_words_a_pdf_lacks()
    {
        // The PDF of the seed text, checked against a document with one more paragraph: the guard must name exactly
        // the words the PDF does not have, with how many are missing (a repeated word counts each time).
        var seed = Samples.Seed();
        var pdf = Render.Pdf(seed);
        var longer = new ReportDocument(seed.Metadata, [new Section([.. seed.Sections.Single().Blocks, new Paragraph("Пропавшее словечко, пропавшее.")])]);
        WordGuard.MissingFromPdf(longer, pdf).Should().Equal("Пропавшее ×2", "словечко ×1");
        WordGuard.MissingFromPdf(seed, pdf).Should().BeEmpty();
    }

    [Fact]
    public void The_guard_compares_counts_and_joins_words_hyphenated_at_a_line_end()
    {
        var input = WordGuard.Multiset(WordGuard.Words("Слово, слово и «Северо-Западный» округ."));
        WordGuard.Missing(input, WordGuard.Multiset(WordGuard.Words("1 Слово слово и Северо-\nЗападный округ колонтитул"))).Should().BeEmpty();
        WordGuard.Missing(input, WordGuard.Multiset(WordGuard.Words("слово и Северо- Западный"))).Should().Equal("Слово ×1", "округ ×1");
        WordGuard.Missing(input, WordGuard.Multiset(WordGuard.Words("Слово слово и Северо округ"))).Should().Equal("СевероЗападный ×1");
    }

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
        var input = WordGuard.Multiset(WordGuard.InputWords(document));
        input.Count.Should().BeGreaterThan(0);
        var frames = FrameCollector.Collect(document, Render.Options(document));
        WordGuard.Missing(input, WordGuard.Multiset(VisibleTextByElement(frames).SelectMany(WordGuard.Words))).Should().BeEmpty("every input word is placed on a page");
        WordGuard.MissingFromPdf(document, Render.Pdf(document)).Should().BeEmpty("every input word is in the PDF's text as PdfPig reads it");
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
}
