using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;

namespace Csto.Reports.Console.Inputs;

/// <summary>Turns an input into a document tree through the templates (data files) or the Markdown reader.</summary>
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
    /// <exception cref="ReportInputException">The input, its data or its template is invalid.</exception>
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
        var located = DataFileReader.ReadLocated(text, input.SourceName);
        try
        {
            return generator.BuildDocument(located.File, template, input.SourceName);
        }
        catch (ReportInputException e)
        {
            // Catalog checks and template choice report property paths; give them the file's line and column.
            throw located.Locate(e);
        }
    }
}
