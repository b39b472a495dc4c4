namespace Csto.Testing;

/// <summary>Paths into the repository checkout the tests run from, and into the shared folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<string> LazyShared = new(FindShared);

    /// <summary>The folder that holds Csto.Domain.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>samples/data: the sample data files.</summary>
    public static string SampleData => Path.Combine(Root, "samples", "data");

    /// <summary>templates: the report templates.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// The project's shared folder (benchmark input, seed texts): <c>shared/</c> beside the checkout, as CI has it,
    /// or beside a folder further up (a git worktree).
    /// </summary>
    public static string Shared => LazyShared.Value;

    /// <summary>shared/bench/report.md: the ~130-page synthetic Russian report of the benchmark.</summary>
    public static string BenchReport => Path.Combine(Shared, "bench", "report.md");

    /// <summary>shared/seed/csto-news-items.ru.txt: the original Russian news items of the CSTO.</summary>
    public static string SeedNewsItems => Path.Combine(Shared, "seed", "csto-news-items.ru.txt");

    /// <summary>The folder of one test project, <c>tests/NAME</c>.</summary>
    public static string TestProject(string name) => Path.Combine(Root, "tests", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Csto.Domain.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Csto.Domain.sln above {AppContext.BaseDirectory}: the tests must run from a checkout.");
    }

    private static string FindShared()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "bench", "report.md")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No shared/ folder (with bench/report.md) beside {Root} or any folder above it.");
    }
}
