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
            return Inputs.InputFiles.ReadAllBytes(full, Inputs.InputFiles.MaxPictureBytes);
        };
    }
}
