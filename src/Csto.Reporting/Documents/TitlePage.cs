namespace Csto.Reporting.Documents;

/// <summary>
/// A title page, alone on its page: blocks at the top (the organization), blocks in the middle (title and
/// subtitle) and blocks at the bottom (place and year). The page that follows starts the text.
/// </summary>
/// <param name="Top">Blocks at the top of the page.</param>
/// <param name="Middle">Blocks centred vertically.</param>
/// <param name="Bottom">Blocks at the bottom of the page.</param>
public sealed record TitlePage(IReadOnlyList<Block> Top, IReadOnlyList<Block> Middle, IReadOnlyList<Block> Bottom) : Block;
