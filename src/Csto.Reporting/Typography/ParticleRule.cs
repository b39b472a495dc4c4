namespace Csto.Reporting.Typography;

/// <summary>
/// A no-break space before a particle («коллективный же», «будет ли»): one of
/// <see cref="NonBreakingSpaceRule.Particles"/> as a whole word (not followed by a letter, digit or hyphen), after a
/// space that follows a letter, a digit, a dot, a comma, a closing quote or a closing parenthesis.
/// </summary>
/// <remarks>
/// Written as a scan over the spaces rather than a regular expression, which would try every space of every
/// paragraph through six alternatives.
/// </remarks>
internal static class ParticleRule
{
    private static readonly WordList Particles = new(NonBreakingSpaceRule.Particles);

    public static void Apply(TextBuffer buffer)
    {
        var text = buffer.Span;
        for (var space = text.IndexOf(' '); space >= 0; space = NextSpace(text, space + 1))
        {
            if (space == 0 || !EndsPhrase(text[space - 1]) || buffer.IsLocked(space))
            {
                continue;
            }
            var end = WordEnd(text, space + 1);
            if (Particles.Contains(text[(space + 1)..end]))
            {
                buffer.Add(new TextEdit(space, 1, "\u00A0"));
            }
        }
        buffer.ApplyEdits();
    }

    /// <summary>What may stand before the space: a letter, a digit, «.», «,», «»», «“» or «)».</summary>
    private static bool EndsPhrase(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '.' or ',' or '»' or '“' or ')';

    /// <summary>The end of the word starting at <paramref name="start"/>; stops one past the longest particle.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= Particles.Longest && (char.IsLetter(text[end]) || char.IsNumber(text[end]) || text[end] == '-'))
        {
            end++;
        }
        return end;
    }

    private static int NextSpace(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOf(' ');
        return found < 0 ? -1 : from + found;
    }
}
