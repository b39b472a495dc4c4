using System.Runtime.CompilerServices;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown.Conversion;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// Whether a PNG or JPEG picture is whole, checked once per <see cref="Image"/> block (keyed by instance, for as long
/// as the block lives) before layout places it, so that a damaged picture built in C# is an input problem at the block
/// rather than a failure inside a writer. The check reads the bytes only (<see cref="ImagePixelSize"/>,
/// <see cref="PictureIntegrity"/>: header, chunk CRCs, image data inflating to the size the header gives, JPEG
/// segments up to the end of the scan); decoding is the writers' business (PDF, PNG).
/// </summary>
internal static class PictureCheck
{
    private static readonly ConditionalWeakTable<Image, string> Damage = [];
    private const string Whole = "";

    /// <summary>Throws the problem <paramref name="problem"/> makes of the picture's damage, if it has any; SVG pictures pass.</summary>
    /// <exception cref="ReportInputException">The bytes are not a whole PNG or JPEG picture.</exception>
    public static void Ensure(Image block, Func<string, InputProblem> problem)
    {
        if (block.Format == ImageFormat.Svg)
        {
            return;
        }
        var damage = Damage.GetValue(block, static image =>
            ImagePixelSize.Read(image.Data.Span) is null ? "its header cannot be read"
            : PictureIntegrity.Problem(image.Data.Span) ?? Whole);
        if (damage.Length > 0)
        {
            throw new ReportInputException(problem(
                $"An image ({block.Format}, {block.Data.Length} bytes{(block.AltText is { } alt ? ", «" + alt + "»" : string.Empty)}) cannot be decoded: {damage}; it is damaged or not really {block.Format}."));
        }
    }
}
