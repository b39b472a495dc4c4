using Csto.Testing;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>The shared benchmark input: <c>shared/bench</c> beside the checkout, or beside a folder above it (worktrees).</summary>
internal static class BenchInput
{
    /// <summary>The path of <c>report.md</c>, the ~130-page synthetic report.</summary>
    public static string ReportPath
    {
        get
        {
            for (var dir = new DirectoryInfo(RepositoryPaths.Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "bench", "report.md");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            throw new FileNotFoundException($"No shared/bench/report.md beside {RepositoryPaths.Root} or any folder above it.");
        }
    }
}
