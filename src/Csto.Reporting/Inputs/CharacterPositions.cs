using System.Text;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Inputs;

/// <summary>
/// Where the characters a renderer cannot set (<see cref="UnsupportedCharacter"/>) stand in the input an author
/// wrote: every occurrence, at its line and column, so that all of them are reported at once.
/// </summary>
internal static class CharacterPositions
{
    /// <summary>
    /// One problem per occurrence of each character in <paramref name="text"/> (1-based line and column, a character
    /// outside the BMP counting as one, as in <see cref="InputText"/>), in text order; a character that does not occur in
    /// the text (a template put it there, or an escape wrote it) gets one problem without a position.
    /// </summary>
    /// <param name="text">The input's text (a Markdown file, a data file).</param>
    /// <param name="sourceName">Its file name, for the problems.</param>
    /// <param name="characters">The characters to find.</param>
    /// <param name="pathAt">The property path of a line and column (a data file's), or null.</param>
    /// <param name="replaced">The lines and columns where the UTF-8 decoder put U+FFFD for bytes that are not UTF-8
    /// (reported as such): a U+FFFD there is not reported again.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="sourceName"/> or <paramref name="characters"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="characters"/> lists the same character twice.</exception>
    public static IReadOnlyList<InputProblem> Locate(string text, string sourceName, IReadOnlyList<UnsupportedCharacter> characters, Func<int, int, string?>? pathAt = null,
        IReadOnlySet<(int Line, int Column)>? replaced = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(characters);
        var wanted = characters.ToDictionary(c => c.Character);
        var seen = new HashSet<Rune>();
        var problems = new List<InputProblem>();
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                length = 1;
            }
            else if (rune.Value == '\n')
            {
                line++;
                column = 1;
                i += length;
                continue;
            }
            else if (rune == Rune.ReplacementChar && replaced is not null && replaced.Contains((line, column)))
            {
                seen.Add(rune);
            }
            else if (wanted.TryGetValue(rune, out var character))
            {
                seen.Add(rune);
                problems.Add(new InputProblem(sourceName, $"{character.Name}: {character.Reason}")
                {
                    Line = line,
                    Column = column,
                    Path = pathAt?.Invoke(line, column),
                });
            }
            column++;
            i += length;
        }
        problems.AddRange(characters.Where(c => !seen.Contains(c.Character))
            .Select(c => new InputProblem(sourceName, $"{c.Name} (put in by the template or an escape): {c.Reason}")));
        return problems;
    }
}
