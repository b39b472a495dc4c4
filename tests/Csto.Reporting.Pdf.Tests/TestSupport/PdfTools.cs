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

    /// <summary>The text pdftotext extracts (UTF-8), words joined across hyphenated line ends.</summary>
    public static string Text(byte[] pdf, params string[] options)
    {
        var (code, output) = Run("pdftotext", pdf, [.. options, "-enc", "UTF-8", "{file}", "-"]);
        code.Should().Be(0, output);
        return output;
    }

    /// <summary>The words of a text with hyphenated line ends joined («сло-\nво» → «слово»), dashes and hyphens dropped.</summary>
    public static List<string> Words(string text)
    {
        var tokens = text.Split([' ', '\n', '\r', '\f', '\t', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        var carry = string.Empty;
        foreach (var token in tokens)
        {
            if (token.Length > 1 && token.EndsWith('-'))
            {
                carry += token[..^1];
                continue;
            }
            words.Add(Normalize(carry + token));
            carry = string.Empty;
        }
        if (carry.Length > 0)
        {
            words.Add(Normalize(carry));
        }
        return words.Where(w => w.Length > 0).ToList();

        static string Normalize(string word) => word.Replace("-", string.Empty, StringComparison.Ordinal).Replace("\u00AD", string.Empty, StringComparison.Ordinal);
    }
}
