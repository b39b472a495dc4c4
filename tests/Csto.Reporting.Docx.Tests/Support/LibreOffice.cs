using System.Diagnostics;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>
/// Converts DOCX to PDF with headless LibreOffice (Debian's libreoffice-writer-nogui, in CI's apt list), with a
/// fresh profile and a font configuration that adds the project's bundled fonts (Liberation, PT), so that
/// Times New Roman resolves to its metric twin Liberation Serif even where no font package is installed.
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The soffice executable on PATH, or null when LibreOffice is not installed.</summary>
    public static string? Executable => ExternalTools.Find("soffice");

    /// <summary>Converts <paramref name="docx"/> and returns the PDF bytes; throws with LibreOffice's output when it fails.</summary>
    /// <param name="docx">The document.</param>
    /// <param name="name">A file name for it, without extension.</param>
    /// <param name="bundledFonts">Whether LibreOffice sees the bundled fonts; without them it has only the machine's and the document's embedded ones.</param>
    public static async Task<byte[]> ConvertToPdfAsync(byte[] docx, string name, bool bundledFonts = true) =>
        (await ConvertToPdfAsync([(name, docx)], bundledFonts))[name];

    /// <summary>
    /// Converts several documents in one LibreOffice start-up (which costs more than the conversions) and returns
    /// each PDF by its name; throws with LibreOffice's output when any conversion fails.
    /// </summary>
    /// <param name="documents">Each document's name (unique, usable as a file name) and DOCX bytes.</param>
    /// <param name="bundledFonts">Whether LibreOffice sees the bundled fonts.</param>
    public static async Task<IReadOnlyDictionary<string, byte[]>> ConvertToPdfAsync(IReadOnlyList<(string Name, byte[] Docx)> documents, bool bundledFonts = true)
    {
        var soffice = Executable ?? throw new InvalidOperationException(
            "LibreOffice (soffice) is not installed: run `apt-get install libreoffice-writer-nogui` (CI installs it from .ci/apt-packages).");
        var folder = Directory.CreateTempSubdirectory("csto-docx-lo-");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName,
            })
            {
                start.ArgumentList.Add(argument);
            }
            foreach (var (name, docx) in documents)
            {
                var input = Path.Combine(folder.FullName, name + ".docx");
                await File.WriteAllBytesAsync(input, docx);
                start.ArgumentList.Add(input);
            }
            start.Environment["FONTCONFIG_FILE"] = WriteFontConfig(folder.FullName, bundledFonts);
            start.Environment["HOME"] = folder.FullName;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var timeout = Timeout + TimeSpan.FromSeconds(10 * documents.Count);
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {documents.Count} document(s) within {timeout.TotalSeconds} s.");
            }
            var missing = documents.Select(d => d.Name).Where(n => !File.Exists(Path.Combine(folder.FullName, n + ".pdf"))).ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"soffice failed (exit {process.ExitCode}; no PDF for {string.Join(", ", missing)}):\n{await stdout}\n{await stderr}");
            }
            var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (name, _) in documents)
            {
                result[name] = await File.ReadAllBytesAsync(Path.Combine(folder.FullName, name + ".pdf"));
            }
            return result;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string WriteFontConfig(string folder, bool bundledFonts)
    {
        var fonts = Path.Combine(RepositoryPaths.Root, "src", "Csto.Reporting", "Resources", "Fonts");
        var path = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              {(bundledFonts ? $"<dir>{System.Security.SecurityElement.Escape(fonts)}</dir>" : string.Empty)}
              <cachedir>{System.Security.SecurityElement.Escape(Path.Combine(folder, "fontcache"))}</cachedir>
              <alias binding="same"><family>Times New Roman</family><accept><family>Liberation Serif</family></accept></alias>
              <alias binding="same"><family>Arial</family><accept><family>Liberation Sans</family></accept></alias>
            </fontconfig>
            """);
        return path;
    }
}
