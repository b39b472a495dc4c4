using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Console.Inputs;

/// <summary>
/// Turns an input into a document tree through the templates (data files) or the Markdown reader, and checks that
/// every character of it can be set (render and validate alike, before any writer runs).
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
    /// <param name="optionsOf">The render options (theme and fonts) the document will be rendered with.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ReportInputException">
    /// The input, its data or its template is invalid, or it holds characters the theme's fonts cannot set (every
    /// occurrence, at its line and column).
    /// </exception>
    public async Task<ReportDocument> LoadAsync(ReportInput input, string? template, Func<ReportDocument, RenderOptions> optionsOf, CancellationToken cancellationToken)
    {
        var text = await input.ReadTextAsync(cancellationToken);
        if (input.IsMarkdown)
        {
            if (template is not null && template != ReportGenerator.MarkdownTemplate)
            {
                throw new ReportInputException(new InputProblem(input.SourceName,
                    $"A Markdown input renders through '{ReportGenerator.MarkdownTemplate}'; --template {template} applies to data files only."));
            }
            var markdown = generator.BuildMarkdownDocument(text, input.SourceName, input.Folder is { } folder ? ImageFolder.Loader(folder) : BundledPicture);
            ThrowIfAny(PdfLayoutLocator.UnsupportedCharacters(markdown, optionsOf(markdown)), c => CharacterPositions.Locate(text, input.SourceName, c));
            return markdown;
        }
        var located = DataFileReader.ReadLocated(text, input.SourceName);
        ReportDocument document;
        try
        {
            document = generator.BuildDocument(located.File, template, input.SourceName);
        }
        catch (ReportInputException e)
        {
            // Catalog checks and template choice report property paths; give them the file's line and column.
            throw located.Locate(e);
        }
        ThrowIfAny(PdfLayoutLocator.UnsupportedCharacters(document, optionsOf(document)), located.LocateCharacters);
        return document;
    }

    private static void ThrowIfAny(IReadOnlyList<UnsupportedCharacter> unsupported, Func<IReadOnlyList<UnsupportedCharacter>, IReadOnlyList<InputProblem>> locate)
    {
        if (unsupported.Count > 0)
        {
            throw new ReportInputException(locate(unsupported));
        }
    }
}
