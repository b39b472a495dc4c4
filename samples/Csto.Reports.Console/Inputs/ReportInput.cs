using System.Reflection;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Inputs;

namespace Csto.Reports.Console.Inputs;

/// <summary>One input to render: a data file (JSON/YAML) or an analyst's Markdown file, on disk or bundled.</summary>
/// <param name="Name">The output base name (the file name without its extension).</param>
/// <param name="SourceName">The name shown in errors: the path as given, or <c>samples/NAME</c> for a bundled sample.</param>
/// <param name="ReadBytes">Reads the input's bytes, on the calling thread: an input is one local file or a bundled
/// resource, read once and then worked on (issue 13: an asynchronous read cost a fresh process 12 to 14 ms).</param>
internal sealed record ReportInput(string Name, string SourceName, Func<CancellationToken, byte[]> ReadBytes)
{
    /// <summary>True for Markdown (<c>.md</c>, <c>.markdown</c>); false for data files.</summary>
    public bool IsMarkdown => Path.GetExtension(SourceName) is ".md" or ".markdown";

    /// <summary>The folder of an input on disk (its pictures are found from there); null for a bundled sample.</summary>
    public string? Folder { get; init; }

    /// <summary>An input file on disk, read only if it is a regular file within the 16 MiB limit of a text input (<see cref="InputText.ReadBytes"/>).</summary>
    public static ReportInput FromFile(string path) =>
        new(Path.GetFileNameWithoutExtension(path), path, ct =>
        {
            ct.ThrowIfCancellationRequested();
            return InputText.ReadBytes(path);
        })
        {
            Folder = Path.GetDirectoryName(Path.GetFullPath(path)),
        };

    /// <summary>
    /// The inputs a command-line argument names: the file itself, or the data and Markdown files directly in a
    /// folder, in name order (a folder's README.md is documentation, not an input).
    /// </summary>
    public static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path)
                .Where(f => IsInput(f) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [path];

    /// <summary>Checks that a path can be an input: an existing data or Markdown file, or a folder holding some.</summary>
    public static string? Check(string path) =>
        Directory.Exists(path) ? (Expand(path).Any() ? null : $"{path}: a folder with no inputs; expected data files ({string.Join(", ", DataFileReader.Extensions)}) or Markdown (.md)")
        : !File.Exists(path) ? $"{path}: no such file"
        : IsInput(path) ? null
        : $"{path}: not an input; expected a data file ({string.Join(", ", DataFileReader.Extensions)}) or Markdown (.md)";

    private static bool IsInput(string path) => DataFileReader.IsDataFile(path) || Path.GetExtension(path) is ".md" or ".markdown";

    /// <summary>The samples bundled into the console, in name order.</summary>
    public static IReadOnlyList<ReportInput> BundledSamples()
    {
        var assembly = typeof(ReportInput).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Samples/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(resource => new ReportInput(
                Path.GetFileNameWithoutExtension(resource),
                "samples/data/" + resource["Samples/".Length..],
                _ => ReadResource(assembly, resource)))
            .ToList();
    }

    private static byte[] ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The bundled sample '{resource}' is missing from the console.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
