using Csto.Testing;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Layout.Blocks;
using Csto.Reporting.Pdf.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>
/// Inline structure read back from a rendered, tagged PDF: a link is a Link element with an OBJR to its annotation
/// (which has /StructParent and the link text as /Contents), English and Armenian words in a Russian document are
/// Spans with /Lang, footnote references are Reference elements and footnotes Note elements with a unique /ID in the
/// /IDTree, and a word hyphenated at a line end comes back whole from text extraction (its parts carry /ActualText).
/// </summary>
public sealed class InlineStructureTests
{
    private const string Long = "Государства — члены Организации Договора о коллективной безопасности подтверждают приверженность " +
        "совершенствованию коллективной системы безопасности и противодействию международному терроризму, " +
        "наркотрафику и незаконной миграции, а также укреплению миротворческого потенциала организации.";

    private static readonly ReportDocument Document = new(
        new DocumentMetadata("Заявление") { Language = "ru-RU" },
        [
            new Section(
            [
                new Paragraph(
                [
                    new TextRun("Сайт организации: "),
                    new Link("https://odkb-csto.org/", [new TextRun("официальный сайт ОДКБ")]),
                    new TextRun(". По-английски «Collective Security Treaty Organization», по-армянски «Հավաքական անվտանգություն»"),
                    new FootnoteReference(1),
                    new TextRun(" в 2002 году."),
                ]),
                new Paragraph([new TextRun(Long + " " + Long)]),
            ]),
        ],
        [new Footnote(1, [new Paragraph([new TextRun("Устав Организации Договора о коллективной безопасности.")])])]);

    // Justified text of long words: several of its lines end in a hyphenated word.
    private static readonly ReportDocument Hyphenated = Document with
    {
        Sections = [new Section([new Paragraph([new TextRun(string.Join(" ", Enumerable.Repeat(Long, 4)))])])],
        Footnotes = [],
    };

    [Fact]
    public void A_link_is_a_link_element_holding_its_text_and_an_object_reference_to_its_annotation()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Document));
        var link = Elements(pdf).Single(e => Type(e) == "Link");
        var kids = Kids(pdf, link);
        var objr = kids.OfType<DictionaryToken>().Single(k => k.Data.TryGetValue("Type", out var t) && t is NameToken { Data: "OBJR" });
        var annotationReference = (IndirectReferenceToken)objr.Data["Obj"];
        var annotation = WritingFixtures.Dictionary(pdf, annotationReference);
        ((NameToken)annotation.Data["Subtype"]).Data.Should().Be("Link");
        WritingFixtures.Text(annotation.Data["Contents"]).Should().Be("официальный сайт ОДКБ");
        var structParent = ((NumericToken)annotation.Data["StructParent"]).Int;

        // The parent tree maps the annotation's key back to the Link element.
        var tree = StructTreeRoot(pdf);
        var nums = ((ArrayToken)WritingFixtures.Dictionary(pdf, tree.Data["ParentTree"]).Data["Nums"]).Data;
        var index = nums.Select((token, i) => (token, i)).Single(p => p.i % 2 == 0 && ((NumericToken)p.token).Int == structParent).i;
        WritingFixtures.Resolve(pdf, nums[index + 1]).Should().BeSameAs(link);
        // The link's marked content is its text: the page's annotation lies over the words «официальный сайт ОДКБ».
        kids.OfType<NumericToken>().Should().NotBeEmpty("the link's glyphs are marked content of the Link element");
        var page = pdf.GetPage(1);
        var rect = page.GetAnnotations().Single().Rectangle;
        var words = page.GetWords().Where(w => w.BoundingBox.Centroid.X > rect.Left && w.BoundingBox.Centroid.X < rect.Right
            && w.BoundingBox.Centroid.Y > rect.Bottom && w.BoundingBox.Centroid.Y < rect.Top).Select(w => w.Text.TrimEnd('.'));
        string.Join(" ", words).Should().Be("официальный сайт ОДКБ");
    }

    [Fact]
    public void Every_link_annotation_belongs_to_a_link_element_and_every_contents_entry_is_a_link_to_its_heading()
    {
        var showcase = Samples.Showcase();
        using var pdf = PdfDocument.Open(Render.Pdf(showcase));
        var nums = ((ArrayToken)WritingFixtures.Dictionary(pdf, StructTreeRoot(pdf).Data["ParentTree"]).Data["Nums"]).Data;
        var parentTree = Enumerable.Range(0, nums.Count / 2).ToDictionary(i => ((NumericToken)nums[2 * i]).Int, i => nums[(2 * i) + 1]);
        var contentsLinks = new List<(string Destination, string Contents, DictionaryToken Element)>();
        var annotations = 0;
        foreach (var page in pdf.GetPages())
        {
            if (!page.Dictionary.Data.TryGetValue("Annots", out var annots))
            {
                continue;
            }
            foreach (var reference in ((ArrayToken)WritingFixtures.Resolve(pdf, annots)).Data.Cast<IndirectReferenceToken>())
            {
                var annotation = WritingFixtures.Dictionary(pdf, reference);
                if (((NameToken)annotation.Data["Subtype"]).Data != "Link")
                {
                    continue;
                }
                annotations++;
                var contents = WritingFixtures.Text(annotation.Data["Contents"]);
                contents.Should().NotBeNullOrWhiteSpace("PDF/UA-1 7.18.1: an annotation has alternative text");
                var element = WritingFixtures.Dictionary(pdf, parentTree[((NumericToken)annotation.Data["StructParent"]).Int]);
                Type(element).Should().Be("Link", $"the annotation «{contents}» is nested in a Link element (PDF/UA-1 7.18.5)");
                var kids = Kids(pdf, element);
                kids.OfType<DictionaryToken>().Where(k => k.Data.TryGetValue("Type", out var t) && t is NameToken { Data: "OBJR" })
                    .Select(k => ((IndirectReferenceToken)k.Data["Obj"]).Data).Should().Contain(reference.Data, "the Link element refers back to its annotation");
                kids.Where(IsMarkedContent).Should().NotBeEmpty($"the text of «{contents}» is the Link element's marked content");
                var parent = WritingFixtures.Dictionary(pdf, element.Data["P"]);
                if (Type(parent) == "TOCI")
                {
                    var action = WritingFixtures.Dictionary(pdf, annotation.Data["A"]);
                    contentsLinks.Add((WritingFixtures.Text(action.Data["D"])!, contents!, parent));
                }
            }
        }
        var entries = showcase.Headings().Where(h => h.InTableOfContents && h.Level <= 3).ToList();
        entries.Should().HaveCountGreaterThan(3);
        annotations.Should().BeGreaterThan(entries.Count, "the contents' entries and the body's links");
        // Each entry (TOCI) holds one Link element; every annotation over the entry's lines leads to its heading.
        var tocis = Elements(pdf).Where(e => Type(e) == "TOCI").ToList();
        tocis.Should().HaveCount(entries.Count);
        tocis.Should().OnlyContain(toci => Kids(pdf, toci).Count == 1 && Type((DictionaryToken)Kids(pdf, toci)[0]) == "Link");
        contentsLinks.Select(l => l.Element).Distinct().Should().HaveCount(entries.Count, "every entry is clickable");
        contentsLinks.DistinctBy(l => l.Destination).Select(l => (l.Destination, l.Contents))
            .Should().Equal(entries.Select(h => (h.Anchor, HeadingLayout.Title(h))));
    }

    [Fact]
    public void Words_in_another_script_are_spans_in_their_language_and_the_document_has_its_own()
    {
        using var document = PdfDocument.Open(Render.Pdf(Document));
        WritingFixtures.Text(WritingFixtures.Catalog(document).Data["Lang"]).Should().Be("ru-RU");
        var spans = Elements(document).Where(e => Type(e) == "Span").ToList();
        spans.Select(s => WritingFixtures.Text(s.Data["Lang"])).Should().Equal("en", "hy");
        // Each span's marked content holds the words of its language (with the quotes and commas that cling to them) and no Russian ones.
        var marked = document.GetPage(1).GetMarkedContents().Where(m => m.MarkedContentIdentifier >= 0)
            .ToDictionary(m => m.MarkedContentIdentifier, m => string.Concat(Letters(m).Select(l => l.Value)));
        spans.Select(s => string.Concat(Kids(document, s).OfType<NumericToken>().Select(k => marked[k.Int])))
            .Select(text => new string(text.Where(c => c != ' ' && c != '-').ToArray()))
            .Should().Equal("«CollectiveSecurityTreatyOrganization»,", "«Հավաքականանվտանգություն»");
    }

    private static IEnumerable<UglyToad.PdfPig.Content.Letter> Letters(UglyToad.PdfPig.Content.MarkedContentElement element) =>
        element.Letters.Concat(element.Children.SelectMany(Letters)).OrderBy(l => -l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X);

    [Fact]
    public void A_footnote_reference_is_a_reference_and_the_footnote_a_note_with_a_unique_id_in_the_id_tree()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Document));
        var elements = Elements(pdf).ToList();
        var reference = elements.Single(e => Type(e) == "Reference");
        WritingFixtures.Dictionary(pdf, reference.Data["P"]).Data["S"].Should().BeOfType<NameToken>().Which.Data.Should().Be("P");
        var note = elements.Single(e => Type(e) == "Note");
        WritingFixtures.Text(note.Data["ID"]).Should().Be("footnote-1");
        elements.Where(e => Type(e) == "Lbl").Should().ContainSingle("the note's own number is its label")
            .Which.Data["P"].Should().NotBeNull();
        var idTree = WritingFixtures.Dictionary(pdf, StructTreeRoot(pdf).Data["IDTree"]);
        var names = ((ArrayToken)idTree.Data["Names"]).Data;
        names.Should().HaveCount(2);
        WritingFixtures.Text(names[0]).Should().Be("footnote-1");
        WritingFixtures.Resolve(pdf, names[1]).Should().BeSameAs(note);
    }

    [ToolFact("pdftotext")]
    public void A_word_hyphenated_at_a_line_end_is_extracted_whole()
    {
        var pdf = Render.Pdf(Hyphenated);
        var raw = PdfTools.Run("pdftotext", pdf, "-raw", "-enc", "UTF-8", "{file}", "-").Output;
        var brokenLines = raw.Split('\n').Count(l => l.TrimEnd().EndsWith('-'));
        using (var document = PdfDocument.Open(pdf))
        {
            var drawn = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
            drawn.Count(c => c == '-').Should().BeGreaterThan(1, "words are hyphenated (the glyphs show hyphens)");
        }
        brokenLines.Should().Be(0, "every hyphenated word comes back whole, without its hyphen:\n" + raw);
        var words = raw.Split([' ', '\n', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '—')).Where(w => w.Length > 0).ToList();
        var expected = Long.Split(' ').Select(w => w.Trim(',', '.', '—')).Where(w => w.Length > 0).ToList();
        words.Where(w => w != "—").Should().Equal([.. expected, .. expected, .. expected, .. expected], "each copy of the paragraph reads back word for word");
    }

    [Fact]
    public void A_hyphenated_paragraph_owns_every_marked_content_sequence_of_its_text_and_they_join_to_the_paragraph()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Hyphenated));
        pdf.NumberOfPages.Should().Be(1);
        var paragraph = Elements(pdf).Single(e => Type(e) == "P");
        var ids = Kids(pdf, paragraph).Select(k => ((NumericToken)k).Int).ToList();
        ids.Should().HaveCountGreaterThan(2, "each part of a hyphenated word is a sequence of its own, and the text goes on in a new one");
        ids.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();

        var page = pdf.GetPage(1);
        var marked = page.GetMarkedContents().Where(m => m.MarkedContentIdentifier >= 0).ToDictionary(m => m.MarkedContentIdentifier);
        marked.Keys.Should().BeEquivalentTo(ids, "the page's only structure content is the paragraph's");
        marked.Values.Should().OnlyContain(m => m.Children.Count == 0, "no sequence nests a span, whose EMC would end the MCID's text for poppler");
        marked.Values.Count(m => m.ActualText is { Length: > 0 }).Should().BeGreaterThan(1, "several words are hyphenated");
        // Each sequence reads as its replacement text if it has one (the whole word, or nothing for the word's second part).
        var text = string.Concat(ids.Select(id => marked[id].ActualText ?? string.Concat(marked[id].Letters.Select(l => l.Value))));
        Squeeze(text).Should().Be(Squeeze(string.Join(" ", Enumerable.Repeat(Long, 4))));

        // The page's parent tree entry maps every one of those MCIDs back to the paragraph.
        var nums = ((ArrayToken)WritingFixtures.Dictionary(pdf, StructTreeRoot(pdf).Data["ParentTree"]).Data["Nums"]).Data;
        var key = ((NumericToken)page.Dictionary.Data["StructParents"]).Int;
        var index = Enumerable.Range(0, nums.Count / 2).Single(i => ((NumericToken)nums[2 * i]).Int == key);
        var owners = (ArrayToken)WritingFixtures.Resolve(pdf, nums[(2 * index) + 1]);
        owners.Data.Should().HaveCount(ids.Max() + 1);
        ids.Should().OnlyContain(id => ReferenceEquals(WritingFixtures.Resolve(pdf, owners.Data[id]), paragraph));
    }

    [ToolFact("pdfinfo", "qpdf")]
    public void Pdfinfo_reads_every_paragraph_whole_although_words_are_hyphenated()
    {
        var seed = new ReportDocument(
            new DocumentMetadata("Сводка") { Language = "ru-RU" },
            [new Section([.. Samples.SeedParagraphs.Append(Samples.DeclarationPreamble).Select(p => (Block)new Paragraph([new TextRun(p)]))])],
            []);
        foreach (var (document, paragraphs) in new[]
        {
            (Hyphenated, (IReadOnlyList<string>)[string.Join(" ", Enumerable.Repeat(Long, 4))]),
            (seed, [.. Samples.SeedParagraphs, Samples.DeclarationPreamble]),
        })
        {
            var pdf = Render.Pdf(document);
            var texts = StructureTexts(pdf);
            texts.Should().HaveCount(paragraphs.Count);
            texts.Select(t => Squeeze(string.Concat(t)).Replace("-", "", StringComparison.Ordinal))
                .Should().Equal(paragraphs.Select(p => Squeeze(p).Replace("-", "", StringComparison.Ordinal)), "every P reads its whole text");
            texts.SelectMany(t => t).Count(line => line.EndsWith('-')).Should().BeGreaterThan(1, "words are hyphenated at line ends");
            var (code, check) = PdfTools.Run("qpdf", pdf, "--check", "{file}");
            code.Should().Be(0, check);
        }

        var declaration = SampleCases.Build("csc-declaration-2025.json", "summit-declaration");
        var declarationTexts = StructureTexts(Render.Pdf(declaration, Render.Options(declaration) with { Theme = SampleCases.ThemeOf(declaration) }));
        declarationTexts.Should().Contain(t => t.Any(line => line.EndsWith('-')), "the preamble is hyphenated");
        declarationTexts.Select(t => Squeeze(string.Concat(t)).Replace("-", "", StringComparison.Ordinal))
            .Should().Contain(Squeeze(Samples.DeclarationPreamble).Replace("-", "", StringComparison.Ordinal));
    }

    // The text of each P element in pdfinfo -struct-text's output, as the quoted strings it shows under the element.
    private static List<List<string>> StructureTexts(byte[] pdf)
    {
        var (code, output) = PdfTools.Run("pdfinfo", pdf, "-struct-text", "{file}");
        code.Should().Be(0, output);
        var texts = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in output.Split('\n').Select(l => l.Trim()))
        {
            if (line == "P (block)")
            {
                texts.Add(current = []);
            }
            else if (current is not null && line.Length >= 2 && line[0] == '"' && line[^1] == '"')
            {
                current.Add(line[1..^1]);
            }
            else
            {
                current = null;
            }
        }
        return texts;
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD').ToArray());

    private static bool IsMarkedContent(IToken kid) =>
        kid is NumericToken || (kid is DictionaryToken d && d.Data.TryGetValue("Type", out var t) && t is NameToken { Data: "MCR" });

    private static DictionaryToken StructTreeRoot(PdfDocument pdf) =>
        WritingFixtures.Dictionary(pdf, WritingFixtures.Catalog(pdf).Data["StructTreeRoot"]);

    private static string Type(DictionaryToken element) => ((NameToken)element.Data["S"]).Data;

    private static List<IToken> Kids(PdfDocument pdf, DictionaryToken element) =>
        WritingFixtures.Resolve(pdf, element.Data["K"]) switch
        {
            ArrayToken array => array.Data.Select(k => k is IndirectReferenceToken ? WritingFixtures.Resolve(pdf, k) : k).ToList(),
            var single => [single],
        };

    /// <summary>Every structure element in reading order.</summary>
    private static IEnumerable<DictionaryToken> Elements(PdfDocument pdf)
    {
        var stack = new Stack<DictionaryToken>();
        stack.Push(WritingFixtures.Dictionary(pdf, StructTreeRoot(pdf).Data["K"]));
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var kid in Kids(pdf, element).OfType<DictionaryToken>().Where(k => k.Data.ContainsKey("S")).Reverse())
            {
                stack.Push(kid);
            }
        }
    }
}
