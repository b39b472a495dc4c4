using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Tests.Rendering;

/// <summary>
/// The characters a theme cannot set, as <see cref="RenderCheck"/> lists them: each once, in order of first appearance,
/// in the Basic Multilingual Plane and beyond it alike (the BMP's are remembered by a bit per code point, the others by
/// a set), and every occurrence reported at its line and column.
/// </summary>
public sealed class UnsupportedCharacterListTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, []);

    [Fact]
    public void Each_character_is_listed_once_in_order_of_first_appearance_and_reported_at_every_occurrence()
    {
        // U+6F22 (BMP, no bundled font has it), U+1F600 and U+10000 (the first code point beyond the BMP), U+05E9 (right to left).
        var document = Generator.BuildMarkdownDocument(
            "---\ntitle: Знаки\n---\n\nТекст 漢 и 😀, ещё 漢.\n\n𐀀 и ש, снова 😀 и 𐀀 и ש и 漢.\n", "signs.md");

        RenderCheck.UnsupportedCharacters(document, BuiltInThemes.Gost).Select(c => c.Character.Value).Should().Equal(0x6F22, 0x1F600, 0x10000, 0x05E9);
        RenderCheck.Problems(document, new RenderOptions { Theme = BuiltInThemes.Gost }, ReportFormat.Pdf)
            .Select(p => (p.Line, p.Column, p.Message[..7])).Should().Equal(
                (5, 7, "U+6F22 "), (5, 11, "U+1F600"), (5, 18, "U+6F22 "),
                (7, 1, "U+10000"), (7, 5, "U+05E9 "), (7, 14, "U+1F600"), (7, 18, "U+10000"), (7, 22, "U+05E9 "), (7, 26, "U+6F22 "));
    }
}
