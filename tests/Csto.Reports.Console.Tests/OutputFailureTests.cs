using System.Diagnostics;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Rendering;
using Csto.Reports.Console.Output;

namespace Csto.Reports.Console.Tests;

/// <summary>
/// A read-only output folder and a full disk: a precise error naming the path and the cause (exit 1), nothing
/// partial left, earlier files as they were (issue 15, outputs).
/// </summary>
public sealed class OutputFailureTests
{
    [Fact]
    public void A_read_only_output_folder_exits_1_naming_it_and_leaves_the_earlier_files()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("out"));
        File.WriteAllText(folder.File("out/wg-afghanistan-42.pdf"), "earlier render");
        using (ReadOnly(folder.File("out")))
        {
            var run = ConsoleRun.Run(folder.Path, "render", ConsoleRun.Sample, "--out", "out", "--quiet");

            run.ExitCode.Should().Be(1, run.Error);
            run.Error.Should().Contain("wg-afghanistan-42.json: out: cannot write: permission denied");
            run.Error.Should().Contain($"written: nothing; not written: {Path.Combine("out", "wg-afghanistan-42.pdf")}, {Path.Combine("out", "wg-afghanistan-42.docx")} (files of an earlier render keep their content)");
            run.Error.Should().NotContain("internal error").And.NotContain("   at ");
        }
        Directory.GetFileSystemEntries(folder.File("out")).Select(Path.GetFileName).Should().Equal(["wg-afghanistan-42.pdf"]);
        File.ReadAllText(folder.File("out/wg-afghanistan-42.pdf")).Should().Be("earlier render");
    }

    [Fact]
    public async Task A_full_disk_while_the_docx_is_written_names_the_file_and_replaces_nothing()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("wg.pdf"), "earlier pdf");
        File.WriteAllText(folder.File("wg.docx"), "earlier docx");
        var services = ConsoleServices.Create(null);
        var document = Document(services.Generator);

        var act = async () =>
        {
            using var set = OutputSet.Begin(folder.Path, "wg");
            await set.WriteAsync("pdf", (stream, ct) => services.Generator.RenderAsync(document, ReportFormat.Pdf, stream, null, ct), CancellationToken.None);
            await set.WriteAsync("docx", (stream, ct) => services.Generator.RenderAsync(document, ReportFormat.Docx, new FullDisk(stream, 4096), null, ct), CancellationToken.None);
            set.Commit();
        };

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        error.Message.Should().Be($"{Path.Combine(folder.Path, "wg.docx")}: cannot write: no space left on the device");
        error.Written.Should().BeEmpty("the PDF was only staged: the files of one input are committed together");
        Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["wg.pdf", "wg.docx"], "the staging folder is removed");
        File.ReadAllText(folder.File("wg.pdf")).Should().Be("earlier pdf");
        File.ReadAllText(folder.File("wg.docx")).Should().Be("earlier docx");
    }

    [Fact]
    public async Task A_full_disk_during_png_pages_names_the_page_keeps_the_earlier_page_set_whole_and_lists_what_was_not_written()
    {
        using var folder = new TempFolder();
        var services = ConsoleServices.Create(null);
        var report = Path.Combine(Csto.Testing.RepositoryPaths.SampleData, "secretary-general-report-2025.json");
        var document = services.Generator.BuildDocument(DataFileReader.Read(File.ReadAllText(report), "report.json"));
        using (var earlier = OutputSet.Begin(folder.Path, "wg"))
        {
            await earlier.WritePagesAsync((open, ct) => Task.FromResult(services.Generator.RenderPages(document, open, null, ct)), CancellationToken.None);
            earlier.Commit();
        }
        var before = Directory.GetFiles(folder.Path).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
        before.Keys.Count(f => f.EndsWith(".png", StringComparison.Ordinal)).Should().BeGreaterThan(1, "the Secretary General's report has pages after the first");

        var act = async () =>
        {
            using var set = OutputSet.Begin(folder.Path, "wg");
            await set.WriteAsync("pdf", (stream, ct) => services.Generator.RenderAsync(document, ReportFormat.Pdf, stream, null, ct), CancellationToken.None);
            await set.WritePagesAsync((open, ct) => Task.FromResult(services.Generator.RenderPages(document,
                page => page < 2 ? open(page) : new FullDisk(open(page), 1000), null, ct)), CancellationToken.None);
            set.Commit();
        };

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        error.Message.Should().Be($"{Path.Combine(folder.Path, "wg.p002.png")}: cannot write: no space left on the device");
        error.Written.Should().BeEmpty("the PDF and page 1 were only staged: the files of one input are committed together");
        ReportWriter.NotWritten("wg", folder.Path, [ReportFormat.Pdf, ReportFormat.Png], error.Written)
            .Should().Equal(Path.Combine(folder.Path, "wg.pdf"), Path.Combine(folder.Path, "wg.p*.png"));
        Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(before.Keys, "the staging folder is removed");
        foreach (var (file, bytes) in before)
        {
            File.ReadAllBytes(folder.File(file)).Should().Equal(bytes, $"{file} of the earlier set stays as it was");
        }
        OutputSet.CheckPageSet(folder.Path, "wg").Should().BeNull("the earlier page set is still complete");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_full_disk_found_when_a_png_page_is_flushed_or_closed_is_the_same_output_error(bool failOnWrite)
    {
        using var folder = new TempFolder();
        var services = ConsoleServices.Create(null);
        var document = SecretaryGeneralReport(services.Generator);

        var act = async () =>
        {
            // Page 2's bytes stay in its buffer: the disk is found full when the page is closed (the next page opens),
            // or already while it is written and then again when the abandoned page is closed.
            using var set = OutputSet.Begin(folder.Path, "wg", path => path.EndsWith("wg.p002.png", StringComparison.Ordinal)
                ? new FullOnFlush(new FileStream(path, FileMode.CreateNew), failOnWrite)
                : new FileStream(path, FileMode.CreateNew));
            await set.WritePagesAsync((open, ct) => Task.FromResult(services.Generator.RenderPages(document, open, null, ct)), CancellationToken.None);
            set.Commit();
        };

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        error.Message.Should().Be($"{Path.Combine(folder.Path, "wg.p002.png")}: cannot write: no space left on the device");
        error.Written.Should().BeEmpty();
        error.NotWritten.Should().BeNull("the failure came before the commit");
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty("the staging folder is removed");
    }

    [Fact]
    public void A_file_size_limit_while_png_pages_are_staged_is_an_output_error_naming_the_page_and_what_was_not_written()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // ulimit is a Unix shell's; the conversion itself is tested below on every system.
        }
        using var folder = new TempFolder();
        var note = Path.Combine(Csto.Testing.RepositoryPaths.SampleData, "analyst-note-eurasian-security.md");
        var dll = Path.Combine(AppContext.BaseDirectory, "csto-reports.dll");
        // Writes past 60 KiB fail with EFBIG (SIGXFSZ ignored), which .NET reports as an ArgumentOutOfRangeException.
        // W^X off: with it the runtime maps its code through a file, which the limit stops before the console starts.
        var start = new ProcessStartInfo("bash", ["-c", "trap '' XFSZ; ulimit -f 60; exec dotnet \"$0\" render \"$1\" -o out -f pdf,png --dpi 40 --quiet", dll, note])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_EnableWriteXorExecute"] = "0" },
        };
        using var process = Process.Start(start)!;
        var run = ConsoleRun.Wait(process, "render");

        run.ExitCode.Should().Be(1, run.Error);
        var page = Path.Combine("out", "analyst-note-eurasian-security.p002.png");
        run.Error.Should().Contain($"{note}: {page}: cannot write: the file is too large for the file system");
        run.Error.Should().Contain($"{note}: written: nothing; not written: {Path.Combine("out", "analyst-note-eurasian-security.pdf")}, {Path.Combine("out", "analyst-note-eurasian-security.p*.png")}");
        run.Error.Should().NotContain("internal error");
        Directory.GetFileSystemEntries(folder.File("out")).Should().BeEmpty("nothing is committed and the staging folder is removed");
    }

    [Fact]
    public async Task A_file_system_error_dotnet_reports_as_an_argument_error_is_an_output_error_too()
    {
        using var folder = new TempFolder();

        var act = async () =>
        {
            using var set = OutputSet.Begin(folder.Path, "wg", path => path.EndsWith("wg.p002.png", StringComparison.Ordinal)
                ? new TooLarge(new FileStream(path, FileMode.CreateNew))
                : new FileStream(path, FileMode.CreateNew));
            await set.WritePagesAsync((open, ct) =>
            {
                for (var page = 1; page <= 3; page++)
                {
                    open(page).Write(System.Text.Encoding.UTF8.GetBytes($"page {page}"));
                }
                return Task.FromResult(3);
            }, CancellationToken.None);
            set.Commit();
        };

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        error.Message.Should().Be($"{Path.Combine(folder.Path, "wg.p002.png")}: cannot write: the file is too large for the file system");
        error.Written.Should().BeEmpty();
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty("the staging folder is removed");
    }

    [Fact]
    public async Task A_full_disk_while_the_page_manifest_is_written_lists_it_as_not_written_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var services = ConsoleServices.Create(null);
        var document = SecretaryGeneralReport(services.Generator);
        File.WriteAllText(folder.File("wg.pdf"), "earlier pdf");
        File.WriteAllText(folder.File("wg.p001.png"), "earlier page");
        File.WriteAllText(folder.File("wg.pages.txt"), OutputSet.ManifestHeader + "\n");
        var pages = 0;

        var act = async () =>
        {
            using var set = OutputSet.Begin(folder.Path, "wg", path => path.Contains(".pages.txt.", StringComparison.Ordinal)
                ? new FullOnFlush(new FileStream(path, FileMode.CreateNew), failOnWrite: true)
                : new FileStream(path, FileMode.CreateNew));
            await set.WriteAsync("pdf", (stream, ct) => services.Generator.RenderAsync(document, ReportFormat.Pdf, stream, null, ct), CancellationToken.None);
            await set.WritePagesAsync(async (open, ct) => pages = await Task.FromResult(services.Generator.RenderPages(document, open, null, ct)), CancellationToken.None);
            set.Commit();
        };

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        var manifest = Path.Combine(folder.Path, "wg.pages.txt");
        var pageFiles = Enumerable.Range(1, pages).Select(p => Path.Combine(folder.Path, OutputSet.PageName("wg", p))).ToList();
        pages.Should().BeGreaterThan(1);
        error.Message.Should().Be($"{manifest}: cannot write: no space left on the device");
        error.Written.Should().Equal([Path.Combine(folder.Path, "wg.pdf"), .. pageFiles]);
        error.NotWritten.Should().Equal(manifest);
        ReportWriter.Outcome(error, "wg", folder.Path, [ReportFormat.Pdf, ReportFormat.Png]).Should().Be(
            $"written: {string.Join(", ", error.Written)}; not written: {manifest}; the PNG pages of an earlier render were removed before the new ones moved in, and without {manifest} the page set is incomplete (render again to repair it)");
        Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(
            ["wg.pdf", .. pageFiles.Select(Path.GetFileName)], "no temporary manifest and no staging folder are left");
        File.ReadAllText(folder.File("wg.pdf")).Should().NotBe("earlier pdf", "the PDF was replaced, as the outcome says");
        OutputSet.CheckPageSet(folder.Path, "wg").Should().Be($"{manifest}: missing; the page set is incomplete (a render was interrupted while replacing it)");
    }

    [Fact]
    public async Task A_format_that_cannot_be_moved_in_leaves_the_earlier_png_page_set_whole()
    {
        // Issue 16 review: a render failing for its PDF removed the earlier, complete PNG pages first.
        using var folder = new TempFolder();
        await Commit(folder.Path, "earlier", 3);
        Directory.CreateDirectory(folder.File("wg.pdf"));

        var act = async () =>
        {
            using var set = OutputSet.Begin(folder.Path, "wg");
            await set.WriteAsync("pdf", (stream, ct) => stream.WriteAsync("new pdf"u8.ToArray(), ct).AsTask(), CancellationToken.None);
            await set.WritePagesAsync((open, ct) =>
            {
                open(1).Write("new page 1"u8);
                return Task.FromResult(1);
            }, CancellationToken.None);
            set.Commit();
        };

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        var manifest = Path.Combine(folder.Path, "wg.pages.txt");
        error.Message.Should().StartWith($"{folder.File("wg.pdf")}: cannot write: ");
        error.Written.Should().BeEmpty();
        OutputSet.CheckPageSet(folder.Path, "wg").Should().BeNull("the earlier set of three pages is still complete");
        Enumerable.Range(1, 3).Select(p => File.ReadAllText(folder.File(OutputSet.PageName("wg", p))))
            .Should().Equal("earlier page 1", "earlier page 2", "earlier page 3");
        ReportWriter.Outcome(error, "wg", folder.Path, [ReportFormat.Pdf, ReportFormat.Png]).Should().EndWith(
            $"; the PNG pages of an earlier render, if any, are untouched ({manifest} lists them)");
    }

    [Fact]
    public async Task A_commit_stopped_among_the_png_pages_leaves_only_new_pages_never_a_mix_with_the_earlier_set()
    {
        using var folder = new TempFolder();
        await Commit(folder.Path, "earlier", 4);
        // Page 2's place is taken by a folder, so the new set's commit stops there as a kill would (after page 1).
        File.Delete(folder.File("wg.p002.png"));
        Directory.CreateDirectory(folder.File("wg.p002.png"));

        var act = () => Commit(folder.Path, "new", 3);

        var error = (await act.Should().ThrowAsync<OutputException>()).Which;
        var manifest = Path.Combine(folder.Path, "wg.pages.txt");
        error.Message.Should().StartWith($"{Path.Combine(folder.Path, "wg.p002.png")}: cannot write: ");
        error.Written.Should().Equal(Path.Combine(folder.Path, "wg.p001.png"));
        error.NotWritten.Should().Equal(Path.Combine(folder.Path, "wg.p002.png"), Path.Combine(folder.Path, "wg.p003.png"), manifest);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Should().Equal(["wg.p001.png"], "the earlier pages 3 and 4 were removed before the new pages moved in");
        File.ReadAllText(folder.File("wg.p001.png")).Should().Be("new page 1");
        OutputSet.CheckPageSet(folder.Path, "wg").Should().Be($"{manifest}: missing; the page set is incomplete (a render was interrupted while replacing it)");
        ReportWriter.Outcome(error, "wg", folder.Path, [ReportFormat.Png]).Should().Be(
            $"written: {error.Written[0]}; not written: {string.Join(", ", error.NotWritten!)}; the PNG pages of an earlier render were removed before the new ones moved in, and without {manifest} the page set is incomplete (render again to repair it)");
    }

    [Fact]
    public async Task Check_pages_exits_0_for_a_complete_set_and_1_naming_what_is_wrong()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("out"));
        await Commit(folder.File("out"), "set", 2);
        var set = Path.Combine("out", "wg");

        var complete = ConsoleRun.Run(folder.Path, "check-pages", set);
        File.WriteAllText(folder.File("out/wg.p002.png"), "changed");
        var changed = ConsoleRun.Run(folder.Path, "check-pages", set);
        File.Delete(folder.File("out/wg.pages.txt"));
        var missing = ConsoleRun.Run(folder.Path, "check-pages", set);

        complete.ExitCode.Should().Be(0, complete.Error);
        complete.Output.Trim().Should().Be($"{set}: complete");
        changed.ExitCode.Should().Be(1);
        changed.Error.Trim().Should().Be($"{Path.Combine("out", "wg.p002.png")}: does not match {Path.Combine("out", "wg.pages.txt")}");
        var never = ConsoleRun.Run(folder.Path, "check-pages", Path.Combine("out", "nosuch"));
        var noFolder = ConsoleRun.Run(folder.Path, "check-pages", Path.Combine("nowhere", "wg"));
        never.ExitCode.Should().Be(1);
        never.Error.Trim().Should().Be($"{Path.Combine("out", "nosuch")}: no page set of that name exists (neither {Path.Combine("out", "nosuch.pages.txt")} nor any page nosuch.p001.png, …)");
        noFolder.ExitCode.Should().Be(1);
        noFolder.Error.Trim().Should().Be($"{Path.Combine("nowhere", "wg")}: no page set of that name exists (neither {Path.Combine("nowhere", "wg.pages.txt")} nor any page wg.p001.png, …)");
        missing.ExitCode.Should().Be(1);
        missing.Error.Trim().Should().Be($"{Path.Combine("out", "wg.pages.txt")}: missing; the page set is incomplete (a render was interrupted while replacing it)");
    }

    /// <summary>Commits a PNG page set «wg» of <paramref name="pages"/> pages whose bytes are «<paramref name="label"/> page N».</summary>
    private static async Task Commit(string folder, string label, int pages)
    {
        using var set = OutputSet.Begin(folder, "wg");
        await set.WritePagesAsync((open, ct) =>
        {
            for (var page = 1; page <= pages; page++)
            {
                open(page).Write(System.Text.Encoding.UTF8.GetBytes($"{label} page {page}"));
            }
            return Task.FromResult(pages);
        }, CancellationToken.None);
        set.Commit();
    }

    private static Reporting.Documents.ReportDocument SecretaryGeneralReport(ReportGenerator generator) =>
        generator.BuildDocument(DataFileReader.Read(
            File.ReadAllText(Path.Combine(Csto.Testing.RepositoryPaths.SampleData, "secretary-general-report-2025.json")), "report.json"));

    private static Reporting.Documents.ReportDocument Document(ReportGenerator generator) =>
        generator.BuildDocument(DataFileReader.Read(File.ReadAllText(ConsoleRun.Sample), "wg.json"));

    /// <summary>Makes a folder read-only for this process: chmod for a normal user, the immutable flag for root (whom modes do not stop).</summary>
    private static Undo ReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The read-only folder test uses Unix file modes.");
        }
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return new Undo(() =>
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            });
        }
        Chattr("+i", path);
        return new Undo(() => Chattr("-i", path));
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0, "root needs chattr (e2fsprogs) to make a folder read-only: " + process.StandardError.ReadToEnd());
    }

    private sealed class Undo(Action action) : IDisposable
    {
        public void Dispose() => action();
    }

    /// <summary>
    /// A file on a full disk whose writes land in a buffer (or, with <paramref name="failOnWrite"/>, fail at once): the
    /// failure shows when the buffer is flushed, as it does for a buffered <see cref="FileStream"/> — on every flush and
    /// every close.
    /// </summary>
    private sealed class FullOnFlush(FileStream inner, bool failOnWrite) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new IOException("No space left on device", 28);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (failOnWrite)
            {
                throw new IOException("No space left on device", 28);
            }
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (disposing)
                {
                    Flush();
                }
            }
            finally
            {
                inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }

    /// <summary>A file past the size limit (EFBIG): every write fails the way <see cref="FileStream"/> reports it on Linux.</summary>
    private sealed class TooLarge(FileStream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) =>
            throw new ArgumentOutOfRangeException(nameof(buffer), "Specified file length was too large for the file system.");

        protected override void Dispose(bool disposing)
        {
            inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>A file stream on a disk that fills up after <paramref name="room"/> bytes: writes then fail as Linux says ENOSPC.</summary>
    private sealed class FullDisk(Stream inner, long room) : Stream
    {
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            written += buffer.Length;
            if (written > room)
            {
                throw new IOException("No space left on device", 28);
            }
            inner.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
