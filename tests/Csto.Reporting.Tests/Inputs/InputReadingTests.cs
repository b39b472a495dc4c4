using Csto.Reporting.Diagnostics;
using Csto.Reporting.Inputs;

namespace Csto.Reporting.Tests.Inputs;

/// <summary>
/// Reading an input's bytes (<see cref="InputText.ReadBytes"/>, <see cref="InputText.ReadBytesAsync"/>): the whole file
/// into one array of its length, the same on both paths, and the same refusals.
/// </summary>
public sealed class InputReadingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("csto-input-reading-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(723_789)] // the bench report's size
    public async Task Both_paths_read_every_byte_of_a_file(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var path = Path.Combine(folder, "input.md");
        await File.WriteAllBytesAsync(path, bytes);

        InputText.ReadBytes(path).Should().Equal(bytes);
        (await InputText.ReadBytesAsync(path)).Should().Equal(bytes);
    }

    [Fact]
    public async Task Both_paths_refuse_a_missing_file_a_folder_and_a_file_over_the_limit_with_the_same_message()
    {
        var huge = Path.Combine(folder, "huge.md");
        using (var file = File.Create(huge))
        {
            file.SetLength((16L << 20) + 1);
        }
        foreach (var (path, message) in new[]
        {
            (Path.Combine(folder, "missing.md"), "cannot be read: no such file"),
            (folder, "cannot be read: it is a folder, not a file"),
            (huge, "cannot be read: it is larger (16,777,217 bytes or more) than the limit of 16,777,216 bytes"),
        })
        {
            var sync = FluentActions.Invoking(() => InputText.ReadBytes(path)).Should().Throw<ReportInputException>().Which;
            var async = (await FluentActions.Awaiting(() => InputText.ReadBytesAsync(path)).Should().ThrowAsync<ReportInputException>()).Which;
            sync.Problems.Should().ContainSingle().Which.ToString().Should().Contain(message);
            async.Problems.Select(p => p.ToString()).Should().Equal(sync.Problems.Select(p => p.ToString()));
        }
    }
}
