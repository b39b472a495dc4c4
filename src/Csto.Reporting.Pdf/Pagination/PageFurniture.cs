using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Draws what is on every page besides the text: the page number per the theme and the section's running header.
/// </summary>
/// <remarks>
/// The running header is set in the top margin, in the page-number font size, in italics. When the page number is
/// at the top centre, the header is right-aligned and kept clear of it: it may use only the space from the number's
/// right edge plus a gap of one font size to the right margin. Otherwise it is centred over the text width. A header
/// longer than its space is cut at the last character that fits and ends with «…»; it never overlaps the number
/// and never leaves the text width.
/// </remarks>
internal sealed class PageFurniture(LayoutContext context)
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Draws the furniture of page <paramref name="page"/> in the top margin (<paramref name="top"/>) or the bottom
    /// margin; the top part is drawn before the page's text and the bottom part after it, so reading order follows
    /// the page.
    /// </summary>
    public void Draw(FrameBuilder canvas, PageSetup setup, int page, string? runningHeader, bool top)
    {
        var numbering = context.Theme.PageNumbers;
        var first = page == 1 && !numbering.OnFirstPage;
        var size = (float)numbering.FontSize;
        var left = (float)setup.Margins.Left;
        var width = (float)setup.ContentWidth;
        var topBaseline = (float)setup.Margins.Top / 2 + size / 3;
        var bottomBaseline = (float)(setup.PageHeight - setup.Margins.Bottom / 2) + size / 3;
        var numberOnTop = numbering.Position == PageNumberPosition.TopCenter;
        var numberRight = left;
        if (numbering.Position != PageNumberPosition.None && !first && numberOnTop == top)
        {
            var text = numbering.Format
                .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{pages}", Math.Max(page, context.TotalPages).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var font = FontCatalog.Get(context.Theme.BodyFont, false, false);
            var shaped = TextShaper.Shape(font, text, context.Options.Kerning, false);
            var textWidth = shaped.Advance * size;
            var (x, y) = numbering.Position switch
            {
                PageNumberPosition.TopCenter => (left + (width - textWidth) / 2, topBaseline),
                PageNumberPosition.BottomCenter => (left + (width - textWidth) / 2, bottomBaseline),
                _ => (left + width - textWidth, bottomBaseline),
            };
            using (canvas.Artifact(ArtifactKind.PageNumber))
            {
                canvas.DrawText(shaped, size, x, y, context.TextColor);
            }
            numberRight = x + textWidth;
        }
        if (!string.IsNullOrWhiteSpace(runningHeader) && !first && top)
        {
            var font = FontCatalog.Get(context.Theme.BodyFont, false, true);
            var right = left + width;
            var from = numberRight > left ? numberRight + size : left;
            if (Fit(font, runningHeader, (right - from) / size) is not { } shaped)
            {
                return;
            }
            var textWidth = shaped.Advance * size;
            var x = numberOnTop ? right - textWidth : left + (width - textWidth) / 2;
            using (canvas.Artifact(ArtifactKind.RunningHeader))
            {
                canvas.DrawText(shaped, size, x, topBaseline, context.TextColor);
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> shaped, or its longest prefix (whole characters, trailing spaces dropped) followed by
    /// «…» that is at most <paramref name="maxAdvance"/> ems wide; null when no character fits.
    /// </summary>
    private ShapedText? Fit(LoadedFont font, string text, float maxAdvance)
    {
        var kerning = context.Options.Kerning;
        var shaped = TextShaper.Shape(font, text, kerning, false);
        if (shaped.Advance <= maxAdvance)
        {
            return shaped;
        }
        var ends = StringInfo.ParseCombiningCharacters(text);
        ShapedText Prefix(int elements) => TextShaper.Shape(font, text[..ends[elements]].TrimEnd() + Ellipsis, kerning, false);
        // Binary search for the most text elements (1 ≤ n < count) whose prefix plus «…» fits.
        int low = 0, high = ends.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Prefix(middle).Advance <= maxAdvance)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low > 0 ? Prefix(low) : null;
    }
}
