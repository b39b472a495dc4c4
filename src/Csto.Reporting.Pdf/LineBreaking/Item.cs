namespace Csto.Reporting.Pdf.LineBreaking;

/// <summary>The kind of a line-breaking item, after Knuth and Plass.</summary>
internal enum ItemKind : byte
{
    /// <summary>Something drawn with a fixed width: a word or a piece of one.</summary>
    Box,
    /// <summary>Space that can stretch and shrink; a break is allowed at glue that follows a box.</summary>
    Glue,
    /// <summary>A possible break with a cost; its width is added only when the line breaks there (a hyphen).</summary>
    Penalty,
}

/// <summary>
/// One item of a paragraph for the line breaker. <see cref="Content"/> points into the paragraph's list of drawn
/// pieces (a box's glyphs, the hyphen of a penalty), or is −1. A box has stretch and shrink only when its glyphs
/// may be expanded.
/// </summary>
internal readonly record struct Item(ItemKind Kind, float Width, float Stretch, float Shrink, int Penalty, bool Flagged, int Content)
{
    /// <summary>A penalty at or above this value forbids a break.</summary>
    public const int Forbidden = 10_000;

    /// <summary>A penalty at or below this value forces a break.</summary>
    public const int Forced = -10_000;

    /// <summary>Stretch that absorbs any amount of space (the end of a paragraph, a forced line break).</summary>
    public const float Fill = 100_000f;

    /// <summary>Stretch of a tab in a place-and-date line: so much more than <see cref="Fill"/> that it takes all the free space.</summary>
    public const float TabFill = 1e10f;

    /// <summary>A box.</summary>
    public static Item Box(float width, int content) => new(ItemKind.Box, width, 0, 0, 0, false, content);

    /// <summary>
    /// A box whose glyphs may be scaled horizontally by up to <paramref name="expansion"/> of its width (glyph
    /// expansion): it stretches and shrinks by that much, like glue, but its space is never a break.
    /// </summary>
    public static Item ExpandableBox(float width, float expansion, int content) =>
        new(ItemKind.Box, width, width * expansion, width * expansion, 0, false, content);

    /// <summary>Glue.</summary>
    public static Item Glue(float width, float stretch, float shrink, int content = -1) => new(ItemKind.Glue, width, stretch, shrink, 0, false, content);

    /// <summary>A penalty.</summary>
    public static Item PenaltyOf(float width, int penalty, bool flagged, int content = -1) => new(ItemKind.Penalty, width, 0, 0, penalty, flagged, content);

    /// <summary>Whether this is a hyphenation point: a flagged penalty that draws a hyphen when the line breaks there.</summary>
    public bool IsHyphenation => Kind == ItemKind.Penalty && Flagged && Width > 0;

    /// <summary>Whether a line may end at this item, given the item before it.</summary>
    public bool IsLegalBreak(in Item previous) => Kind switch
    {
        ItemKind.Glue => previous.Kind == ItemKind.Box,
        ItemKind.Penalty => Penalty < Forbidden,
        _ => false,
    };
}
