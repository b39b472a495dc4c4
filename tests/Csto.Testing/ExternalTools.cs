using Xunit;

namespace Csto.Testing;

/// <summary>
/// The command-line programs some tests run to see our files as other programs do: poppler's <c>pdftotext</c>,
/// <c>pdffonts</c>, <c>pdfinfo</c>, <c>pdftoppm</c>, <c>qpdf</c> and LibreOffice's <c>soffice</c>. Found on
/// <c>PATH</c> only, so a test run with these programs off the <c>PATH</c> behaves as on a machine without them.
/// </summary>
public static class ExternalTools
{
    /// <summary>The Debian packages that provide the tools, in one install line (also in the README).</summary>
    public const string DebianInstall = "sudo apt-get install poppler-utils qpdf libreoffice-writer-nogui";

    /// <summary>Whether <c>CI</c> is <c>true</c>: then a missing tool fails its tests instead of skipping them.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>The full path of <paramref name="tool"/> on <c>PATH</c>, or <see langword="null"/>.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// The reason to skip a test that needs <paramref name="tools"/>: null when all are on <c>PATH</c> or when
    /// <c>CI</c> is <c>true</c> (the test then runs and fails on the missing tool).
    /// </summary>
    public static string? SkipReason(IEnumerable<string> tools)
    {
        var missing = tools.Where(tool => Find(tool) is null).ToList();
        return missing.Count == 0 || InCi
            ? null
            : $"Needs {string.Join(", ", missing)} on PATH, which is missing here (Debian: {DebianInstall}); with CI=true the test fails instead.";
    }
}

/// <summary>
/// A fact that needs external tools (see <see cref="ExternalTools"/>): skipped with the reason when one is missing,
/// unless <c>CI</c> is <c>true</c>, where a missing tool fails the test instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    /// <summary>A fact that needs every program of <paramref name="tools"/>.</summary>
    public ToolFactAttribute(params string[] tools) => Skip = ExternalTools.SkipReason(tools);
}

/// <summary>A theory that needs external tools, skipped like <see cref="ToolFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    /// <summary>A theory that needs every program of <paramref name="tools"/>.</summary>
    public ToolTheoryAttribute(params string[] tools) => Skip = ExternalTools.SkipReason(tools);
}
