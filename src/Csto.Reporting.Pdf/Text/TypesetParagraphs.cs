namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// The paragraphs a counting pass set, kept for the drawing pass that follows it: the two passes set the same text in
/// the same format and width (the contents' page-number column has a fixed width), so the drawing pass takes each
/// paragraph as the counting pass left it instead of setting it again. A paragraph is found by its content (the
/// flattened runs, its format and width), never by its place, so anything that does change between the passes (a
/// contents line with its number printed) is simply set anew. Taken paragraphs leave the store, and the store keeps
/// at most <see cref="MaxItems"/> items (about 600 pages of running text), so memory stays bounded whatever the
/// length of the document. One store serves one pair of passes on one thread.
/// </summary>
internal sealed class TypesetParagraphs
{
    /// <summary>The most line-breaking items the store keeps (items of paragraphs set after that are not kept).</summary>
    public const int MaxItems = 1 << 19;

    private readonly Dictionary<ParagraphKey, TypesetText> kept = [];
    private int items;
    private bool replaying;

    /// <summary>How many paragraphs the drawing pass took from the store (for tests).</summary>
    public int Taken { get; private set; }

    /// <summary>Whether paragraphs are taken from the store (the drawing pass) rather than kept.</summary>
    public bool Replaying => replaying;

    /// <summary>From now on paragraphs are taken from the store (the drawing pass), no longer kept.</summary>
    public void Replay() => replaying = true;

    /// <summary>Sets <paramref name="runs"/> as <see cref="ParagraphTypesetter.Typeset"/> does, or takes the same paragraph from the store.</summary>
    /// <exception cref="MissingGlyphException">A character has no glyph in any font of the theme or its fallback chain.</exception>
    public TypesetText Typeset(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width, TypesetOptions options)
    {
        var key = new ParagraphKey(runs, format, width);
        if (replaying)
        {
            if (kept.Remove(key, out var found))
            {
                Taken++;
                return found;
            }
            return ParagraphTypesetter.Typeset(runs, format, width, options);
        }
        var text = ParagraphTypesetter.Typeset(runs, format, width, options);
        Keep(key, text);
        return text;
    }

    /// <summary>Keeps a paragraph set elsewhere (by <see cref="Pagination.ParagraphsAhead"/>) for the drawing pass, as if this store had set it.</summary>
    public void Keep(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width, TypesetText text)
    {
        if (!replaying)
        {
            Keep(new ParagraphKey(runs, format, width), text);
        }
    }

    private void Keep(ParagraphKey key, TypesetText text)
    {
        if (items + text.Items.Count <= MaxItems && kept.TryAdd(key, text))
        {
            items += text.Items.Count;
        }
    }
}
