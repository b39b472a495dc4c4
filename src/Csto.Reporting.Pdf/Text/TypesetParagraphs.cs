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

    private void Keep(ParagraphKey key, TypesetText text)
    {
        if (items + text.Items.Count <= MaxItems && kept.TryAdd(key, text))
        {
            items += text.Items.Count;
        }
    }

    /// <summary>
    /// A paragraph's content as a key: its runs compared text by text and style by style, its format and width — everything
    /// <see cref="ParagraphTypesetter.Typeset"/> reads, so two paragraphs with equal keys are set alike.
    /// </summary>
    private readonly struct ParagraphKey(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width) : IEquatable<ParagraphKey>
    {
        private readonly IReadOnlyList<StyledText> runs = runs;
        private readonly ParagraphFormat format = format;
        private readonly float width = width;
        private readonly int hash = Hash(runs, format, width);

        public bool Equals(ParagraphKey other)
        {
            if (hash != other.hash || width != other.width || runs.Count != other.runs.Count || !format.Equals(other.format))
            {
                return false;
            }
            for (var i = 0; i < runs.Count; i++)
            {
                if (!runs[i].Equals(other.runs[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is ParagraphKey other && Equals(other);

        public override int GetHashCode() => hash;

        private static int Hash(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width)
        {
            var hash = new HashCode();
            hash.Add(format);
            hash.Add(width);
            foreach (var run in runs)
            {
                hash.Add(run);
            }
            return hash.ToHashCode();
        }
    }
}
