namespace Csto.Reporting.Text;

/// <summary>
/// Splits a text file into its YAML front matter (between a first line <c>---</c> and the next <c>---</c> or
/// <c>...</c>) and its body, remembering on which line the body starts so errors can point at real lines. Line ends
/// may be LF, CRLF or a lone CR (as CommonMark and <see cref="Inputs.InputText"/> count lines); the parts come back
/// with LF.
/// </summary>
/// <param name="Yaml">The front matter without the fences; empty when the file has none.</param>
/// <param name="Body">The rest of the file.</param>
/// <param name="BodyFirstLine">The 1-based line of the file where the body starts.</param>
internal sealed record FrontMatter(string Yaml, string Body, int BodyFirstLine)
{
    /// <summary>True when the file had a front matter block.</summary>
    public bool HasYaml => Yaml.Length > 0;

    /// <summary>Splits <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The front matter is opened and never closed.</exception>
    public static FrontMatter Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter(string.Empty, text, 1);
        }
        // The lines are walked in place: splitting a long document into lines only to find the front matter's end
        // copied the whole text twice.
        var start = text.IndexOf('\n') + 1;
        for (var line = 2; start > 0 && start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            var content = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            if (content.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..Math.Max(4, start - 1)];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatter(yaml, body, line + 1);
            }
            if (end < 0)
            {
                break;
            }
            start = end + 1;
        }
        throw new FormatException("The front matter that starts on line 1 with '---' is never closed by a line '---'.");
    }
}
