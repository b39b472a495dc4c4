using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;
using Csto.Reporting.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using MarkdigFootnote = Markdig.Extensions.Footnotes.Footnote;

namespace Csto.Reporting.Markdown;

/// <summary>
/// Reads Markdown (the dialect of <c>docs/markdown.md</c>: pipe tables, footnotes, generic attributes and
/// <c>:::</c> containers) into a <see cref="ReportDocument"/>. Every problem found is reported at once, with the
/// line and column of the original file, in a <see cref="ReportInputException"/>. Thread-safe.
/// </summary>
public static class MarkdownDocumentReader
{
    /// <summary>Reads Markdown, with or without a YAML front matter.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="options">Where the text comes from and how to read it.</param>
    /// <returns>A document of one section.</returns>
    /// <exception cref="ReportInputException">The Markdown or its front matter has problems.</exception>
    public static ReportDocument Read(string markdown, MarkdownReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        // Every stage that can still run after an earlier one found problems runs, so that all of them come at once:
        // the characters, the front matter's values and the body are checked together; only text that cannot be split
        // into front matter and body, front matter that is not YAML or gives no title, and a body nested too deeply stop
        // the reading there.
        var earlier = new List<InputProblem>();
        if (options.LiteralValues.Count == 0)
        {
            // Markdown a template produced was checked as the template and the record's file; its values are checked one by one.
            earlier.AddRange(Inputs.InputText.Problems(markdown, options.SourceName, options.FirstLineNumber));
        }
        FrontMatter split;
        try
        {
            split = FrontMatter.Split(markdown);
        }
        catch (FormatException exception)
        {
            throw new ReportInputException([.. earlier, new InputProblem(options.SourceName, exception.Message) { Line = options.FirstLineNumber, Column = 1 }], exception);
        }
        MarkdownFrontMatter? frontMatter = null;
        if (split.HasYaml)
        {
            try
            {
                frontMatter = MarkdownFrontMatter.Parse(split.Yaml, options.SourceName, earlier, options.FirstLineNumber);
            }
            catch (ReportInputException exception)
            {
                throw new ReportInputException([.. earlier, .. exception.Problems], exception);
            }
        }
        var metadata = options.Metadata ?? frontMatter?.ToMetadata()
            ?? throw new ReportInputException([.. earlier, new InputProblem(options.SourceName,
                "The Markdown file has no front matter giving its title: begin the file with a line \"---\", a line such as \"title: Информационная справка\", and a line \"---\".")
            { Line = options.FirstLineNumber, Column = 1 }]);
        var firstLine = options.FirstLineNumber + split.BodyFirstLine - 1;
        var context = new ReaderContext(options, metadata, firstLine, options.NumberHeadings || frontMatter?.Numbered == true);
        context.Problems.AddRange(earlier);

        MarkdownDocument parsed;
        try
        {
            parsed = MarkdownNesting.Parse(split.Body, MarkdownPipelineFactory.Pipeline, options.SourceName, firstLine);
        }
        catch (ReportInputException exception)
        {
            throw new ReportInputException([.. earlier, .. exception.Problems], exception);
        }
        context.ReserveAnchors(parsed.Descendants<HeadingBlock>().Select(Attributes.Id).OfType<string>());
        var converter = new BlockConverter(context);
        var blocks = converter.Convert(parsed);
        var footnotes = Footnotes(parsed, converter);
        context.CheckAnchorLinks();
        if (options.Metadata is null && frontMatter is not null)
        {
            blocks = DocumentFrame.AddTitle(blocks, frontMatter);
        }
        if (frontMatter?.TableOfContents == true)
        {
            blocks = DocumentFrame.AddTableOfContents(blocks, context.TableOfContentsTitle);
        }
        if (context.Problems.Count > 0)
        {
            // The document as far as it could be read goes with the problems, for the checks that need one (RenderCheck).
            throw new ReportInputException(context.Problems.ToList()) { Document = Partial(metadata, blocks, footnotes, frontMatter, context) };
        }
        if (blocks.Count == 0)
        {
            throw new ReportInputException(new InputProblem(options.SourceName, "The Markdown has no content.") { Line = firstLine });
        }
        return new ReportDocument(metadata, [new Section(blocks)], footnotes) { ThemeName = frontMatter?.Theme, Positions = context.Positions };
    }

    /// <summary>Reads an analyst's Markdown file whose YAML front matter gives the title and the other metadata.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="sourceName">The file name for error messages.</param>
    /// <param name="imageLoader">Loads the pictures the file refers to (e.g. <see cref="ImageFolder.Loader"/>); null makes every image an error.</param>
    /// <exception cref="ReportInputException">The file has problems.</exception>
    public static ReportDocument ReadFile(string text, string sourceName, Func<string, ReadOnlyMemory<byte>>? imageLoader = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return Read(text, new MarkdownReadOptions { SourceName = sourceName, ImageLoader = imageLoader });
    }

    /// <summary>
    /// Reads an analyst's Markdown file from disk (UTF-8); images are loaded relative to the file's folder, and only
    /// from that folder and below (<see cref="ImageFolder"/>).
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ReportInputException">The file has problems.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static async Task<ReportDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var text = await Inputs.InputText.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Read(text, new MarkdownReadOptions
        {
            SourceName = path,
            ImageLoader = ImageFolder.Loader(folder),
        });
    }

    /// <summary>
    /// The document of what could be read in spite of the problems, or null when nothing could or what was read does
    /// not make a document (two headings with one id: the problem is reported already).
    /// </summary>
    private static ReportDocument? Partial(DocumentMetadata metadata, List<Documents.Block> blocks, List<Documents.Footnote> footnotes, MarkdownFrontMatter? frontMatter, ReaderContext context)
    {
        if (blocks.Count == 0)
        {
            return null;
        }
        try
        {
            return new ReportDocument(metadata, [new Section(blocks)], footnotes) { ThemeName = frontMatter?.Theme, Positions = context.Positions };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static List<Documents.Footnote> Footnotes(MarkdownDocument parsed, BlockConverter converter)
    {
        // Markdig drops footnotes that are never referenced; their definitions are still known by label.
        var unused = parsed.Descendants<LinkReferenceDefinitionGroup>()
            .SelectMany(g => g.Links.Values)
            .OfType<FootnoteLinkReferenceDefinition>()
            .Where(d => d.Footnote.Order < 0);
        // Markdig keeps the first definition of a label and drops the others without a word.
        foreach (var repeated in parsed.Descendants<FootnoteLinkReferenceDefinition>().GroupBy(d => d.Label, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var again in repeated.Skip(1))
            {
                converter.Context.Problem(again, $"The footnote label [{again.Label}] is already defined on line {converter.Context.FileLine(repeated.First())}; labels must be unique.");
            }
        }
        foreach (var definition in unused)
        {
            converter.Context.Problem(definition, $"The footnote [{definition.Footnote.Label}] is defined but never referenced; reference it with [{definition.Footnote.Label}] or remove it.");
        }
        return parsed.Descendants<FootnoteGroup>()
            .SelectMany(g => g.OfType<MarkdigFootnote>())
            .Where(f => f.Order > 0)
            .OrderBy(f => f.Order)
            .Select(f => new Documents.Footnote(f.Order, converter.Convert(f, ParagraphStyle.Plain)))
            .ToList();
    }
}
