namespace Csto.Reports.Console.Output;

/// <summary>
/// Writes a file so that readers never see it half-written: the content goes to a temporary file in the same
/// folder, which replaces the target only when complete. A failed or cancelled write leaves the target as it was
/// (absent, or its previous content) and removes the temporary file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Writes several files as one unit (the PNG pages of a document): all go to temporary files first and are
    /// moved into place only when every one is complete. <paramref name="pathOf"/> names file n (from 1).
    /// Returns the paths written.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(Func<int, string> pathOf, Func<Func<int, Stream>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var temporaries = new Dictionary<int, string>();
        var streams = new List<Stream>();
        try
        {
            await write(index =>
            {
                var target = Path.GetFullPath(pathOf(index));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                temporaries[index] = temporary;
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                streams.Add(stream);
                return stream;
            }, cancellationToken);
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
            streams.Clear();
            var written = new List<string>();
            foreach (var (index, temporary) in temporaries.OrderBy(t => t.Key))
            {
                File.Move(temporary, pathOf(index), overwrite: true);
                written.Add(pathOf(index));
            }
            return written;
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
            foreach (var temporary in temporaries.Values.Where(File.Exists))
            {
                File.Delete(temporary);
            }
        }
    }
}
