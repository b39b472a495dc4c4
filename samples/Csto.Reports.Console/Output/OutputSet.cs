using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Csto.Reports.Console.Output;

/// <summary>
/// The files one input renders to, committed together or not at all. Every file is first written to a private
/// staging folder beside the outputs (<c>DIR/.NAME.PID.ID.tmp/</c>, same file system, so the final moves are
/// renames); only when every format is complete are the files moved into place, so a failed or cancelled render
/// replaces nothing. PNG pages are a set described by <c>NAME.pages.txt</c> (one line per page: its file name and
/// SHA-256). The other formats (PDF, DOCX) are moved into place first, so a failure there leaves an earlier page set
/// whole. Committing a page set then removes the earlier set's manifest and then all its pages, moves the new
/// pages in (page 1 first) and writes the manifest last. So a reader never sees pages of two renders mixed: at any
/// moment, even after a kill, the pages on disk are the earlier set or a first part of the new one; and a set is
/// complete exactly when its manifest exists and matches the pages (<see cref="CheckPageSet"/>, which
/// <c>csto-reports check-pages</c> runs).
/// Staging folders of processes that no longer run are removed when the same outputs are written again.
/// </summary>
internal sealed class OutputSet : IDisposable
{
    /// <summary>The manifest of a PNG page set, under the output folder.</summary>
    public const string ManifestSuffix = ".pages.txt";

    /// <summary>The first line of a manifest.</summary>
    public const string ManifestHeader = "# csto-reports PNG page set; complete when every page below exists with this SHA-256";

    private readonly string folder;
    private readonly string name;
    private readonly string staging;
    private readonly Func<string, Stream> createFile;
    private readonly List<string> staged = [];
    private int? pageCount;

    private OutputSet(string folder, string name, string staging, Func<string, Stream> createFile)
    {
        this.folder = folder;
        this.name = name;
        this.staging = staging;
        this.createFile = path => new OutputFileStream(createFile(path));
    }

    /// <summary>
    /// A staged file as its writers see it: every failure of the file system while it is written, flushed or closed
    /// comes out as an <see cref="IOException"/>, which the output set reports as an output error naming the file.
    /// .NET reports some errors of the file system otherwise: EFBIG (the file size limit, <c>ulimit -f</c>) as an
    /// <see cref="ArgumentOutOfRangeException"/>; that becomes an <see cref="IOException"/> with the errno (27).
    /// </summary>
    private sealed class OutputFileStream(Stream inner) : Stream
    {
        private const int FileTooLarge = 27;

        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => Io(inner.Flush);

        public override Task FlushAsync(CancellationToken cancellationToken) => IoAsync(() => inner.FlushAsync(cancellationToken));

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin)
        {
            var position = 0L;
            Io(() => position = inner.Seek(offset, origin));
            return position;
        }

        public override void SetLength(long value) => Io(() => inner.SetLength(value));

        public override void Write(byte[] buffer, int offset, int count) => Io(() => inner.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw TooLarge(e);
            }
        }

        public override void WriteByte(byte value) => Io(() => inner.WriteByte(value));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            IoAsync(() => inner.WriteAsync(buffer, offset, count, cancellationToken));

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.WriteAsync(buffer, cancellationToken);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw TooLarge(e);
            }
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (disposing)
                {
                    Io(inner.Dispose);
                }
            }
            finally
            {
                base.Dispose(disposing);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw TooLarge(e);
            }
            finally
            {
                await base.DisposeAsync();
            }
        }

        private static void Io(Action action)
        {
            try
            {
                action();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw TooLarge(e);
            }
        }

        private static async Task IoAsync(Func<Task> action)
        {
            try
            {
                await action();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw TooLarge(e);
            }
        }

        // The arguments are the writer's own (offsets within its buffer), checked before any byte is written; an
        // ArgumentOutOfRangeException from the file itself is the file system refusing the size (EFBIG).
        private static IOException TooLarge(ArgumentOutOfRangeException e) => new(e.Message, e) { HResult = FileTooLarge };
    }

    /// <summary>The paths the committed files have, in the order they were staged (empty before the commit).</summary>
    public IReadOnlyList<string> Committed { get; private set; } = [];

    /// <summary>Starts the outputs of input <paramref name="name"/> in <paramref name="folder"/>, removing stale staging folders of that input.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="name">The input's name, which the files take.</param>
    /// <param name="createFile">Creates a staged file at a path (a new <see cref="FileStream"/> by default; tests pass a failing one).</param>
    /// <exception cref="OutputException">The folder cannot be created or written.</exception>
    public static OutputSet Begin(string folder, string name, Func<string, Stream>? createFile = null)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new OutputException(folder, "it is a file, not a folder", []);
        }
        Guard(folder, () => Directory.CreateDirectory(full));
        RemoveStale(folder, name);
        var staging = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        Guard(folder, () => Directory.CreateDirectory(staging));
        return new OutputSet(folder, name, staging, createFile ?? CreateFile);
    }

    /// <summary>The file name of PNG page <paramref name="page"/> (from 1).</summary>
    public static string PageName(string name, int page) => string.Create(CultureInfo.InvariantCulture, $"{name}.p{page:000}.png");

    /// <summary>Stages one file, <c>NAME.EXTENSION</c>, written by <paramref name="write"/>.</summary>
    /// <exception cref="OutputException">The file cannot be written (full disk, permissions).</exception>
    public async Task WriteAsync(string extension, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var fileName = $"{name}.{extension}";
        await GuardAsync(() => Path.Combine(folder, fileName), async () =>
        {
            await using var stream = createFile(Path.Combine(staging, fileName));
            await write(stream, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        });
        staged.Add(fileName);
    }

    /// <summary>Stages the PNG pages <paramref name="render"/> writes, one open file at a time; it returns the page count.</summary>
    /// <exception cref="OutputException">A page cannot be written (full disk, permissions).</exception>
    public async Task WritePagesAsync(Func<Func<int, Stream>, CancellationToken, Task<int>> render, CancellationToken cancellationToken)
    {
        Stream? open = null;
        var current = 0;
        try
        {
            await GuardAsync(() => Path.Combine(folder, PageName(name, Math.Max(1, current))), async () =>
            {
                pageCount = await render(page =>
                {
                    Close(ref open);
                    current = page;
                    open = createFile(Path.Combine(staging, PageName(name, page)));
                    return open;
                }, cancellationToken);
                Close(ref open);
            });
        }
        finally
        {
            // After a failure the open page is abandoned in the staging folder. Closing it flushes its buffer again,
            // which fails again on a full disk: that must not replace the failure already reported.
            try
            {
                open?.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported above; the staging folder goes with Dispose.
            }
        }
    }

    /// <summary>Closes the page being written (its last bytes are flushed here, so a full disk fails here, for that page).</summary>
    private static void Close(ref Stream? open)
    {
        var closing = open;
        open = null;
        closing?.Dispose();
    }

    private static FileStream CreateFile(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);

    /// <summary>
    /// Moves every staged file into place and returns their paths; PNG pages beyond the new page count are removed
    /// and the page set's manifest is written last.
    /// </summary>
    /// <exception cref="OutputException">
    /// A move, a removal or the manifest failed; the exception lists what was written and what was not
    /// (<see cref="OutputException.NotWritten"/>, the manifest among them when the page set was left without one).
    /// </exception>
    public IReadOnlyList<string> Commit()
    {
        var written = new List<string>();
        var manifest = Path.Combine(folder, name + ManifestSuffix);
        var pending = staged.Select(f => Path.Combine(folder, f))
            .Concat(Enumerable.Range(1, pageCount ?? 0).Select(p => Path.Combine(folder, PageName(name, p))))
            .Concat(pageCount is null ? [] : [manifest])
            .ToList();
        // The other formats move first: if one of them fails, the earlier page set is still whole.
        foreach (var target in pending.Take(staged.Count))
        {
            Committing(target, () => File.Move(Path.Combine(staging, Path.GetFileName(target)), target, overwrite: true));
            written.Add(target);
        }
        if (pageCount is not null)
        {
            Committing(manifest, () => File.Delete(manifest));
            Committing(folder, RemovePages);
        }
        foreach (var target in pending.Skip(staged.Count).Where(t => t != manifest))
        {
            Committing(target, () => File.Move(Path.Combine(staging, Path.GetFileName(target)), target, overwrite: true));
            written.Add(target);
        }
        if (pageCount is { } count)
        {
            Committing(manifest, () => WriteManifest(manifest, written.TakeLast(count)));
            written.Add(manifest);
        }
        Committed = written;
        return written;

        void Committing(string path, Action action)
        {
            try
            {
                action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException(path, OutputException.CauseOf(e), [.. written], [.. pending.Except(written)]);
            }
        }
    }

    /// <summary>Reads a page set's manifest and checks it against the pages on disk: null when the set is complete, else what is wrong.</summary>
    public static string? CheckPageSet(string folder, string name)
    {
        var manifest = Path.Combine(folder, name + ManifestSuffix);
        if (!File.Exists(manifest))
        {
            // Without pages either, no render ever wrote this set (or the name is mistyped): not an interrupted one.
            return Directory.Exists(folder) && PageNumbers(folder, name).Any()
                ? $"{manifest}: missing; the page set is incomplete (a render was interrupted while replacing it)"
                : $"{Path.Combine(folder, name)}: no page set of that name exists (neither {manifest} nor any page {PageName(name, 1)}, …)";
        }
        try
        {
            var lines = File.ReadAllLines(manifest, Encoding.UTF8);
            if (lines is not [ManifestHeader, ..])
            {
                return $"{manifest}:1: not a page set's manifest (it does not start with «{ManifestHeader}»)";
            }
            var listed = lines.Skip(1).Select(l => l.Split(' ')).ToList();
            for (var i = 0; i < listed.Count; i++)
            {
                if (listed[i] is not [var file, var hash] || Path.GetFileName(file) != file)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{manifest}:{i + 2}: not «PAGE-FILE SHA-256»");
                }
                var page = Path.Combine(folder, file);
                if (!File.Exists(page) || Hash(page) != hash)
                {
                    return $"{page}: does not match {manifest}";
                }
            }
            var onDisk = PageNumbers(folder, name).Count();
            return onDisk == listed.Count ? null : $"{folder}: {onDisk} pages of {name} on disk, {listed.Count} in {manifest}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{manifest}: cannot be checked: {OutputException.CauseOf(e)}";
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run of the same outputs, which removes staging folders of dead processes.
        }
    }

    private void WriteManifest(string manifest, IEnumerable<string> pages)
    {
        var text = new StringBuilder(ManifestHeader).Append('\n');
        foreach (var page in pages)
        {
            text.Append(Path.GetFileName(page)).Append(' ').Append(Hash(page)).Append('\n');
        }
        var temporary = manifest + string.Create(CultureInfo.InvariantCulture, $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = createFile(temporary))
            {
                stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
            }
            File.Move(temporary, manifest, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private void RemovePages()
    {
        foreach (var (path, _) in PageNumbers(folder, name).ToList())
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<(string Path, int Page)> PageNumbers(string folder, string name)
    {
        var prefix = name + ".p";
        foreach (var path in Directory.EnumerateFiles(folder, prefix + "*.png"))
        {
            var number = Path.GetFileName(path)[prefix.Length..^".png".Length];
            if (number.All(char.IsAsciiDigit) && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                yield return (path, page);
            }
        }
    }

    /// <summary>
    /// Removes what killed runs left for these outputs: staging folders <c>.NAME.PID.ID.tmp</c> and temporary files
    /// <c>.NAME.EXT.PID.ID.tmp</c> (earlier versions), <c>NAME.pages.txt.PID.ID.tmp</c>, whose process no longer runs.
    /// </summary>
    private static void RemoveStale(string folder, string name)
    {
        var pattern = new Regex(
            $@"^(\.{Regex.Escape(name)}(\.[a-z]+|\.p[0-9]+\.png)?|{Regex.Escape(name + ManifestSuffix)})\.(?<pid>[0-9]+)\.[0-9a-f]{{32}}\.tmp$",
            RegexOptions.CultureInvariant);
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            var match = pattern.Match(Path.GetFileName(path));
            if (!match.Success || !int.TryParse(match.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run removed it first, or it is not ours to remove: leave it.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(path, OutputException.CauseOf(e), []);
        }
    }

    private static async Task GuardAsync(Func<string> path, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(path(), OutputException.CauseOf(e), []);
        }
    }
}
