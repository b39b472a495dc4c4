namespace Csto.Reporting.Text;

/// <summary>
/// Reads the common shape of a front matter without a YAML parser: one <c>key: value</c> per line, each key a word
/// (<c>[A-Za-z][A-Za-z0-9_-]*</c>, at most 1 024 characters) at the start of its line and given once, each value a
/// single-line plain scalar or a single- or double-quoted scalar without escapes. Every bundled template and most
/// analysts' Markdown files are written so. Anything else (blank or comment lines, empty values, lists, block
/// scalars, escapes, tabs, anchors, a character YAML would read otherwise) makes <see cref="TryRead"/> answer
/// <see langword="null"/>, and the caller reads the text with YamlDotNet, which also reports every error. Within the
/// shape the answer equals YamlDotNet's (values, quoting, positions; a test compares both on every bundled template
/// and on generated texts), so this only saves a process that lists templates or renders a Markdown file the loading
/// and first run of the YAML parser (issue 13: about 10 ms of a 0.1 s start).
/// </summary>
internal static class SimpleFrontMatter
{
    /// <summary>The longest implicit key YAML allows (1 024 characters, in the YAML 1.1 and 1.2 specifications).</summary>
    private const int MaxKeyLength = 1024;

    /// <summary>The entries of <paramref name="yaml"/> in file order, or <see langword="null"/> when it is not of the simple shape.</summary>
    /// <param name="yaml">The front matter between its fences, with LF line ends (as <see cref="FrontMatter"/> gives it).</param>
    public static IReadOnlyList<FrontMatterEntry>? TryRead(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length == 0)
        {
            return null;
        }
        var entries = new List<FrontMatterEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var line = 1;
        for (var start = 0; start < yaml.Length; line++)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0)
            {
                end = yaml.Length;
            }
            // A set, not a scan of the entries: a front matter of many thousand lines must not take quadratic time.
            if (ReadLine(yaml.AsSpan(start, end - start), line) is not { } entry || !keys.Add(entry.Key))
            {
                return null;
            }
            entries.Add(entry);
            start = end + 1;
        }
        return entries;
    }

    private static FrontMatterEntry? ReadLine(ReadOnlySpan<char> text, int line)
    {
        var colon = 0;
        while (colon < text.Length && (char.IsAsciiLetter(text[colon]) || (colon > 0 && (char.IsAsciiDigit(text[colon]) || text[colon] is '_' or '-'))))
        {
            colon++;
        }
        // YAML allows an implicit key of at most 1 024 characters; YamlDotNet reports a longer one as an error.
        if (colon == 0 || colon > MaxKeyLength || colon + 2 >= text.Length || text[colon] != ':' || text[colon + 1] != ' ')
        {
            return null;
        }
        var valueStart = colon + 1;
        while (valueStart < text.Length && text[valueStart] == ' ')
        {
            valueStart++;
        }
        var value = text[valueStart..].TrimEnd(' ');
        if (value.IsEmpty || !Printable(value))
        {
            return null;
        }
        var key = text[..colon].ToString();
        var column = valueStart + 1;
        switch (value[0])
        {
            case '"' or '\'':
                var quote = value[0];
                var inner = value[1..];
                // One closing quote, at the end; no escapes (backslash in double quotes, a doubled quote in single).
                if (inner.IsEmpty || inner.IndexOf(quote) != inner.Length - 1 || (quote == '"' && inner.Contains('\\')))
                {
                    return null;
                }
                return new FrontMatterEntry(key, inner[..^1].ToString(), Quoted: true, line, column);
            case '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`':
                return null;
            default:
                // A plain scalar ends at ": " or " #"; one ending in ':' would start a mapping.
                if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value[^1] == ':')
                {
                    return null;
                }
                return new FrontMatterEntry(key, value.ToString(), Quoted: false, line, column);
        }
    }

    /// <summary>Whether every character is one YAML takes as is in a scalar: printable, not a tab, a byte order mark or a line or paragraph separator (breaks to YAML 1.1).</summary>
    private static bool Printable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') && c is not ('\uFEFF' or '\u2028' or '\u2029'))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }
}

/// <summary>One <c>key: value</c> line of a simple front matter (a class: a list of a struct of ours is code a start compiles).</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The scalar's text, without quotes.</param>
/// <param name="Quoted">Whether the value was quoted (so <c>"null"</c> is text, as YAML reads it).</param>
/// <param name="Line">The 1-based line in the front matter (the key is at its column 1).</param>
/// <param name="ValueColumn">The 1-based column where the value starts (its opening quote, if any).</param>
internal sealed record FrontMatterEntry(string Key, string Value, bool Quoted, int Line, int ValueColumn);
