namespace Csto.Reports.Console.Output;

/// <summary>An output file could not be written (exit code 1): the path, the cause, and which files of the input were written before.</summary>
/// <param name="path">The file or folder that could not be written.</param>
/// <param name="cause">Why, in the user's terms: «no space left on the device», «permission denied», …</param>
/// <param name="written">The files of the same input already moved into place (usually none: files are committed together).</param>
/// <param name="notWritten">
/// When the failure came while the files were moved into place: the files of the set not in place (a PNG page set's
/// manifest among them when the set was left without one). Null when it came before, and nothing was replaced.
/// </param>
internal sealed class OutputException(string path, string cause, IReadOnlyList<string> written, IReadOnlyList<string>? notWritten = null)
    : Exception($"{path}: cannot write: {cause}")
{
    /// <summary>
    /// The files of the set not in place after a failure while committing; null when the failure came before the
    /// commit (then no file of an earlier render was touched).
    /// </summary>
    public IReadOnlyList<string>? NotWritten { get; } = notWritten;

    /// <summary>The file or folder that could not be written.</summary>
    public string Path { get; } = path;

    /// <summary>The files of the input that were written before the failure.</summary>
    public IReadOnlyList<string> Written { get; } = written;

    /// <summary>The cause of an I/O failure in the user's terms (the errno on Unix, else the runtime's message).</summary>
    public static string CauseOf(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: 28 } => "no space left on the device",
        IOException { HResult: 30 } => "the file system is read-only",
        IOException { HResult: 20 } => "a part of the path is a file, not a folder",
        IOException { HResult: 21 } => "it is a folder",
        IOException { HResult: 27 } => "the file is too large for the file system",
        IOException { HResult: 122 } => "the disk quota is exceeded",
        _ => exception.Message,
    };
}
