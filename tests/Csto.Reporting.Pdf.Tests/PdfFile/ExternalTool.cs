using System.Diagnostics;
using System.Text;

namespace Csto.Reporting.Pdf.Tests.PdfFile;

/// <summary>Runs a command-line tool (qpdf, pdftotext) on a PDF written to a temporary file.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result RunOnPdf(byte[] pdf, string tool, params string[] argumentsBeforeFile) =>
        RunOnPdf(pdf, tool, argumentsBeforeFile, []);

    public static Result RunOnPdf(byte[] pdf, string tool, string[] argumentsBeforeFile, string[] argumentsAfterFile)
    {
        var path = Path.Combine(Path.GetTempPath(), $"csto-pdffile-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var argument in argumentsBeforeFile.Append(path).Concat(argumentsAfterFile))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Start(start);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                throw new TimeoutException($"'{tool}' did not finish within 60 s.");
            }
            return new Result(process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{start.FileName}'.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start '{start.FileName}'; install qpdf and poppler-utils to run these tests.", exception);
        }
    }

    /// <summary>Runs <c>qpdf --check</c> and returns its report.</summary>
    public static Result QpdfCheck(byte[] pdf) => RunOnPdf(pdf, "qpdf", "--check");

    /// <summary>Extracts the text of pages <paramref name="first"/>..<paramref name="last"/> (1-based) with pdftotext.</summary>
    public static string PdfToText(byte[] pdf, int first, int last)
    {
        var result = RunOnPdf(pdf, "pdftotext", ["-f", first.ToString(), "-l", last.ToString(), "-enc", "UTF-8"], ["-"]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed ({result.ExitCode}): {result.Error}");
        }
        return result.Output;
    }
}
