using System.Runtime.CompilerServices;
using System.Text;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Fonts;
using Csto.Reporting.Inputs;
using Csto.Reporting.Pictures;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Rendering;

/// <summary>
/// The checks every renderer (PDF, PNG, DOCX) runs on a document before it writes anything, so that a caller gets
/// every problem of an input at once, at the line and column of the input the document was read from
/// (<see cref="Generation.ReportGenerator.BuildMarkdownDocument"/>,
/// <see cref="Generation.ReportGenerator.BuildDocument(LocatedDataFile, string?)"/>), or with the property path of a
/// record; a tree built in code gets the problems without a position.
/// <list type="bullet">
/// <item>Characters the theme cannot set: no font of its chain (<see cref="Theme.BodyFont"/>, then
/// <see cref="Theme.FallbackFonts"/>) has a glyph for them, or they belong to a right-to-left script (Hebrew, Arabic,
/// …), which the layout would set in reversed order. Every format, because the DOCX would show another font's glyphs
/// or none, and its page numbers come from the same layout.</item>
/// <item>A picture without alternative text, when the output is a tagged PDF (<see cref="RenderOptions.Tagged"/>):
/// PDF/UA (ISO 14289-1, 7.3) requires a Figure's <c>/Alt</c>. Not for an untagged PDF, PNG or DOCX, whose pictures
/// have no structure element to carry it.</item>
/// <item>A table with more columns than fit its page's text width at <see cref="NarrowestColumn"/> each (one character
/// between the cell padding): every format, because both take their column widths from the same sizing, which
/// would give each column a sliver no text can be read in.</item>
/// </list>
/// </summary>
public static class RenderCheck
{
    /// <summary>Every problem that stops <paramref name="document"/> from being rendered as <paramref name="format"/>, in order of the input.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">The theme whose fonts set the text, and whether a PDF is tagged.</param>
    /// <param name="format">The format to be written.</param>
    /// <returns>The problems; empty when the document can be rendered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="options"/> is null.</exception>
    public static IReadOnlyList<InputProblem> Problems(ReportDocument document, RenderOptions options, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var source = SourceOf(document);
        var problems = new List<InputProblem>(CharacterProblems(document, options.Theme));
        problems.AddRange(UnusablePictures(document, source));
        problems.AddRange(OverwideTables(document, options.Theme, source));
        if (format == ReportFormat.Pdf && options.Tagged)
        {
            problems.AddRange(MissingAltText(document, source));
        }
        return [.. problems.OrderBy(p => p.Line ?? int.MaxValue).ThenBy(p => p.Column ?? int.MaxValue)];
    }

    /// <summary>
    /// The characters of <paramref name="document"/> no font of <paramref name="theme"/> can draw (or that are
    /// right-to-left), every occurrence at its line and column in the input when the document keeps its input's text;
    /// a U+FFFD at a place in <paramref name="replaced"/> (where the decoder put it for bytes that are not UTF-8, a
    /// problem reported as such) is left out.
    /// </summary>
    internal static IEnumerable<InputProblem> CharacterProblems(ReportDocument document, Theme theme, IReadOnlySet<(int Line, int Column)>? replaced = null)
    {
        var source = SourceOf(document);
        var characters = UnsupportedCharacters(document, theme);
        return characters.Count == 0 ? []
            : Positioned(source, source.Text is { } text
                ? CharacterPositions.Locate(text(), source.Name, characters, source.PathAt, replaced)
                : characters.Select(c => new InputProblem(source.Name, $"{c.Name}: {c.Reason}")));
    }

    private static DocumentSource SourceOf(ReportDocument document) =>
        document.Source ?? new DocumentSource(document.Metadata.Title is { Length: > 0 } title ? "document «" + title + "»" : "document", null, null, false);

    /// <summary>Throws when <see cref="Problems"/> finds any; renderers call this before writing.</summary>
    /// <param name="document">The document tree.</param>
    /// <param name="options">The render options.</param>
    /// <param name="format">The format to be written.</param>
    /// <exception cref="ReportInputException">The document cannot be rendered; <see cref="ReportInputException.Problems"/> lists every reason.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="options"/> is null.</exception>
    public static void ThrowIfAny(ReportDocument document, RenderOptions options, ReportFormat format)
    {
        var problems = Problems(document, options, format);
        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }
    }

    /// <summary>
    /// The characters of a document the layout cannot set, each once in order of first appearance (ASCII is never
    /// one: every bundled family has it). Found once per document and theme: a caller that checks before rendering
    /// (the console, for every format of an output set) and the renderers that check again share the answer.
    /// </summary>
    internal static IReadOnlyList<UnsupportedCharacter> UnsupportedCharacters(ReportDocument document, Theme theme)
    {
        var found = Found.GetValue(document, static _ => []);
        lock (found)
        {
            foreach (var (checkedTheme, characters) in found)
            {
                if (ReferenceEquals(checkedTheme, theme))
                {
                    return characters;
                }
            }
            var result = Find(document, theme);
            found.Add((theme, result));
            return result;
        }
    }

    private static readonly ConditionalWeakTable<ReportDocument, List<(Theme Theme, IReadOnlyList<UnsupportedCharacter> Characters)>> Found = [];

    private static List<UnsupportedCharacter> Find(ReportDocument document, Theme theme)
    {
        var found = new List<UnsupportedCharacter>();
        // Characters seen: a bit per code point of the BMP (8 kB), a set beyond it. With a set for all, the check of the
        // bench report (400 000 Cyrillic letters, each looked up) took 9.9 ms warm, 15 ms in a fresh process; so 4.4
        // and 7.7 ms (issue 13, session 17).
        var seenInBmp = new ulong[0x10000 / 64];
        var seenBeyond = new HashSet<int>();
        foreach (var text in DocumentText.Strings(document))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                var value = rune.Value;
                if (value < 0x80)
                {
                    continue;
                }
                if (value < 0x10000)
                {
                    ref var word = ref seenInBmp[value >> 6];
                    var bit = 1UL << (value & 63);
                    if ((word & bit) != 0)
                    {
                        continue;
                    }
                    word |= bit;
                }
                else if (!seenBeyond.Add(value))
                {
                    continue;
                }
                if (IsRightToLeft(rune.Value))
                {
                    found.Add(new UnsupportedCharacter(rune,
                        "right-to-left scripts (Hebrew, Arabic, …) cannot be set yet; transliterate the text or give it as a picture."));
                }
                else if (!FontCoverage.Covers(theme.BodyFont, theme.FallbackFonts, rune.Value))
                {
                    found.Add(new UnsupportedCharacter(rune,
                        "no font of the theme or its fallback chain has a glyph for it; use another character, remove it or add a font that has it (--font-dir, Theme.WithFallbackFonts)."));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Letters and marks of the right-to-left blocks: Hebrew, Arabic and its supplements and presentation forms,
    /// Syriac, Thaana, N'Ko, Samaritan, Mandaic, and the historic scripts of the SMP's right-to-left range.
    /// </summary>
    internal static bool IsRightToLeft(int codepoint) => codepoint is
        (>= 0x0590 and <= 0x08FF)
        or (>= 0xFB1D and <= 0xFDFF)
        or (>= 0xFE70 and <= 0xFEFE)
        or (>= 0x10800 and <= 0x10FFF)
        or (>= 0x1E800 and <= 0x1EFFF);

    private static List<Image> AllPictures(ReportDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).Concat(document.Footnotes.SelectMany(f => f.Blocks))
            .SelectMany(DocumentWalker.DescendantsAndSelf).OfType<Image>().ToList();

    /// <summary>
    /// Every PNG or JPEG picture that cannot be used (<see cref="PictureSoundness"/>: too many pixels, damaged), whatever
    /// built it; one the Markdown reader read was checked there (and is not inflated again), so this finds those built
    /// in code or by a template. A picture without a position in the input is named by its number, size and alternative text.
    /// </summary>
    private static IEnumerable<InputProblem> UnusablePictures(ReportDocument document, DocumentSource source)
    {
        var pictures = AllPictures(document);
        for (var i = 0; i < pictures.Count; i++)
        {
            if (PictureSoundness.Problem(pictures[i]) is not { } wrong)
            {
                continue;
            }
            var picture = pictures[i];
            var at = document.PositionOf(picture);
            var which = FormattableString.Invariant($"{(at is null ? $"Picture {i + 1} of the document" : "The picture")} ({picture.Format}, {picture.Data.Length} bytes, {picture.WidthPoints:0.#} × {picture.HeightPoints:0.#} pt{(picture.AltText is { } alt ? ", «" + alt + "»" : string.Empty)})");
            yield return new InputProblem(source.Name, $"{which} {wrong}") { Line = at?.Line, Column = at?.Column };
        }
    }

    private static IEnumerable<InputProblem> MissingAltText(ReportDocument document, DocumentSource source)
    {
        var pictures = AllPictures(document);
        for (var i = 0; i < pictures.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(pictures[i].AltText))
            {
                continue;
            }
            var at = document.PositionOf(pictures[i]);
            var which = at is null
                ? FormattableString.Invariant($"picture {i + 1} of the document ({pictures[i].WidthPoints:0.#} × {pictures[i].HeightPoints:0.#} pt) ")
                : "the picture ";
            yield return new InputProblem(source.Name,
                $"{char.ToUpperInvariant(which[0])}{which[1..]}has no alternative text, which a tagged PDF (PDF/UA) needs: describe it between the brackets, ![Emblem of the CSTO](emblem.png), or render an untagged PDF (--untagged, RenderOptions.Tagged = false).")
            {
                Line = at?.Line,
                Column = at?.Column,
            };
        }
    }

    /// <summary>
    /// The narrowest a table column may be, in points: one character (half an em of <see cref="Theme.TableFontSize"/>)
    /// between the cell padding on both sides (<see cref="TableColumnWidths.CellPadding"/>), and the
    /// <see cref="TableColumnWidths.Slack"/> every column keeps: 13 pt for a 12-point table.
    /// </summary>
    internal static double NarrowestColumn(Theme theme) => theme.TableFontSize / 2 + 2 * TableColumnWidths.CellPadding + TableColumnWidths.Slack;

    /// <summary>Every table with more columns than its page's text width holds at <see cref="NarrowestColumn"/> each.</summary>
    private static IEnumerable<InputProblem> OverwideTables(ReportDocument document, Theme theme, DocumentSource source)
    {
        var narrowest = NarrowestColumn(theme);
        var placed = document.Sections.SelectMany(s => s.Blocks.Select(b => (Block: b, (s.PageSetup ?? theme.PageSetup).ContentWidth)))
            .Concat(document.Footnotes.SelectMany(f => f.Blocks).Select(b => (Block: b, theme.PageSetup.ContentWidth)));
        var number = 0;
        foreach (var (block, width) in placed)
        {
            foreach (var table in DocumentWalker.DescendantsAndSelf(block).OfType<Table>())
            {
                number++;
                var fit = (int)(width / narrowest);
                if (table.Columns.Count <= fit)
                {
                    continue;
                }
                var at = document.PositionOf(table);
                var which = at is null ? FormattableString.Invariant($"Table {number} of the document") : "This table";
                yield return new InputProblem(source.Name, FormattableString.Invariant(
                    $"{which} has {table.Columns.Count} columns; at most {fit} fit the text width ({width:0.#} pt) with one character and the cell padding in each ({narrowest:0.#} pt). Split it into tables of fewer columns, or turn it so that its columns become rows."))
                {
                    Line = at?.Line,
                    Column = at?.Column,
                };
            }
        }
    }

    /// <summary>Drops lines and columns that point into a text the author did not write (a record serialised to find paths).</summary>
    private static IEnumerable<InputProblem> Positioned(DocumentSource source, IEnumerable<InputProblem> problems) =>
        source.AuthorsText ? problems : problems.Select(p => p with { Line = null, Column = null });
}
