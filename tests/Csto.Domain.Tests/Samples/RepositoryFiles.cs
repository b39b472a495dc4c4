namespace Csto.Domain.Tests.Samples;

/// <summary>Finds files of the repository by walking up from the test output folder to the folder holding Csto.Domain.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleData => Path.Combine(Root, "samples", "data");

    public static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(SampleData, "*.json").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Csto.Domain.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains Csto.Domain.sln.");
    }
}
