using System.Diagnostics;
using System.Text;

namespace Csto.Reporting.Pdf.Tests.TestSupport;

/// <summary>Runs poppler and qpdf on a PDF, as other programs see our output.</summary>
internal static class PdfTools
{
    public static (int ExitCode, string Output) Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"csto-pdf-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{file}" ? path : argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                throw new TimeoutException($"{tool} did not finish within 60 s.");
            }
            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text pdftotext extracts (UTF-8); <see cref="Csto.Testing.WordGuard.Words"/> splits it into words.</summary>
    public static string Text(byte[] pdf, params string[] options)
    {
        var (code, output) = Run("pdftotext", pdf, [.. options, "-enc", "UTF-8", "{file}", "-"]);
        code.Should().Be(0, output);
        return output;
    }
}
