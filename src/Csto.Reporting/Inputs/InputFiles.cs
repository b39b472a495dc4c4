using System.Runtime.InteropServices;
using System.Text;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Reads the files an input names — data files, Markdown, pictures — only when they are regular files no larger than
/// the limit of their kind, so that a FIFO cannot hang a render and <c>/dev/zero</c> cannot fill memory. The file's
/// kind is read with <c>statx(2)</c> on Linux before the file is opened (opening a FIFO would block); elsewhere the
/// size limit still bounds what is read.
/// </summary>
internal static class InputFiles
{
    /// <summary>The largest data file or Markdown file read: 16 MiB (the ten-times bench report is 3.3 MiB).</summary>
    public const long MaxTextBytes = 16L << 20;

    /// <summary>The largest picture file read: 32 MiB.</summary>
    public const long MaxPictureBytes = 32L << 20;

    /// <summary>
    /// The most pixels a PNG or JPEG picture may have: 400 million (20 000 × 20 000). A picture with more than twice
    /// the pixels 300 DPI at its placed size needs is scaled down once when the document is read, one row at a time,
    /// so memory holds the smaller picture only; see <see cref="MaxWholePicturePixels"/> for the pictures that cannot
    /// be read by rows.
    /// </summary>
    public const long MaxPicturePixels = 400_000_000;

    /// <summary>
    /// The most pixels of a picture a decoder must hold whole to read (an interlaced PNG, a progressive JPEG): 50
    /// million (e.g. 8 660 × 5 773), which decoded at 4 bytes a pixel is 200 MB; an A4 page at 600 DPI needs 35 million.
    /// </summary>
    public const long MaxWholePicturePixels = 50_000_000;

    /// <summary>What keeps <paramref name="path"/> from being read as an input of at most <paramref name="maxBytes"/> bytes; null when nothing does.</summary>
    /// <param name="path">A path to a file.</param>
    /// <param name="maxBytes">The size limit of the file's kind, in bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static string? Problem(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return "it is a folder, not a file";
        }
        if (!File.Exists(path))
        {
            return "no such file";
        }
        if (KindOf(path) is { } kind and not FileKind.Regular)
        {
            return $"it is {Describe(kind)}, not a regular file; only regular files are read";
        }
        var length = new FileInfo(path).Length;
        return length > maxBytes ? TooLarge(length, maxBytes) : null;
    }

    /// <summary>Reads a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="IOException">The file is missing, is not a regular file, or is larger than the limit; the message says which.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        if (Problem(path, maxBytes) is { } problem)
        {
            throw new IOException(problem);
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadBounded(stream, maxBytes);
    }

    /// <summary>Reads a regular file of at most <paramref name="maxBytes"/> bytes without blocking a thread.</summary>
    /// <exception cref="IOException">The file is missing, is not a regular file, or is larger than the limit; the message says which.</exception>
    public static async Task<byte[]> ReadAllBytesAsync(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (Problem(path, maxBytes) is { } problem)
        {
            throw new IOException(problem);
        }
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
        var bytes = ArrayOfLength(stream, maxBytes);
        var filled = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (filled < bytes.Length)
        {
            return bytes[..filled];
        }
        var chunk = new byte[1 << 16];
        var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return bytes;
        }
        var grown = Grown(bytes, chunk, read, maxBytes);
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(grown, chunk, read, maxBytes);
        }
        return grown.ToArray();
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes into one array of the file's length, without the copies of a
    /// growing buffer (in a fresh process the bench report's 723 kB took 9–12 ms to read through a MemoryStream; the
    /// whole read, the file-kind check included, now takes about 5 ms; issue 13); a file growing while it is read goes
    /// on in chunks and past the limit is refused too.
    /// </summary>
    private static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        var bytes = ArrayOfLength(stream, maxBytes);
        var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (filled < bytes.Length)
        {
            return bytes[..filled];
        }
        var chunk = new byte[1 << 16];
        var read = stream.Read(chunk);
        if (read == 0)
        {
            return bytes;
        }
        var grown = Grown(bytes, chunk, read, maxBytes);
        while ((read = stream.Read(chunk)) > 0)
        {
            Append(grown, chunk, read, maxBytes);
        }
        return grown.ToArray();
    }

    /// <summary>An array of the stream's present length, not cleared (it is filled before anyone reads it).</summary>
    private static byte[] ArrayOfLength(Stream stream, long maxBytes)
    {
        var length = stream.Length;
        return length <= maxBytes ? GC.AllocateUninitializedArray<byte>((int)length) : throw new IOException(TooLarge(length, maxBytes));
    }

    /// <summary>A buffer of a file that grew after its length was read: what was read so far, and the first chunk past it.</summary>
    private static MemoryStream Grown(byte[] bytes, byte[] chunk, int read, long maxBytes)
    {
        var grown = new MemoryStream();
        grown.Write(bytes);
        Append(grown, chunk, read, maxBytes);
        return grown;
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, long maxBytes)
    {
        if (buffer.Length + read > maxBytes)
        {
            throw new IOException(TooLarge(buffer.Length + read, maxBytes));
        }
        buffer.Write(chunk, 0, read);
    }

    private static string TooLarge(long length, long maxBytes) =>
        FormattableString.Invariant($"it is larger ({length:N0} bytes or more) than the limit of {maxBytes:N0} bytes for this kind of file");

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>The kind of file at <paramref name="path"/> (links followed); null where it cannot be told.</summary>
    private static FileKind? KindOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        // struct statx is the same on every Linux architecture: stx_mode is the 16-bit field at offset 28.
        var buffer = new byte[256];
        var name = Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if (Statx(AtFdCwd, name, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);

    private enum FileKind
    {
        Regular,
        Directory,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
        Other,
    }
}
