using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Console.Output;

/// <summary>
/// Writes one document in the requested formats to <c>DIR/NAME.EXT</c> (PNG: <c>NAME.p001.png</c>, … and the set's
/// manifest <c>NAME.pages.txt</c>), all files of the input committed together (<see cref="OutputSet"/>).
/// </summary>
/// <param name="generator">Renders PDF, DOCX and PNG pages.</param>
internal sealed class ReportWriter(ReportGenerator generator)
{
    /// <summary>Writes the files and returns their paths.</summary>
    /// <remarks>The renderers' check (<see cref="RenderCheck"/>) runs for every format before the output folder is touched.</remarks>
    /// <exception cref="Reporting.Diagnostics.ReportInputException">The document cannot be rendered in one of the formats (every problem of all of them).</exception>
    /// <exception cref="OutputException">A file could not be written; nothing of this input was replaced unless the exception lists it.</exception>
    public async Task<IReadOnlyList<string>> WriteAsync(ReportDocument document, string name, string folder, IReadOnlyList<ReportFormat> formats, RenderOptions options, CancellationToken cancellationToken)
    {
        var problems = formats.SelectMany(f => RenderCheck.Problems(document, options, f)).Distinct().ToList();
        if (problems.Count > 0)
        {
            throw new Reporting.Diagnostics.ReportInputException(problems);
        }
        using var set = OutputSet.Begin(folder, name);
        foreach (var format in formats)
        {
            if (format == ReportFormat.Png)
            {
                await set.WritePagesAsync((open, ct) => Task.FromResult(generator.RenderPages(document, open, options, ct)), cancellationToken);
            }
            else
            {
                await set.WriteAsync(format.ToString().ToLowerInvariant(), (stream, ct) => generator.RenderAsync(document, format, stream, options, ct), cancellationToken);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return set.Commit();
    }

    /// <summary>
    /// What a failed write left, in the user's terms: the files written and not written and what an earlier render's
    /// files of the same names hold. Before the commit nothing was replaced; during it, a PDF or DOCX not written keeps
    /// the earlier content (moves are renames) and so does an earlier PNG page set, which is touched only after they
    /// moved; once they have, an earlier page set is removed before the first new page moves in: without its manifest
    /// the page set on disk is marked incomplete until the next render.
    /// </summary>
    public static string Outcome(OutputException failure, string name, string folder, IReadOnlyList<ReportFormat> formats)
    {
        if (failure.NotWritten is null)
        {
            var notWritten = NotWritten(name, folder, formats, failure.Written);
            return $"written: {List(failure.Written)}; not written: {List(notWritten)}"
                + (notWritten.Count > 0 ? " (files of an earlier render keep their content)" : string.Empty);
        }
        var manifest = Path.Combine(folder, name + OutputSet.ManifestSuffix);
        var pagePrefix = Path.Combine(folder, name + ".p");
        var kept = failure.NotWritten.Where(f => f != manifest && !(f.StartsWith(pagePrefix, StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal))).ToList();
        return $"written: {List(failure.Written)}; not written: {List(failure.NotWritten)}"
            + (kept.Count > 0 ? $" ({List(kept)} {(kept.Count == 1 ? "keeps" : "keep")} an earlier render's content if there was one)" : string.Empty)
            + (!failure.NotWritten.Contains(manifest) ? string.Empty
                : kept.Count > 0 ? $"; the PNG pages of an earlier render, if any, are untouched ({manifest} lists them)"
                : $"; the PNG pages of an earlier render were removed before the new ones moved in, and without {manifest} the page set is incomplete (render again to repair it)");
    }

    private static string List(IReadOnlyList<string> files) => files.Count == 0 ? "nothing" : string.Join(", ", files);

    /// <summary>
    /// The files of input <paramref name="name"/> that a failed write did not replace, as shown to the user (PNG pages
    /// as a pattern, unless their manifest was written).
    /// </summary>
    public static IReadOnlyList<string> NotWritten(string name, string folder, IReadOnlyList<ReportFormat> formats, IReadOnlyList<string> written)
    {
        return formats
            .Select(f => f == ReportFormat.Png
                ? (Written: Path.Combine(folder, name + OutputSet.ManifestSuffix), Shown: Path.Combine(folder, $"{name}.p*.png"))
                : (Written: Path.Combine(folder, $"{name}.{f.ToString().ToLowerInvariant()}"), Shown: Path.Combine(folder, $"{name}.{f.ToString().ToLowerInvariant()}")))
            .Where(t => !written.Contains(t.Written))
            .Select(t => t.Shown)
            .ToList();
    }
}
