using System.Text;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// The inline structure elements of a typeset paragraph, found once per paragraph from its pieces: a link
/// (<see cref="StructureRole.Link"/>, its pieces of one target), a footnote reference (<see cref="StructureRole.Reference"/>,
/// or the footnote's own label <see cref="StructureRole.Lbl"/> inside the note) and a run of words in another script
/// than the document's language (<see cref="StructureRole.Span"/> with /Lang). Pieces without letters (spaces,
/// punctuation, digits) join a run only between two pieces of it, so «Collective Security Treaty» is one span without
/// its quotes.
/// </summary>
internal sealed class InlineElements
{
    private readonly int[]? first;
    private readonly Key[]? keys;
    private readonly bool[]? hyphens;

    private InlineElements(TypesetText text, string documentLanguage)
    {
        var pieces = text.Pieces;
        Key[]? found = null;
        bool[]? neutral = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var style = pieces[i].Style;
            var language = LanguageOf(pieces[i].Text.Text, documentLanguage);
            var key = style.Footnote > 0 ? new Key(StructureRole.Reference, null, style.Footnote)
                : style.Link is { } link ? new Key(StructureRole.Link, link, 0)
                : language is { Length: > 0 } ? new Key(StructureRole.Span, language, 0)
                : default;
            if (key.Role != StructureRole.Document && found is null)
            {
                // Most paragraphs have no inline element: the arrays are made at the first piece that belongs to one.
                found = new Key[pieces.Count];
                neutral = new bool[pieces.Count];
                for (var j = 0; j < i; j++)
                {
                    neutral[j] = LanguageOf(pieces[j].Text.Text, documentLanguage) is null;
                }
            }
            if (found is not null)
            {
                found[i] = key;
                neutral![i] = key.Role == StructureRole.Document && language is null;
            }
        }
        if (found is null)
        {
            return;
        }
        keys = found;
        first = new int[pieces.Count];
        hyphens = new bool[pieces.Count];
        foreach (var item in text.Items)
        {
            if (item.Kind == LineBreaking.ItemKind.Penalty && item.Content >= 0)
            {
                hyphens[item.Content] = true;
            }
        }
        // A piece without letters between two pieces of one run belongs to that run.
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!neutral![i])
            {
                continue;
            }
            var end = i;
            while (end < pieces.Count && neutral[end])
            {
                end++;
            }
            if (i > 0 && end < pieces.Count && keys[i - 1].Role != StructureRole.Document && keys[i - 1] == keys[end])
            {
                for (var j = i; j < end; j++)
                {
                    keys[j] = keys[i - 1];
                }
            }
            i = end - 1;
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            first[i] = keys[i].Role == StructureRole.Document ? -1 : i > 0 && keys[i - 1] == keys[i] ? first[i - 1] : i;
        }
    }

    /// <summary>The inline elements of <paramref name="text"/> in a document of <paramref name="documentLanguage"/> (BCP 47).</summary>
    public static InlineElements Of(TypesetText text, string documentLanguage)
    {
        // Kept on the paragraph (not in a weak table keyed by it): every line of it asks again.
        if (text.Inlines is (var language, var found) && language == documentLanguage)
        {
            return found;
        }
        var made = new InlineElements(text, documentLanguage);
        text.Inlines = (documentLanguage, made);
        return made;
    }

    /// <summary>
    /// The element piece <paramref name="piece"/> belongs to, under <paramref name="parent"/> (made when first drawn,
    /// the same node on every line the run goes on to); null when the piece belongs to the parent itself.
    /// </summary>
    public StructureNode? Node(TypesetText text, int piece, StructureNode parent)
    {
        if (first is null)
        {
            return null;
        }
        var start = first[piece];
        if (start < 0)
        {
            return null;
        }
        return parent.Inline(text, start, (Elements: this, Text: text, Start: start), static (node, run) => run.Elements.Create(node, run.Text, run.Start));
    }

    private StructureNode Create(StructureNode node, TypesetText text, int start)
    {
        var key = keys![start];
        return key.Role switch
        {
            StructureRole.Link => new StructureNode(StructureRole.Link, node) { Target = key.Value, Contents = RunText(text, start) },
            StructureRole.Reference when InNote(node) => new StructureNode(StructureRole.Lbl, node),
            StructureRole.Reference => new StructureNode(StructureRole.Reference, node) { Target = "footnote " + key.Number },
            _ => new StructureNode(StructureRole.Span, node) { Language = key.Value },
        };
    }

    /// <summary>
    /// The language of a piece's letters when they are not the document's: Latin letters are English, Cyrillic
    /// Russian, Armenian and Georgian letters those languages; empty when the letters are the document's; null when
    /// the piece has no letters, only Roman numerals, or letters of mixed or other scripts.
    /// </summary>
    internal static string? LanguageOf(string text, string documentLanguage)
    {
        string? language = null;
        foreach (var c in text)
        {
            var script = c switch
            {
                >= 'A' and <= 'Z' or >= 'a' and <= 'z' => "en",
                >= '\u0400' and <= '\u04FF' => "ru",
                >= '\u0531' and <= '\u058F' => "hy",
                >= '\u10A0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF' => "ka",
                _ => null,
            };
            if (script is null)
            {
                if (char.IsLetter(c))
                {
                    return null;
                }
                continue;
            }
            if (language is not null && language != script)
            {
                return null;
            }
            language = script;
        }
        var romanNumeral = language == "en" && text.All(c => !char.IsLetter(c) || "IVXLCDM".Contains(c, StringComparison.Ordinal));
        return language is null || romanNumeral ? null
            : documentLanguage.StartsWith(language, StringComparison.OrdinalIgnoreCase) ? string.Empty
            : language;
    }

    private string RunText(TypesetText text, int start)
    {
        var builder = new StringBuilder();
        for (var i = start; i < first!.Length && first[i] == start; i++)
        {
            if (hyphens![i])
            {
                continue;
            }
            builder.Append(text.Pieces[i].Text.Text);
        }
        return builder.ToString().Trim();
    }

    private static bool InNote(StructureNode node)
    {
        for (var n = (StructureNode?)node; n is not null; n = n.Parent)
        {
            if (n.Role == StructureRole.Note)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What makes pieces one run: the role and its target, language or footnote number (Document: none).</summary>
    private readonly record struct Key(StructureRole Role, string? Value, int Number);
}
