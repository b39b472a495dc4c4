using System.Text;
using System.Text.Json.Nodes;
using Csto.Domain;
using Csto.Domain.Serialization;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Typography;
using Csto.Testing;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// Record text stays text (issue 15): every string field of every sample record that a template prints is set to
/// text full of Markdown, entity and container syntax, and must come out exactly as written — in the tree, and in the
/// text of the PDF and the DOCX — without adding, removing or restyling a single block.
/// </summary>
public sealed class LiteralRecordTextTests
{
    /// <summary>Block syntax on lines of their own, then inline syntax; short words only, so no line of the PDF hyphenates.</summary>
    private const string MultiLine =
        "x &amp; y &lt;b&gt; &quot;z&quot; &#42;\n---\nq\n===\n::: page-break\n    four sp\n[^1]: a note\n# h1\n- li\n1. li\n> q\n"
        + "*x* _y_ **z** `c` [a](b) <c@d.e> a | b <!-- c --> \\ \\\\ \\* [^1] [^x] {.title} ~~s~~";

    /// <summary>The same on one line, for fields that do not take line ends.</summary>
    private const string OneLine =
        "x &amp; y &lt;b&gt; &quot;z&quot; &#42; *x* _y_ **z** `c` [a](b) <c@d.e> a | b <!-- c --> \\ \\\\ \\* [^1] [^x] {.title} ::: page-break ~~s~~";

    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded,
        [new PdfReportRenderer(), new DocxReportRenderer(new PdfLayoutLocator())],
        new ReportGeneratorOptions { Typography = TypographyOptions.None });

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, template) in SampleCases.All().Where(c => c.File.EndsWith(".json", StringComparison.Ordinal)))
        {
            data.Add(file, template);
        }
        return data;
    }

    [Fact]
    public void The_json_samples_cover_every_template()
    {
        var covered = SampleCases.All().Where(c => c.File.EndsWith(".json", StringComparison.Ordinal)).Select(c => c.Template).ToHashSet();
        TemplateCatalog.Embedded.Names.Should().BeSubsetOf(covered);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_printed_field_keeps_its_text_in_the_tree_the_pdf_and_the_docx(string sample, string template)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.SampleData, sample)))!;
        var printed = new List<(string Path, string Text)>();
        var leaves = StringLeaves(json["record"]!, "record").ToList();
        for (var n = 0; n < leaves.Count; n++)
        {
            var (path, node) = leaves[n];
            var original = node.GetValue<string>();
            var marker = $"qqmark{n}qq";
            node.ReplaceWith(JsonValue.Create(marker));
            var markerTree = TryBuild(json, template);
            var shownAt = markerTree is null ? null : Text(markerTree);
            if (shownAt is null || !shownAt.Contains(marker, StringComparison.Ordinal))
            {
                Leaf(json, path).ReplaceWith(JsonValue.Create(original));
                continue; // an id, a date, an enum member or a field this template does not print
            }
            var kept = false;
            foreach (var hostile in new[] { MultiLine, OneLine })
            {
                Leaf(json, path).ReplaceWith(JsonValue.Create(hostile));
                if (TryBuild(json, template) is not { } tree)
                {
                    continue;
                }
                // The place-and-date line is one line by design: a line end inside the place prints as a space there.
                Text(tree).Should().Match(t => t.Contains(Expected(hostile), StringComparison.Ordinal) || t.Contains(hostile.Replace('\n', ' '), StringComparison.Ordinal),
                    $"{path} of {sample} in {template} prints as written");
                Kinds(tree).Should().Equal(Kinds(markerTree!), $"{path} of {sample} in {template} adds or removes no block");
                Headings(tree).Should().Be(Headings(markerTree!), $"{path} of {sample} in {template} makes no heading");
                printed.Add((path, hostile));
                kept = true;
                break;
            }
            kept.Should().BeTrue($"{path} of {sample} takes text, so it takes one of the hostile texts");
        }
        if (printed.Count == 0)
        {
            return; // every string of this sample is an id, a date or provenance: the template prints none of them
        }

        var document = Generator.BuildDocument(CstoJson.Read(json.ToJsonString(), sample), template, sample);
        var pdf = Words(await PdfText(document));
        var docx = Words((await RenderAsync(document, ReportFormat.Docx) is var bytes ? DocxInspection.PlainText(bytes) : string.Empty).Replace('⏎', ' '));
        foreach (var (path, text) in printed.DistinctBy(p => p.Text))
        {
            pdf.Should().Contain(Words(text), $"the PDF prints {path} as written");
            docx.Should().Contain(Words(text), $"the DOCX prints {path} as written");
        }
    }

    private static ReportDocument? TryBuild(JsonNode json, string template)
    {
        try
        {
            return Generator.BuildDocument(CstoJson.Read(json.ToJsonString(), "sample.json"), template, "sample.json");
        }
        catch (Exception exception) when (exception is ReportInputException or CstoDataException)
        {
            return null;
        }
    }

    /// <summary>What a value looks like in the tree: its lines (a line end is a line break; signature offices trim them).</summary>
    private static string Expected(string hostile) => hostile;

    private static IEnumerable<(string Path, JsonNode Node)> StringLeaves(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : StringLeaves(p.Value, path + "." + p.Key)),
        JsonArray a => a.SelectMany((item, i) => item is null ? [] : StringLeaves(item, $"{path}[{i}]")),
        JsonValue v when v.TryGetValue<string>(out _) => [(path, node)],
        _ => [],
    };

    private static JsonNode Leaf(JsonNode root, string path) =>
        StringLeaves(root["record"]!, "record").Single(l => l.Path == path).Node;

    /// <summary>Every text of the tree, a line end for a line break, blocks separated by blank lines.</summary>
    private static string Text(ReportDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf))
        {
            switch (block)
            {
                case Paragraph p: Append(p.Content); break;
                case Heading h: Append(h.Content); break;
                case Documents.Table { Caption: { } caption }: Append(caption); break;
                case Image { Caption: { } caption }: Append(caption); break;
                case SignatureBlock s:
                    foreach (var signatory in s.Signatories)
                    {
                        text.Append(signatory.Office).Append('\n').Append(signatory.Name).Append("\n\n");
                    }
                    break;
            }
        }
        foreach (var footnote in document.Footnotes)
        {
            foreach (var block in footnote.Blocks.SelectMany(DocumentWalker.DescendantsAndSelf).OfType<Paragraph>())
            {
                Append(block.Content);
            }
        }
        return text.ToString();

        void Append(IEnumerable<Inline> inlines)
        {
            Inlines(inlines);
            text.Append("\n\n");
        }

        void Inlines(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case TextRun run: text.Append(run.Text); break;
                    case LineBreak: text.Append('\n'); break;
                    case Strong strong: Inlines(strong.Content); break;
                    case Emphasis emphasis: Inlines(emphasis.Content); break;
                    case Link link: Inlines(link.Content); break;
                }
            }
        }
    }

    private static List<string> Kinds(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf)
            .Select(b => b is Paragraph p ? "p." + p.Style : b.GetType().Name).ToList();

    private static int Headings(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).OfType<Heading>().Count();

    private static string Words(string text) => " " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";

    private static async Task<string> PdfText(ReportDocument document)
    {
        using var pdf = PdfDocument.Open(await RenderAsync(document, ReportFormat.Pdf));
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static async Task<byte[]> RenderAsync(ReportDocument document, ReportFormat format)
    {
        using var stream = new MemoryStream();
        await Generator.RenderAsync(document, format, stream);
        return stream.ToArray();
    }
}
