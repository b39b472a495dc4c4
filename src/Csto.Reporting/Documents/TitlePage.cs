namespace Csto.Reporting.Documents;

/// <summary>
/// A title page, alone on its page, composed as ГОСТ Р 7.0.97 and ГОСТ 7.32 compose one: blocks at the top (the
/// organization), blocks in the middle (title and subtitle) centred on the page's optical middle, a little above
/// the geometric one (<see cref="OpticalMiddle"/>), the title larger than elsewhere (<see cref="TitleScale"/>), and
/// blocks at the foot (place and year). The page that follows starts the text.
/// </summary>
/// <param name="Top">Blocks at the top of the page.</param>
/// <param name="Middle">Blocks centred vertically.</param>
/// <param name="Bottom">Blocks at the bottom of the page.</param>
public sealed record TitlePage(IReadOnlyList<Block> Top, IReadOnlyList<Block> Middle, IReadOnlyList<Block> Bottom) : Block
{
    /// <summary>Where the middle blocks' centre sits, as a share of the text area's height from its top.</summary>
    public const double OpticalMiddle = 0.42;

    /// <summary>How much larger than the theme's title size a title paragraph of the middle is set.</summary>
    public const double TitleScale = 1.25;
}
