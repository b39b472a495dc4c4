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
        using var services = ConsoleServices.Create(null);
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
        using var services = ConsoleServices.Create(null);
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
