namespace Csto.Reports.Console.Output;

/// <summary>Reports progress on standard error, one line per finished input, unless quiet.</summary>
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
}
