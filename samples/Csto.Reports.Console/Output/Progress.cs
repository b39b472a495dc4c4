using System.Globalization;

namespace Csto.Reports.Console.Output;

/// <summary>Reports progress on standard error, one line per finished input and a summary, unless quiet.</summary>
/// <param name="total">How many inputs there are.</param>
/// <param name="quiet">True to print nothing.</param>
internal sealed class Progress(int total, bool quiet)
{
    private readonly Lock gate = new();
    private int done;

    /// <summary>One input is finished.</summary>
    public void Finished(string source, IReadOnlyList<string> files, TimeSpan elapsed)
    {
        if (quiet)
        {
            return;
        }
        lock (gate)
        {
            done++;
            var shown = files.Count > 3 ? $"{string.Join(", ", files.Take(2))} … ({files.Count} files)" : string.Join(", ", files);
            System.Console.Error.WriteLine(FormattableString.Invariant($"[{done}/{total}] {source} → {shown} ({elapsed.TotalMilliseconds:0} ms)"));
        }
    }

    /// <summary>One input failed; its problems are printed by the caller.</summary>
    public void Failed(string source)
    {
        lock (gate)
        {
            done++;
            if (!quiet)
            {
                System.Console.Error.WriteLine($"[{done}/{total}] {source} failed");
            }
        }
    }

    /// <summary>The batch's last line: inputs, files written, failures, time.</summary>
    public void Summary(int inputs, int files, int failures, TimeSpan elapsed)
    {
        if (!quiet)
        {
            System.Console.Error.WriteLine(Line(inputs, files, failures, elapsed));
        }
    }

    /// <summary>The summary's text, e.g. <c>3 inputs, 6 files written, 1 failed, 2.4 s</c>.</summary>
    public static string Line(int inputs, int files, int failures, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{inputs} {(inputs == 1 ? "input" : "inputs")}, {files} {(files == 1 ? "file" : "files")} written, {failures} failed, {elapsed.TotalSeconds:0.0} s");
}
