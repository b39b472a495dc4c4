namespace Csto.Reporting.Formatting;

/// <summary>The typographic characters the formatters put into text.</summary>
internal static class TypographicChars
{
    /// <summary>NO-BREAK SPACE (U+00A0): binds a number to the word after it («3 декабря», «2025 года»).</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>EN DASH (U+2013): ranges of numbers and dates («26–27», «30 ноября – 2 декабря»).</summary>
    public const char EnDash = '\u2013';

    /// <summary>The separator between two full dates of a range: a no-break space, an en dash and a space.</summary>
    public const string RangeSeparator = "\u00A0\u2013 ";
}
