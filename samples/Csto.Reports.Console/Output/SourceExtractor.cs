using UglyToad.PdfPig;

namespace Csto.Reports.Console.Output;

/// <summary>
/// <c>csto-reports extract FILE.pdf [--out DIR]</c>: writes the files embedded in a PDF (the source a PDF was made
/// from with <c>--embed-source</c>) into a folder under their own names. All files are written to temporary files
/// first and renamed only when every one is complete, so nothing is written partially; a PDF without embedded files,
/// or one that cannot be read, is an error that writes nothing.
/// </summary>
internal static class SourceExtractor
{
    /// <summary>Extracts the embedded files of <paramref name="pdfPath"/> into <paramref name="folder"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string pdfPath, string folder, CancellationToken cancellationToken)
    {
        if (!File.Exists(pdfPath))
        {
            await System.Console.Error.WriteLineAsync($"{pdfPath}: no such file.");
            return ExitCodes.Usage;
        }
        List<(string Name, byte[] Bytes)> files;
        try
        {
            using var document = PdfDocument.Open(await File.ReadAllBytesAsync(pdfPath, cancellationToken));
            files = document.Advanced.TryGetEmbeddedFiles(out var embedded)
                ? embedded.Select(file => (SafeName(file.Name), file.Bytes.ToArray())).ToList()
                : [];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await System.Console.Error.WriteLineAsync($"{pdfPath}: not a readable PDF ({e.Message}).");
            return ExitCodes.InvalidInput;
        }
        if (files.Count == 0)
        {
            await System.Console.Error.WriteLineAsync($"{pdfPath}: the PDF embeds no source files (render with --embed-source).");
            return ExitCodes.InvalidInput;
        }
        var duplicate = files.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            await System.Console.Error.WriteLineAsync($"{pdfPath}: two embedded files are named '{duplicate.Key}'; nothing written.");
            return ExitCodes.InvalidInput;
        }
        Directory.CreateDirectory(folder);
        var temporary = new List<string>();
        try
        {
            foreach (var (name, bytes) in files)
            {
                var path = Path.Combine(folder, "." + name + ".extracting");
                temporary.Add(path);
                await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            }
            for (var i = 0; i < files.Count; i++)
            {
                File.Move(temporary[i], Path.Combine(folder, files[i].Name), overwrite: true);
                System.Console.WriteLine(Path.Combine(folder, files[i].Name));
            }
        }
        finally
        {
            foreach (var path in temporary.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
        return ExitCodes.Success;
    }

    // An embedded file's name is the PDF's to choose: keep only its last path segment, never «..».
    private static string SafeName(string name)
    {
        var last = name.Replace('\\', '/').Split('/').LastOrDefault(s => s.Length > 0 && s != "." && s != "..");
        return last is null || last.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? "source" : last;
    }
}
