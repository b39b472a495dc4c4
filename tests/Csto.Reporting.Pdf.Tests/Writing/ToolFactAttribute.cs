namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>
/// A fact that needs command-line tools (qpdf, poppler's pdffonts/pdfinfo/pdftotext): skipped with the reason when
/// one is missing, unless <c>CI</c> is <c>true</c>, where a missing tool fails the test instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(tool => !OnPath(tool)).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"Needs {string.Join(", ", missing)} (install qpdf and poppler-utils).";
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));
}
