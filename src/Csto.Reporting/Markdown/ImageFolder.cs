namespace Csto.Reporting.Markdown;

/// <summary>
/// Loads the pictures a Markdown file refers to from the file's own folder and the folders below it — never from
/// an absolute path or from above that folder, so that a Markdown file received from someone else cannot make a
/// server read arbitrary files.
/// </summary>
public static class ImageFolder
{
    /// <summary>An image loader for <see cref="MarkdownReadOptions.ImageLoader"/> rooted at <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder the image paths are relative to, usually the Markdown file's folder.</param>
    /// <returns>A loader that throws <see cref="ArgumentException"/> for a path that is absolute or leaves the folder,
    /// and <see cref="IOException"/> for a missing file, one that is not a regular file (a FIFO, a device) or one larger
    /// than <see cref="Inputs.InputFiles.MaxPictureBytes"/>; the reader reports both at the image's line.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null or empty.</exception>
    public static Func<string, ReadOnlyMemory<byte>> Loader(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return image =>
        {
            if (string.IsNullOrWhiteSpace(image) || Path.IsPathRooted(image) || image.Contains("://", StringComparison.Ordinal))
            {
                throw new ArgumentException("an image path must be relative to the Markdown file's folder, such as maps/region.png.");
            }
            var full = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(image)));
            if (!full.StartsWith(root, StringComparison.Ordinal))
            {
                throw new ArgumentException("an image path must stay inside the Markdown file's folder ('..' may not leave it).");
            }
            // The rule holds for the file that is read, not only for the path: a symbolic link (of the picture or
            // of a folder on the way) may point anywhere, so links are followed first and the target checked.
            var realRoot = Resolve(root);
            var real = Resolve(full);
            if (!real.StartsWith(realRoot, StringComparison.Ordinal))
            {
                throw new ArgumentException($"the picture is a symbolic link (or lies in a linked folder) that leads out of the Markdown file's folder, to {real}; copy the picture into the folder instead.");
            }
            return Inputs.InputFiles.ReadAllBytes(real, Inputs.InputFiles.MaxPictureBytes);
        };
    }

    /// <summary>
    /// The path with every symbolic link on it followed (like realpath(3)); a part that does not exist is kept as
    /// written. A folder path keeps its trailing separator.
    /// </summary>
    private static string Resolve(string path)
    {
        const int MaxLinks = 40; // as Linux's ELOOP limit
        var trailing = Path.EndsInDirectorySeparator(path);
        var parts = new Queue<string>(path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = Path.GetPathRoot(path) ?? string.Empty;
        for (var links = 0; parts.Count > 0;)
        {
            var next = Path.Combine(current, parts.Dequeue());
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException("too many levels of symbolic links");
                }
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.ToList();
                parts = new Queue<string>(resolved.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved) ?? string.Empty;
                continue;
            }
            current = next;
        }
        current = Path.GetFullPath(current);
        return trailing ? Path.TrimEndingDirectorySeparator(current) + Path.DirectorySeparatorChar : current;
    }
}
