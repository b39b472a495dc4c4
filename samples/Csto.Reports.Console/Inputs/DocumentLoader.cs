using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
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

    /// <summary>Reads and builds the document of one input, every problem of every stage that can run at once.</summary>
    /// <param name="input">The input.</param>
    /// <param name="template">The template given on the command line, or null.</param>
    /// <param name="optionsOf">The options a document will be rendered with (their theme decides which characters can be drawn).</param>
    /// <param name="cancellationToken">Cancels the read (before it starts).</param>
    /// <exception cref="ReportInputException">The input, its data or its template is invalid.</exception>
    /// <remarks>
    /// The document keeps its input's text, so that the renderers' check (<see cref="RenderCheck"/>: characters the
    /// theme's fonts cannot set, pictures without alternative text in a tagged PDF) reports every occurrence at its line
    /// and column; when the input has other problems, the characters are reported with them
    /// (<see cref="ReportGenerator.BuildInputDocument"/>).
    /// </remarks>
    public ReportDocument Load(ReportInput input, string? template, Func<ReportDocument, RenderOptions> optionsOf, CancellationToken cancellationToken)
    {
        var bytes = input.ReadBytes(cancellationToken);
        return generator.BuildInputDocument(bytes, input.SourceName, template,
            input.Folder is { } folder ? ImageFolder.Loader(folder) : BundledPicture, optionsOf);
    }
}
