using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;

namespace Csto.Reports.Console.Output;

/// <summary>Writes one document in the requested formats to <c>DIR/NAME.EXT</c> (PNG: <c>NAME.p001.png</c>, …), each file atomically.</summary>
/// <param name="generator">Renders PDF and DOCX.</param>
/// <param name="png">Renders PNG pages.</param>
internal sealed class ReportWriter(ReportGenerator generator, PngReportRenderer png)
{
    /// <summary>Writes the files and returns their paths.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(ReportDocument document, string name, string folder, IReadOnlyList<ReportFormat> formats, RenderOptions options, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var format in formats)
        {
            switch (format)
            {
                case ReportFormat.Png:
                    var pages = await AtomicFile.WriteAllAsync(
                        page => Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{name}.p{page:000}.png")),
                        (open, ct) => png.RenderPagesAsync(document, options, open, ct),
                        cancellationToken);
                    RemoveStalePages(folder, name, pages.Count);
                    written.AddRange(pages);
                    break;
                default:
                    var path = Path.Combine(folder, $"{name}.{format.ToString().ToLowerInvariant()}");
                    await AtomicFile.WriteAsync(path, (stream, ct) => generator.RenderAsync(document, format, stream, options, ct), cancellationToken);
                    written.Add(path);
                    break;
            }
        }
        return written;
    }

    /// <summary>Pages left from an earlier, longer rendering of the same input would mislead: remove them.</summary>
    private static void RemoveStalePages(string folder, string name, int pageCount)
    {
        var prefix = name + ".p";
        foreach (var path in Directory.EnumerateFiles(folder, prefix + "*.png"))
        {
            var number = Path.GetFileName(path)[prefix.Length..^".png".Length];
            if (number.All(char.IsAsciiDigit) && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > pageCount)
            {
                File.Delete(path);
            }
        }
    }
}
