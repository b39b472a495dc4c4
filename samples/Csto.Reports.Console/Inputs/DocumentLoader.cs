using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Console.Inputs;

/// <summary>
/// Turns an input into a document tree through the templates (data files) or the Markdown reader; the tree keeps the
/// input's text for the renderers' check.
/// </summary>
/// <param name="generator">The report generator.</param>
internal sealed class DocumentLoader(ReportGenerator generator)
{
    /// <summary>A picture a bundled Markdown sample shows (embedded beside it, as <c>samples/data/emblem.svg</c>).</summary>
    /// <exception cref="IOException">No bundled picture has that name.</exception>
    private static ReadOnlyMemory<byte> BundledPicture(string name)
    {
        using var stream = typeof(DocumentLoader).Assembly.GetManifestResourceStream("SamplePictures/" + name)
            ?? throw new IOException($"no picture '{name}' is bundled with the samples.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads and builds the document of one input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="template">The template given on the command line, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ReportInputException">The input, its data or its template is invalid.</exception>
    /// <remarks>
    /// The document keeps its input's text, so that the renderers' check (<see cref="RenderCheck"/>: characters the
    /// theme's fonts cannot set, pictures without alternative text in a tagged PDF) reports every occurrence at its line
    /// and column.
    /// </remarks>
    public async Task<ReportDocument> LoadAsync(ReportInput input, string? template, CancellationToken cancellationToken)
    {
        var text = await input.ReadTextAsync(cancellationToken);
        if (input.IsMarkdown)
        {
            if (template is not null && template != ReportGenerator.MarkdownTemplate)
            {
                throw new ReportInputException(new InputProblem(input.SourceName,
                    $"A Markdown input renders through '{ReportGenerator.MarkdownTemplate}'; --template {template} applies to data files only."));
            }
            return generator.BuildMarkdownDocument(text, input.SourceName, input.Folder is { } folder ? ImageFolder.Loader(folder) : BundledPicture);
        }
        return generator.BuildDocument(DataFileReader.ReadLocated(text, input.SourceName), template);
    }
}
