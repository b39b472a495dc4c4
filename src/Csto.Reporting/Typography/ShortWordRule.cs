namespace Csto.Reporting.Typography;

/// <summary>
/// A no-break space after a short preposition, conjunction or pronoun («в Минске», «и безопасность»): the words of
/// <see cref="NonBreakingSpaceRule.ShortWords"/>, in any letter case, standing alone (not after a letter, digit,
/// <c>_</c>, <c>-</c>, apostrophe or dot) and followed by one space and then a character that is not a space.
/// </summary>
/// <remarks>
/// Written as a scan over the spaces rather than a regular expression: almost every paragraph has dozens of such
/// words, and a pattern that starts at every Cyrillic letter costs more than the rest of the typography together.
/// </remarks>
internal static class ShortWordRule
{
    private static readonly WordList Words = new(NonBreakingSpaceRule.ShortWords);

    public static void Apply(TextBuffer buffer)
    {
        var text = buffer.Span;
        Span<char> lowered = stackalloc char[Words.Longest];
        for (var space = text.IndexOf(' '); space >= 0; space = NextSpace(text, space + 1))
        {
            var start = WordStart(text, space);
            var letters = space - start;
            if (letters == 0 || letters > Words.Longest
                || (start > 0 && IsWordCharacter(text[start - 1]))
                || space + 1 == text.Length || char.IsWhiteSpace(text[space + 1])
                || !Words.Contains(ToLower(text[start..space], lowered))
                || buffer.IsLocked(start, letters + 1))
            {
                continue;
            }
            buffer.Add(new TextEdit(space, 1, "\u00A0"));
        }
        buffer.ApplyEdits();
    }

    /// <summary>The first letter of the letters just before <paramref name="end"/>; stops one past the longest word.</summary>
    private static int WordStart(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && end - start <= Words.Longest && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start;
    }

    /// <summary>Characters that make the letters after them part of a longer token: «42-й», «т.н.», «д'Артаньян».</summary>
    private static bool IsWordCharacter(char c) => char.IsNumber(c) || c is '_' or '-' or '’' or '\'' or '.';

    /// <summary>Lowercases the Russian capitals А–Я, the only case pairs among the short words.</summary>
    private static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++)
        {
            destination[i] = word[i] is >= 'А' and <= 'Я' ? (char)(word[i] + ('а' - 'А')) : word[i];
        }
        return destination[..word.Length];
    }

    private static int NextSpace(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOf(' ');
        return found < 0 ? -1 : from + found;
    }
}
