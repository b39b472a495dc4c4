using System.Globalization;
using System.Text;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Checks the characters of an input (a data file, a Markdown file, a template) when it is read, so that no writer
/// ever meets a character the author cannot see: the file must be UTF-8 (a UTF-8 byte order mark is allowed, UTF-16
/// is not), and its text may not hold control characters other than tab and line ends, Unicode noncharacters
/// (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their kin in every plane), lone surrogates, the line and paragraph
/// separators U+2028/U+2029, or the bidirectional controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: the PDF
/// layout sets text left to right and would drop them, while Word would obey them and reorder the text, so the two
/// formats would differ; right-to-left text is not supported yet). Every such character is reported at once, at its line and column (columns count
/// characters, a character outside the BMP as one); past <see cref="MaxListed"/> of one kind (a binary file, a
/// UTF-16 file without a byte order mark) one more problem counts the rest.
/// </summary>
public static class InputText
{
    /// <summary>
    /// How many invalid byte sequences, and how many forbidden characters, are listed one by one; a further problem,
    /// at the first one not listed, gives the count of the rest.
    /// </summary>
    public const int MaxListed = 20;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a file as UTF-8 and checks its characters. Only a regular file of at most 16 MiB is read (a named pipe,
    /// a device or a larger file is refused before it is read, so that none can hang or exhaust the process).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The text, without a byte order mark.</returns>
    /// <exception cref="ReportInputException">The file cannot be read, is not UTF-8, or holds characters that text may not hold.</exception>
    public static async Task<string> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        Decode(await ReadBytesAsync(path, cancellationToken).ConfigureAwait(false), path);

    /// <summary>
    /// Reads the bytes of a text input, only from a regular file of at most 16 MiB (a named pipe, a device or a larger
    /// file is refused before it is read), for <see cref="Generation.ReportGenerator.BuildInputDocument"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ReportInputException">The file cannot be read.</exception>
    public static async Task<byte[]> ReadBytesAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return await InputFiles.ReadAllBytesAsync(path, InputFiles.MaxTextBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, e);
        }
    }

    /// <summary>
    /// Reads the bytes of a text input on the calling thread, as <see cref="ReadBytesAsync"/> does. For a program that
    /// reads one local file and then works on it, this is the cheaper call: a fresh process of the console took 12 to
    /// 14 ms less for the bench report with it, the asynchronous read's thread-pool start and state machines included (issue 13).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ReportInputException">The file cannot be read: missing, not a regular file, larger than 16 MiB, or refused by the system.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static byte[] ReadBytes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return InputFiles.ReadAllBytes(path, InputFiles.MaxTextBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, e);
        }
    }

    private static ReportInputException CannotRead(string path, Exception e) => new(new InputProblem(path, $"cannot be read: {e.Message}"), e);

    /// <summary>Decodes UTF-8 bytes and checks the characters.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="sourceName">The file name for error messages.</param>
    /// <returns>The text, without a byte order mark.</returns>
    /// <exception cref="ReportInputException">The bytes are not UTF-8, or the text holds characters that text may not hold (every invalid byte sequence and every such character, together).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var text = DecodeLeniently(bytes, sourceName, out var invalid);
        var problems = Problems(text, sourceName);
        if (invalid.Count > 0 || problems.Count > 0)
        {
            throw new ReportInputException([.. invalid, .. problems]);
        }
        return text;
    }

    /// <summary>
    /// Decodes UTF-8 bytes so that the later checks of the input can still run on them: each invalid byte sequence is
    /// reported in <paramref name="invalid"/> at its line and column and becomes one U+FFFD in the text, at that same
    /// line and column (so a check that meets the U+FFFD can tell it from one the author wrote). The characters are not
    /// checked (<see cref="Problems"/>).
    /// </summary>
    /// <exception cref="ReportInputException">The file is UTF-16 (nothing after that can be read).</exception>
    internal static string DecodeLeniently(ReadOnlySpan<byte> bytes, string sourceName, out IReadOnlyList<InputProblem> invalid)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new ReportInputException(new InputProblem(sourceName,
                $"The file is UTF-16 (it starts with the byte order mark {bytes[0]:X2} {bytes[1]:X2}); save it as UTF-8.") { Line = 1, Column = 1 });
        }
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }
        try
        {
            invalid = [];
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            invalid = InvalidBytes(bytes, sourceName);
            return Lenient(bytes);
        }
    }

    /// <summary>The text with one U+FFFD for each invalid sequence, as <see cref="InvalidBytes"/> counts them.</summary>
    private static string Lenient(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            text.Append(pair[..(status == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar).EncodeToUtf16(pair)]);
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return text.ToString();
    }

    /// <summary>Checks the characters of a text read some other way.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourceName">Its file name, for error messages.</param>
    /// <param name="firstLine">The file line of the text's first line.</param>
    /// <exception cref="ReportInputException">The text holds characters that text may not hold (every one listed).</exception>
    public static void Check(string text, string sourceName, int firstLine = 1)
    {
        var problems = Problems(text, sourceName, firstLine);
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
    }

    /// <summary>The characters of <paramref name="text"/> that text may not hold, each at its line and column.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourceName">Its file name, for error messages.</param>
    /// <param name="firstLine">The file line of the text's first line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<InputProblem> Problems(string text, string sourceName, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<InputProblem>();
        (InputProblem First, int Count)? unlisted = null;
        var line = firstLine;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
                continue;
            }
            string? what = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    what = Describe(scalar, "a Unicode noncharacter");
                }
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                what = $"A lone surrogate U+{(int)c:X4} (half of a character outside the BMP)";
            }
            else if (c is (< ' ' and not '\t' and not '\r') or (>= '\u007F' and <= '\u009F'))
            {
                what = Describe(c, "a control character");
            }
            else if (c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF')
            {
                what = Describe(c, "a Unicode noncharacter");
            }
            else if (c is '\u2028' or '\u2029')
            {
                what = Describe(c, c == '\u2028' ? "the line separator" : "the paragraph separator");
            }
            else if (c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                what = Describe(c, "a bidirectional control");
            }
            if (what is not null)
            {
                var remedy = c is '\u2028' or '\u2029' ? "use a line end instead"
                    : what.EndsWith("a bidirectional control)", StringComparison.Ordinal) ? "right-to-left text is not supported yet; remove it"
                    : "remove it";
                Add(problems, ref unlisted, new InputProblem(sourceName, $"{what} cannot be used in text; {remedy}.") { Line = line, Column = column });
            }
            column++;
        }
        return Counted(problems, unlisted, "characters that cannot be used in text (is the file text, in UTF-8?)");
    }

    /// <summary>Lists <paramref name="problem"/> while fewer than <see cref="MaxListed"/> are, keeps the first unlisted one, counts the rest.</summary>
    private static void Add(List<InputProblem> problems, ref (InputProblem First, int Count)? unlisted, InputProblem problem)
    {
        if (problems.Count < MaxListed)
        {
            problems.Add(problem);
        }
        else
        {
            unlisted = (unlisted?.First ?? problem, (unlisted?.Count ?? 0) + 1);
        }
    }

    /// <summary>The listed problems and, when some were not listed, one problem at the first of them counting them.</summary>
    private static List<InputProblem> Counted(List<InputProblem> problems, (InputProblem First, int Count)? unlisted, string what)
    {
        if (unlisted is var (first, count))
        {
            problems.Add(first with { Message = string.Create(CultureInfo.InvariantCulture, $"{count:N0} more {what} from here on; the first {MaxListed} are listed.") });
        }
        return problems;
    }

    private static string Describe(int scalar, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{scalar:X4} ({kind})");

    /// <summary>Every invalid UTF-8 sequence, at the line and column where it starts.</summary>
    private static List<InputProblem> InvalidBytes(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var problems = new List<InputProblem>();
        (InputProblem First, int Count)? unlisted = null;
        var line = 1;
        var column = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                Add(problems, ref unlisted, new InputProblem(sourceName, string.Create(CultureInfo.InvariantCulture,
                    $"The bytes {Convert.ToHexString(bytes.Slice(offset, consumed))} at byte offset {offset} are not UTF-8; save the file as UTF-8.")) { Line = line, Column = column });
            }
            if (status == System.Buffers.OperationStatus.Done && rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
            offset += Math.Max(1, consumed);
        }
        return Counted(problems, unlisted, "byte sequences that are not UTF-8 (is the file text?)");
    }
}
