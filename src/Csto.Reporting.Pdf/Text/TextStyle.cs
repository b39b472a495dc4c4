using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Fonts;

namespace Csto.Reporting.Pdf.Text;

/// <summary>How a run of inline text is drawn: face, size, baseline rise, colour, link target and footnote number.</summary>
/// <param name="Font">The face.</param>
/// <param name="Size">The size in points.</param>
/// <param name="Rise">How far the baseline is raised (superscripts), in points.</param>
/// <param name="Color">The colour.</param>
/// <param name="Link">A URI or <c>#anchor</c> when the text is a link.</param>
/// <param name="Footnote">The footnote number when the text is a footnote reference; 0 otherwise.</param>
internal sealed record TextStyle(LoadedFont Font, float Size, float Rise, FrameColor Color, string? Link, int Footnote);
