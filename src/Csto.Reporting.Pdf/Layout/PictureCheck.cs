using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pictures;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// Whether a PNG or JPEG picture can be used (<see cref="PictureSoundness"/>: its header, the pixel limits, its
/// integrity), checked once per picture, before layout places it, so that a damaged or too large picture built in C# is
/// an input problem at the block rather than a failure inside a writer; decoding is the writers' business (PDF, PNG).
/// </summary>
internal static class PictureCheck
{
    /// <summary>Throws the problem <paramref name="problem"/> makes of what is wrong with the picture, if anything; SVG pictures pass.</summary>
    /// <exception cref="ReportInputException">The bytes are not a whole PNG or JPEG picture, or it has too many pixels.</exception>
    public static void Ensure(Image block, Func<string, InputProblem> problem)
    {
        if (PictureSoundness.Problem(block) is { } wrong)
        {
            throw new ReportInputException(problem(
                $"An image ({block.Format}, {block.Data.Length} bytes{(block.AltText is { } alt ? ", «" + alt + "»" : string.Empty)}) {wrong}"));
        }
    }
}
