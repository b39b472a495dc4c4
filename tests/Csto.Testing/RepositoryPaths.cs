namespace Csto.Testing;

/// <summary>Paths into the repository checkout the tests run from.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds Csto.Domain.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>samples/data: the sample data files.</summary>
    public static string SampleData => Path.Combine(Root, "samples", "data");

    /// <summary>templates: the report templates.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The shared benchmark input folder beside the checkout (../shared/bench).</summary>
    public static string SharedBench => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench"));

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
}
