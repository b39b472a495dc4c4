using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Csto.Testing;

/// <summary>
/// Snapshot verification. Each check compares what a test produced with <c>NAME.verified.EXT</c> in the
/// <c>Snapshots/</c> folder of the calling test project. On a difference (or when no verified file exists) it
/// writes <c>NAME.received.EXT</c> beside it and fails with a short diff. On a developer's machine,
/// <c>CSTO_ACCEPT_SNAPSHOTS=1</c> accepts the received files as verified; under CI (<c>CI=true</c>) nothing is
/// ever accepted. Review every changed verified file before committing it.
/// </summary>
public static class Snapshot
{
    private const string AcceptVariable = "CSTO_ACCEPT_SNAPSHOTS";

    /// <summary>Whether received files become verified files (developer opt-in, never under CI).</summary>
    public static bool Accepting =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
        && Environment.GetEnvironmentVariable("CI") is not ("true" or "1");

    /// <summary>Verifies text (line endings normalised to \n).</summary>
    /// <param name="name">The snapshot's name, unique within the test project; may contain '/' for sub-folders.</param>
    /// <param name="actual">The produced text.</param>
    /// <param name="extension">The file extension, <c>txt</c> by default (<c>xml</c> for XML parts).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifyText(string name, string actual, string extension = "txt") =>
        VerifyText(Assembly.GetCallingAssembly(), name, actual, extension);

    /// <summary>
    /// Verifies page images: page <c>i</c> is compared with <c>NAME.p00i.verified.png</c> with a tolerance
    /// (anti-aliasing differences between machines), and the page count must match. Failing pages are named.
    /// </summary>
    /// <param name="name">The snapshot's name.</param>
    /// <param name="pngPages">The encoded PNG of each page, in order.</param>
    /// <param name="tolerance">How pixels may differ; <see cref="ImageTolerance.Default"/> when null.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifyPngPages(string name, IReadOnlyList<byte[]> pngPages, ImageTolerance? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(pngPages);
        var folder = SnapshotFolder(Assembly.GetCallingAssembly());
        tolerance ??= ImageTolerance.Default;
        var failures = new List<string>();
        for (var i = 0; i < pngPages.Count; i++)
        {
            var stem = Path.Combine(folder, $"{name}.p{i + 1:000}");
            var verified = stem + ".verified.png";
            var received = stem + ".received.png";
            var difference = File.Exists(verified)
                ? ImageComparer.Compare(File.ReadAllBytes(verified), pngPages[i], tolerance)
                : "no verified file";
            Settle(verified, received, pngPages[i], difference, failures, $"page {i + 1}");
        }
        // Verified pages beyond the produced ones mean the page count changed.
        for (var i = pngPages.Count; ; i++)
        {
            var extra = Path.Combine(folder, $"{name}.p{i + 1:000}.verified.png");
            if (!File.Exists(extra))
            {
                break;
            }
            if (Accepting)
            {
                File.Delete(extra);
            }
            else
            {
                failures.Add($"page {i + 1}: verified but no longer produced ({pngPages.Count} pages now)");
            }
        }
        if (failures.Count > 0)
        {
            throw new XunitException($"Snapshot '{name}' differs in {failures.Count} page(s):\n  " + string.Join("\n  ", failures)
                + $"\nReceived files are in {folder}. Review them; set {AcceptVariable}=1 locally to accept.");
        }
    }

    private static void VerifyText(Assembly caller, string name, string actual, string extension)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var folder = SnapshotFolder(caller);
        var stem = Path.Combine(folder, name);
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        actual = Normalise(actual);
        var difference = File.Exists(verified)
            ? TextDiff.Describe(Normalise(File.ReadAllText(verified)), actual)
            : "no verified file";
        var failures = new List<string>();
        Settle(verified, received, Encoding.UTF8.GetBytes(actual), difference, failures, name);
        if (failures.Count > 0)
        {
            throw new XunitException($"Snapshot '{name}' differs:\n{failures[0]}\nReceived: {received}\nReview it; set {AcceptVariable}=1 locally to accept.");
        }
    }

    /// <summary>Records a comparison: accepts, reports, and keeps or removes the received file.</summary>
    private static void Settle(string verified, string received, byte[] actual, string? difference, List<string> failures, string label)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (difference is null)
        {
            File.Delete(received);
            return;
        }
        if (Accepting)
        {
            File.WriteAllBytes(verified, actual);
            File.Delete(received);
            return;
        }
        File.WriteAllBytes(received, actual);
        failures.Add($"{label}: {difference}");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string SnapshotFolder(Assembly caller)
    {
        var project = caller.GetName().Name ?? throw new InvalidOperationException("The calling test assembly has no name.");
        var folder = Path.Combine(RepositoryPaths.TestProject(project), "Snapshots");
        if (!Directory.Exists(RepositoryPaths.TestProject(project)))
        {
            throw new InvalidOperationException($"No test project folder tests/{project} for assembly {project}.");
        }
        return folder;
    }
}
