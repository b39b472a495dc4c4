using System.Text.RegularExpressions;
using System.Xml.Linq;
using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Checks the WordprocessingML features one by one on the showcase document.</summary>
public sealed class StructureTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    [Fact]
    public async Task With_a_locator_the_toc_caches_its_page_numbers_and_word_is_not_asked_to_update()
    {
        var locator = new FixedPageLocator();
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), locator: locator);

        locator.Calls.Should().Be(1);
        var expected = locator.LocateHeadings(TestDocuments.Showcase(), Rendering.RenderOptions.Default);
        var cached = PageReferences(docx);
        cached.Should().HaveCount(6);
        cached.Should().OnlyContain(c => c.Page == expected[c.Anchor].ToString(System.Globalization.CultureInfo.InvariantCulture));
        DocxInspection.Part(docx, "word/settings.xml").Descendants(W + "updateFields").Should().BeEmpty();
    }

    [Fact]
    public async Task The_title_page_bottom_sits_in_a_frame_at_the_bottom_margin_and_only_the_middle_needs_a_spacer()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var paragraphs = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "p").ToList();
        var bottom = paragraphs.Single(p => p.Value == "Москва 2025");
        var frame = bottom.Element(W + "pPr")!.Element(W + "framePr")!;
        frame.Attribute(W + "yAlign")!.Value.Should().Be("bottom");
        frame.Attribute(W + "vAnchor")!.Value.Should().Be("margin");
        var title = paragraphs.FindIndex(p => p.Value == "Доклад о деятельности");
        paragraphs.Take(paragraphs.IndexOf(bottom)).Count(p => p.Descendants(W + "spacing").Any(s => s.Attribute(W + "lineRule")?.Value == "exact"))
            .Should().Be(1, "one spacer centres the middle; the frame places the bottom");
        paragraphs[title - 1].Descendants(W + "spacing").Single().Attribute(W + "lineRule")!.Value.Should().Be("exact");
    }

    [Fact]
    public async Task Without_a_locator_the_toc_has_no_numbers_and_word_updates_fields_on_open()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        PageReferences(docx).Should().OnlyContain(c => c.Page == string.Empty);
        DocxInspection.Part(docx, "word/settings.xml").Descendants(W + "updateFields").Should().ContainSingle()
            .Which.Attribute(W + "val")!.Value.Should().Be("true");
        var instructions = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "instrText").Select(i => i.Value.Trim()).ToList();
        instructions.Should().HaveCount(6).And.OnlyContain(i => i.StartsWith("PAGEREF ", StringComparison.Ordinal),
            "the entries are a table, not a TOC field's result; their page numbers are fields Word updates");
    }

    [Fact]
    public async Task The_locator_is_not_asked_when_there_is_no_table_of_contents()
    {
        var locator = new FixedPageLocator();
        await DocxRendering.RenderAsync(TestDocuments.Minimal(), locator: locator);

        locator.Calls.Should().Be(0);
    }

    [Fact]
    public async Task Every_heading_has_a_valid_unique_bookmark_and_matching_numbers_are_real_numbering()
    {
        var longAnchor = new string('x', 45);
        var document = new ReportDocument(new DocumentMetadata("Bookmarks"), [new Section(
        [
            new Heading(1, [new TextRun("Один")], "1-start-with-digit") { Number = "1." },
            new Heading(2, [new TextRun("Два")], longAnchor) { Number = "1.1." },
            new Heading(2, [new TextRun("Три")], longAnchor + "y") { Number = "1.3." },
            new Heading(2, [new TextRun("Четыре")], "same-name"),
            new Heading(2, [new TextRun("Пять")], "same_name"),
        ])]);
        var docx = await DocxRendering.RenderAsync(document);

        var body = DocxInspection.Part(docx, "word/document.xml");
        var names = body.Descendants(W + "bookmarkStart").Select(b => b.Attribute(W + "name")!.Value).ToList();
        names.Should().Equal("h_1_start_with_digit", new string('x', 40), new string('x', 38) + "_2", "same_name", "same_name_2");
        names.Should().OnlyContain(n => Regex.IsMatch(n, "^[A-Za-z][A-Za-z0-9_]{0,39}$"));
        var headings = body.Descendants(W + "p").Where(p => p.Descendants(W + "bookmarkStart").Any()).ToList();
        headings[0].Descendants(W + "numPr").Should().ContainSingle("1. is what Word's counter shows");
        headings[1].Descendants(W + "numPr").Should().ContainSingle("1.1. too");
        headings[2].Descendants(W + "numPr").Should().BeEmpty("Word would show 1.2., so 1.3. is written as text");
        Text(headings[2]).Should().StartWith("1.3. ");
        headings[3].Descendants(W + "numPr").Should().BeEmpty("an unnumbered heading has no numbering");
    }

    [Fact]
    public async Task Ordered_lists_restart_at_their_start_unless_they_continue_and_bullets_share_one_definition()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var numbering = DocxInspection.Part(docx, "word/numbering.xml");
        var instances = numbering.Root!.Elements(W + "num").ToDictionary(
            n => n.Attribute(W + "numId")!.Value,
            n => n.Descendants(W + "startOverride").Select(s => s.Attribute(W + "val")!.Value).SingleOrDefault());
        var items = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")!.Value == "ListParagraph") && p.Descendants(W + "numId").Any())
            .Select(p => (Text: Text(p), NumId: p.Descendants(W + "numId").Single().Attribute(W + "val")!.Value,
                Level: p.Descendants(W + "ilvl").Single().Attribute(W + "val")!.Value))
            .ToList();

        items.Select(i => i.Text).Should().Equal("Республика Армения;", "Республика Беларусь;", "вложенный пункт", "второй", "первый", "второй", "третий, продолжение");
        items[0].NumId.Should().Be(items[1].NumId);
        items[2].Level.Should().Be("1");
        instances[items[2].NumId].Should().Be("1");
        instances[items[4].NumId].Should().Be("3");
        items[6].NumId.Should().Be(items[4].NumId, "the third list continues the second");
        items[4].NumId.Should().NotBe(items[2].NumId);
        numbering.Descendants(W + "lvlText").Select(l => l.Attribute(W + "val")!.Value).Should().Contain(["\u2013", "%1.", "%1.%2."]);
    }

    [Fact]
    public async Task Tables_have_a_grid_over_the_content_width_repeated_headers_spans_and_a_caption()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var body = DocxInspection.Part(docx, "word/document.xml");
        var table = body.Descendants(W + "tbl").First(t => t.Descendants(W + "tblStyle").Any(s => s.Attribute(W + "val")?.Value == "TableGrid"));
        table.Descendants(W + "gridCol").Sum(g => int.Parse(g.Attribute(W + "w")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(Length.ToTwips(BuiltInThemes.Gost.PageSetup.ContentWidth));
        var rows = table.Elements(W + "tr").ToList();
        rows.Select(r => r.Descendants(W + "tblHeader").Any()).Should().Equal(true, true, false, false);
        rows.Select(r => r.Descendants(W + "cantSplit").Any()).Should().Equal(true, true, true, false);
        rows[0].Descendants(W + "gridSpan").Single().Attribute(W + "val")!.Value.Should().Be("2");
        rows[0].Descendants(W + "vMerge").Single().Attribute(W + "val")!.Value.Should().Be("restart");
        rows[1].Elements(W + "tc").First().Descendants(W + "vMerge").Single().Attribute(W + "val").Should().NotBeNull()
            .And.Subject!.Value.Should().Be("continue");
        rows[3].Elements(W + "tc").Should().HaveCount(3, "the missing third cell is filled with an empty one");
        var caption = table.ElementsBeforeSelf(W + "p").Last();
        caption.Descendants(W + "pStyle").Single().Attribute(W + "val")!.Value.Should().Be("TableCaption");
    }

    [Fact]
    public async Task Footnotes_have_separators_and_one_reference_each()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var notes = DocxInspection.Part(docx, "word/footnotes.xml").Root!.Elements(W + "footnote").ToList();
        notes.Select(n => n.Attribute(W + "id")!.Value).Should().Equal("-1", "0", "1", "2");
        notes[0].Attribute(W + "type")!.Value.Should().Be("separator");
        notes[1].Attribute(W + "type")!.Value.Should().Be("continuationSeparator");
        notes[2].Descendants(W + "footnoteRef").Should().ContainSingle();
        DocxInspection.Part(docx, "word/document.xml").Descendants(W + "footnoteReference")
            .Select(r => r.Attribute(W + "id")!.Value).Should().Equal("1", "2");
    }

    [Fact]
    public async Task Sections_have_their_page_setup_and_the_first_page_has_no_number()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var sections = DocxInspection.Part(docx, "word/document.xml").Descendants(W + "sectPr").ToList();
        sections.Should().HaveCount(2);
        sections[0].Element(W + "titlePg").Should().NotBeNull();
        sections[0].Element(W + "pgSz")!.Attribute(W + "orient").Should().BeNull();
        sections[1].Element(W + "pgSz")!.Attribute(W + "orient")!.Value.Should().Be("landscape");
        sections[1].Element(W + "pgSz")!.Attribute(W + "w")!.Value.Should().Be("16838");
        sections[0].Element(W + "pgMar")!.Attribute(W + "left")!.Value.Should().Be("1701", "30 mm");
        var header = DocxInspection.Part(docx, "word/header1.xml");
        header.Descendants(W + "instrText").Single().Value.Trim().Should().Be("PAGE");
    }

    [Fact]
    public async Task Images_are_inline_pictures_with_sequential_ids_and_alt_text()
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase());

        var body = DocxInspection.Part(docx, "word/document.xml");
        var properties = body.Descendants(Wp + "docPr").Single();
        properties.Attribute("id")!.Value.Should().Be("1");
        properties.Attribute("descr")!.Value.Should().Be("Эмблема");
        body.Descendants(Wp + "extent").Single().Attribute("cx")!.Value.Should().Be("1524000", "120 pt × 12 700 EMU");
        DocxInspection.EntryNames(docx).Should().Contain(n => n.Contains("media/", StringComparison.Ordinal) && n.EndsWith(".png", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ru-RU", "ru-RU")]
    [InlineData("en-GB", "en-US")]
    public async Task The_language_is_set_in_the_defaults_and_settings(string metadataLanguage, string expected)
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(metadataLanguage));

        DocxInspection.Part(docx, "word/styles.xml").Descendants(W + "lang").First().Attribute(W + "val")!.Value.Should().Be(expected);
        DocxInspection.Part(docx, "word/settings.xml").Descendants(W + "themeFontLang").Single().Attribute(W + "val")!.Value.Should().Be(expected);
    }

    [Fact]
    public async Task Hyphenation_follows_the_theme()
    {
        var on = await DocxRendering.RenderAsync(TestDocuments.Minimal());
        var off = await DocxRendering.RenderAsync(TestDocuments.Minimal(), BuiltInThemes.Gost with { Hyphenate = false });

        Setting(on, "autoHyphenation").Should().Be("true");
        Setting(off, "autoHyphenation").Should().Be("false");
        Setting(on, "consecutiveHyphenLimit").Should().Be("2");
    }

    [Fact]
    public async Task Core_properties_come_from_the_metadata_only()
    {
        var dated = await DocxRendering.RenderAsync(TestDocuments.Showcase());
        var undated = await DocxRendering.RenderAsync(TestDocuments.Minimal());

        var core = DocxInspection.Part(dated, "docProps/core.xml").ToString();
        core.Should().Contain("<dc:title>Доклад о деятельности ОДКБ</dc:title>")
            .And.Contain("<dc:creator>Секретариат ОДКБ</dc:creator>")
            .And.Contain("<cp:keywords>ОДКБ, безопасность</cp:keywords>")
            .And.Contain(">2025-11-27T00:00:00Z</dcterms:created>")
            .And.Contain(">2025-11-27T00:00:00Z</dcterms:modified>");
        DocxInspection.Part(undated, "docProps/core.xml").ToString().Should().NotContain("dcterms:created").And.NotContain("lastModifiedBy");
    }

    [Fact]
    public async Task Styles_use_the_theme_fonts_under_word_ids_with_outline_levels()
    {
        var gost = DocxInspection.Part(await DocxRendering.RenderAsync(TestDocuments.Minimal()), "word/styles.xml");
        var modern = DocxInspection.Part(await DocxRendering.RenderAsync(TestDocuments.Minimal(), BuiltInThemes.Modern), "word/styles.xml");

        gost.Descendants(W + "rFonts").First().Attribute(W + "ascii")!.Value.Should().Be("Times New Roman");
        modern.Descendants(W + "rFonts").First().Attribute(W + "ascii")!.Value.Should().Be("PT Serif");
        var ids = gost.Root!.Elements(W + "style").Select(s => s.Attribute(W + "styleId")!.Value).ToList();
        ids.Should().Contain(["Normal", "Title", "Subtitle", "Heading1", "Heading4", "FootnoteText", "FootnoteReference", "TOC1", "TOC3", "TOCHeading",
            "Hyperlink", "TableGrid", "Caption", "TableCaption", "ListParagraph", "Quote", "Lead", "PlaceAndDate", "Signature"]);
        var heading2 = modern.Root!.Elements(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == "Heading2");
        heading2.Descendants(W + "outlineLvl").Single().Attribute(W + "val")!.Value.Should().Be("1");
        heading2.Descendants(W + "rFonts").Single().Attribute(W + "ascii")!.Value.Should().Be("PT Sans");
        heading2.Descendants(W + "color").Single().Attribute(W + "val")!.Value.Should().Be("1F3A5F");
        heading2.Descendants(W + "sz").Single().Attribute(W + "val")!.Value.Should().Be("26");
    }

    private static List<(string Anchor, string Page)> PageReferences(byte[] docx) =>
        DocxInspection.Part(docx, "word/document.xml").Descendants(W + "hyperlink")
            .Where(h => h.Descendants(W + "instrText").Any(i => i.Value.Contains("PAGEREF", StringComparison.Ordinal)))
            .Select(h => (Anchor: h.Attribute(W + "anchor")!.Value,
                Page: string.Concat(h.Descendants(W + "t").Skip(h.Descendants(W + "t").Count() - 1).Select(t => t.Value))))
            .Select(c => (c.Anchor.Replace('_', '-'), char.IsAsciiDigit(c.Page.FirstOrDefault()) ? c.Page : string.Empty))
            .ToList();

    private static string Setting(byte[] docx, string name) =>
        DocxInspection.Part(docx, "word/settings.xml").Descendants(W + name).Single().Attribute(W + "val")!.Value;

    private static string Text(XElement paragraph) => string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));
}
