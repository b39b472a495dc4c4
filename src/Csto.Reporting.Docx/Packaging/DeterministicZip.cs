using System.IO.Compression;

namespace Csto.Reporting.Docx.Packaging;

/// <summary>
/// Rewrites a package so that it depends only on its content: every entry gets the same fixed timestamp
/// (System.IO.Packaging stamps entries with the current time), [Content_Types].xml and the package
/// relationships come first and the other entries keep the order in which the parts were created.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The timestamp of every entry: 1980-01-01 00:00, the earliest a zip can hold.</summary>
    public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the package in <paramref name="source"/> to <paramref name="destination"/>.</summary>
    public static void Rewrite(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var entries = input.Entries
            .Select((entry, index) => (entry, index))
            .OrderBy(e => Rank(e.entry.FullName))
            .ThenBy(e => e.index)
            .Select(e => e.entry);
        foreach (var entry in entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Timestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
